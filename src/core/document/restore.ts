import type { z } from 'zod';
import { migrate } from './migrations';
import { documentSchema, SCHEMA_VERSION, type ArchDocument } from './schema';
import { sections } from '../../sections/registry';

export type RestoreResult =
  { ok: true; document: ArchDocument } | { ok: false; message: string; problems: string[] };

const sectionNames = new Map<string, string>(
  sections.map((s) => [s.id, `${s.number}. ${s.title}`]),
);

/** "sections › risks › row 2 › probability" in words a user can act on. */
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

function describeIssues(error: z.ZodError, limit = 5): string[] {
  return error.issues
    .slice(0, limit)
    .map((issue) => `${describePath(issue.path)}: ${issue.message}`);
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
      return { ok: false, message, problems: [] };
    }
    return {
      ok: false,
      message: 'This is not an Archbench document (it has no known format version).',
      problems: [],
    };
  }
  const parsed = documentSchema.safeParse(migrated.value);
  if (!parsed.success) {
    const problems = describeIssues(parsed.error);
    const more = parsed.error.issues.length - 1;
    return {
      ok: false,
      message: `The document is damaged: ${problems[0] ?? 'it does not match the document format'}${more > 0 ? ` (and ${more} more ${more === 1 ? 'problem' : 'problems'})` : ''}.`,
      problems,
    };
  }
  return { ok: true, document: parsed.data };
}
