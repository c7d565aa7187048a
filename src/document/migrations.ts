import { SCHEMA_VERSION } from './schema';

export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;
/**
 * Migrations from each past schema version to the next, as pure functions on plain JSON.
 * `migrations[n]` turns a version-n document into a version-(n+1) one. Each entry comes with a
 * fixture document of the old version under src/document/fixtures/ (see its README).
 */
export const migrations: Readonly<Record<number, Migration>> = {
  // 2 adds 8.1's CloudFormation template, 3.1's applied patterns and 9.2's caching and
  // asynchronous processing tables (the lists default to empty). A version-1 app would drop
  // them on saving: a version-2 document opens read-only there instead (see restore.ts).
  1: (doc) => {
    const sections = (doc.sections ?? {}) as Record<string, Record<string, unknown> | undefined>;
    const deployment = sections.deploymentArchitecture;
    if (!deployment || typeof deployment !== 'object') return doc;
    return {
      ...doc,
      sections: { ...sections, deploymentArchitecture: { cloudTemplate: '', ...deployment } },
    };
  },
};

export type MigrationResult =
  | { ok: true; value: unknown; from: number }
  | { ok: false; reason: 'newer' | 'unknown'; version: unknown };

/** Brings plain JSON of any known past version up to SCHEMA_VERSION; validation comes after. */
export function migrate(
  input: unknown,
  steps: Readonly<Record<number, Migration>> = migrations,
  current: number = SCHEMA_VERSION,
): MigrationResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, reason: 'unknown', version: undefined };
  }
  let doc = input as Record<string, unknown>;
  const from = doc.schemaVersion;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) {
    return { ok: false, reason: 'unknown', version: from };
  }
  if (from > current) return { ok: false, reason: 'newer', version: from };
  for (let v = from; v < current; v++) {
    const step = steps[v];
    if (!step) return { ok: false, reason: 'unknown', version: v };
    doc = { ...step(doc), schemaVersion: v + 1 };
  }
  return { ok: true, value: doc, from };
}
