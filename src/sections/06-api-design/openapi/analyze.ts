import { isRecord, parseYaml } from '../../../core/yaml';
import { createCheck } from './check';
import { checkInfo, readPaths, readVersion } from './document';
import { readEndpoints } from './operations';
import { checkRefs } from './refs';
import type { OpenApiAnalysis, OpenApiProblem } from './types';

/**
 * Parses and checks an OpenAPI 3.0 / 3.1 document written in YAML (JSON is YAML too) and
 * lists its endpoints. Checks what a reader of the architecture document relies on, not the
 * whole schema: version, info, paths, operations, path parameters, local $refs and
 * operationIds. Never throws: a problem in the input is a problem in the result.
 */
export function analyzeOpenApi(yamlText: string): OpenApiAnalysis {
  try {
    return analyze(yamlText);
  } catch (error) {
    // Only a bug of ours (or an input so deep it exhausts the stack) gets here; the editor
    // must keep working either way.
    const detail = error instanceof Error ? error.message : String(error);
    return {
      version: undefined,
      endpoints: [],
      problems: [
        { message: `The document could not be checked: ${detail}`, line: 1, severity: 'error' },
      ],
    };
  }
}

function analyze(yamlText: string): OpenApiAnalysis {
  const empty: OpenApiAnalysis = { version: undefined, endpoints: [], problems: [] };
  // A section not yet filled in is not an error.
  if (yamlText.trim() === '') return empty;
  const doc = parseYaml(yamlText);
  if (doc.errors.length > 0) {
    return { ...empty, problems: doc.errors.map((e) => ({ ...e, severity: 'error' })) };
  }
  const root = doc.value;
  if (!isRecord(root)) {
    const message =
      'An OpenAPI document is an object with `openapi`, `info` and `paths` at the top.';
    return { ...empty, problems: [{ message, line: doc.line, severity: 'error' }] };
  }
  const verdict = readVersion(root);
  if (verdict.kind === 'stop') {
    const line = doc.lineOf(verdict.path);
    return { ...empty, problems: [{ message: verdict.message, line, severity: 'error' }] };
  }
  const check = createCheck(doc, root, verdict.version);
  if (verdict.note) {
    const { message, severity } = verdict.note;
    (severity === 'error' ? check.error : check.warning)(message, ['openapi']);
  }
  const title = checkInfo(check);
  const endpoints = readEndpoints(check, readPaths(check));
  checkRefs(check);
  return {
    version: verdict.version,
    ...(title !== undefined && { title }),
    endpoints,
    problems: byLine(check.problems),
  };
}

function byLine(problems: OpenApiProblem[]): OpenApiProblem[] {
  return [...problems].sort((a, b) => a.line - b.line);
}
