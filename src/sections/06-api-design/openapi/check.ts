import type { YamlDocument, YamlPath, YamlRecord } from '../../../core/yaml';
import type { OpenApiProblem, OpenApiVersion } from './types';

/** What every check needs: the parsed document, its version and a place to report. */
export interface Check {
  root: YamlRecord;
  version: OpenApiVersion | undefined;
  // Function properties, not methods: checks pass `check.error` around on its own.
  lineOf: (path: YamlPath) => number;
  error: (message: string, path: YamlPath) => void;
  warning: (message: string, path: YamlPath) => void;
  problems: OpenApiProblem[];
}

export function createCheck(
  doc: YamlDocument,
  root: YamlRecord,
  version: OpenApiVersion | undefined,
): Check {
  const problems: OpenApiProblem[] = [];
  const report = (severity: OpenApiProblem['severity']) => (message: string, path: YamlPath) =>
    problems.push({ message, line: doc.lineOf(path), severity });
  return {
    root,
    version,
    lineOf: (path) => doc.lineOf(path),
    error: report('error'),
    warning: report('warning'),
    problems,
  };
}
