import {
  asArray,
  asRecord,
  asText,
  isRecord,
  parseYamlDocuments,
  type YamlDocument,
  type YamlPath,
} from '../../../core/yaml';
import type { ManifestProblem, ManifestResource, ManifestSummary } from './types';
import { extract } from './workloads';

/**
 * Summarises Kubernetes manifests (any number of `---` separated documents) for the 8.1 table.
 * Documents with YAML errors are reported and skipped; the others are still summarised, so one
 * slip does not empty the table. Never throws.
 */
export function summarizeManifests(yamlText: string): ManifestSummary {
  try {
    return summarize(yamlText);
  } catch (error) {
    // Only a bug of ours (or an input so deep it exhausts the stack) gets here; the editor
    // must keep working either way.
    const detail = error instanceof Error ? error.message : String(error);
    return {
      resources: [],
      problems: [{ message: `The manifests could not be read: ${detail}`, line: 1 }],
    };
  }
}

function summarize(yamlText: string): ManifestSummary {
  const parsed = parseYamlDocuments(yamlText);
  const resources: ManifestResource[] = [];
  const problems: ManifestProblem[] = [...parsed.errors];
  for (const doc of parsed.documents) {
    if (doc.errors.length > 0) continue;
    readObject(doc, doc.value, [], resources, problems);
  }
  return { resources, problems: problems.sort((a, b) => a.line - b.line) };
}

function readObject(
  doc: YamlDocument,
  value: unknown,
  at: YamlPath,
  resources: ManifestResource[],
  problems: ManifestProblem[],
): void {
  const line = doc.lineOf(at);
  if (!isRecord(value)) {
    problems.push({
      message:
        'This document is not a Kubernetes object (a mapping with apiVersion, kind and metadata.name).',
      line,
    });
    return;
  }
  const kind = asText(value.kind);
  // `kubectl get -o yaml` writes several objects as one List (also PodList, ServiceList, ...).
  if (kind !== undefined && kind.endsWith('List') && Array.isArray(value.items)) {
    asArray(value.items).forEach((item, i) =>
      readObject(doc, item, [...at, 'items', i], resources, problems),
    );
    return;
  }
  const metadata = asRecord(value.metadata);
  const name = asText(metadata?.name);
  const missing = [
    asText(value.apiVersion) === undefined && 'apiVersion',
    kind === undefined && 'kind',
    name === undefined && 'metadata.name',
  ].filter((field) => field !== false);
  if (missing.length > 0) {
    const what =
      kind === undefined || name === undefined
        ? 'is not a complete Kubernetes object'
        : 'lacks a field';
    problems.push({ message: `This document ${what}: ${missing.join(', ')} missing.`, line });
  }
  if (kind === undefined || name === undefined) return;
  const namespace = asText(metadata?.namespace);
  resources.push({
    kind,
    name,
    ...(namespace !== undefined && { namespace }),
    ...extract(kind, value),
    line,
  });
}
