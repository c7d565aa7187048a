import type * as z from 'zod/mini';
import { sections } from './registry';
import { migrate } from './migrations';
import { documentSchema, SCHEMA_VERSION, type ArchDocument } from './schema';

export type RestoreResult =
  | { ok: true; document: ArchDocument }
  | {
      ok: false;
      message: string;
      problems: string[];
      /**
       * A document from a newer version, as far as this version can read it (fields it does
       * not know left out): to be shown, never edited or saved over the original.
       */
      readOnly?: ArchDocument;
    };

const sectionNames = new Map<string, string>(
  sections.map((s) => [s.id, `${s.number}. ${s.title}`]),
);

/** "section 14. Risks and Mitigations › risks › item 2 › probability": a place a user can find. */
function describePath(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    if (key === 'sections' && typeof path[i + 1] === 'string') {
      const id = path[++i] as string;
      parts.push(`section ${sectionNames.get(id) ?? id}`);
    } else if (typeof key === 'number') {
      parts.push(`item ${key + 1}`);
    } else if (key === 'meta') {
      parts.push('metadata');
    } else {
      parts.push(String(key));
    }
  }
  return parts.join(' › ') || 'document';
}

const shown = (value: unknown) => (typeof value === 'string' ? `“${value}”` : String(value));

/** What is wrong, in words (zod/mini carries no message texts of its own). */
function describeProblem(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `should be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`;
    case 'invalid_value':
      return `should be one of ${issue.values.map(shown).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'datetime'
        ? 'should be a date and time (ISO 8601)'
        : `should be a ${issue.format}`;
    case 'too_big':
      return `is longer than ${String(issue.maximum)} characters`;
    case 'too_small':
      return 'is empty';
    default:
      return 'is not valid';
  }
}

function describeIssues(issues: readonly z.core.$ZodIssue[], limit = 5): string[] {
  return issues
    .slice(0, limit)
    .map((issue) => `${describePath(issue.path)} ${describeProblem(issue)}`);
}

/**
 * The single entrance for documents from outside the running app (IndexedDB, imported files,
 * share links): migrate, then validate. Never throws; says what is wrong in plain words.
 */
export function restoreDocument(input: unknown): RestoreResult {
  const migrated = migrate(input);
  if (!migrated.ok) {
    if (migrated.reason === 'newer') {
      const message = `This document was written by a newer version of Archbench (format ${String(migrated.version)}; this version reads up to ${SCHEMA_VERSION}).`;
      const shown = documentSchema.safeParse({
        ...(input as Record<string, unknown>),
        schemaVersion: SCHEMA_VERSION,
      });
      return { ok: false, message, problems: [], ...(shown.success && { readOnly: shown.data }) };
    }
    return {
      ok: false,
      message: 'This is not an Archbench document (it has no known format version).',
      problems: [],
    };
  }
  const parsed = documentSchema.safeParse(migrated.value);
  if (!parsed.success) {
    const problems = describeIssues(parsed.error.issues);
    const more = parsed.error.issues.length - 1;
    return {
      ok: false,
      message: `The document is damaged: ${problems[0] ?? 'it does not match the document format'}${more > 0 ? ` (and ${more} more ${more === 1 ? 'problem' : 'problems'})` : ''}.`,
      problems,
    };
  }
  return { ok: true, document: parsed.data };
}
