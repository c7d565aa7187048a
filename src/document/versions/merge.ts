import { afterChange } from '../approval';
import type { ArchDocument } from '../schema';
import { joinLabel, keyLabel, rowName } from './labels';
import {
  asTable,
  deepEqual,
  isRecord,
  sameList,
  sharedKeys,
  unionKeys,
  type Row,
  type Table,
} from '../../core/versions/values';

/**
 * Three-way merge of one document edited in two tabs. It walks the data, not the sections:
 * objects merge field by field, arrays of keyed rows row by row, anything else is one value.
 * A value only one side changed takes that side's value; where both changed it differently
 * this tab's value stays and a Conflict says where, so the user can look.
 *
 * Invariant: every value in the result is, at the same place, a value of one of the inputs
 * (or a merge of such), so a merge of valid documents is a valid document. Nothing is copied:
 * the result shares unchanged parts with the inputs, which are never mutated.
 */

/** A place both sides changed differently; the merged document holds this tab's value there. */
export interface Conflict {
  /** Raw object keys and row keys from the root: sections, risks, risks, <row id>, mitigation. */
  path: string[];
  /** "14. Risks and Mitigations › Risks › “Data breach” › Mitigation". */
  label: string;
}

export interface MergeResult {
  document: ArchDocument;
  conflicts: Conflict[];
}

interface Place {
  path: readonly string[];
  labels: readonly string[];
}

const ROOT: Place = { path: [], labels: [] };

function field(at: Place, key: string): Place {
  const label = keyLabel(at.path, key);
  return {
    path: [...at.path, key],
    labels: label === undefined ? at.labels : [...at.labels, label],
  };
}

// Named by the version the row is taken from, where a person would look for it.
function rowPlace(at: Place, key: string, table: Table): Place {
  const row = table.rows.get(key) ?? {};
  return { path: [...at.path, key], labels: [...at.labels, rowName(row, table.keys.indexOf(key))] };
}

function conflict(at: Place, out: Conflict[]): void {
  out.push({ path: [...at.path], label: joinLabel(at.labels) });
}

function mergeValue(
  base: unknown,
  mine: unknown,
  theirs: unknown,
  at: Place,
  out: Conflict[],
): unknown {
  if (deepEqual(mine, theirs)) return mine;
  if (deepEqual(base, mine)) return theirs;
  if (deepEqual(base, theirs)) return mine;
  // Both sides changed it, differently: look inside where the shape allows it.
  if (isRecord(mine) && isRecord(theirs)) {
    return mergeObject(isRecord(base) ? base : undefined, mine, theirs, at, out);
  }
  const [b, m, t] = [asTable(base), asTable(mine), asTable(theirs)];
  if (b && m && t) return mergeTable(b, m, t, at, out);
  conflict(at, out);
  return mine;
}

function mergeObject(
  base: Row | undefined,
  mine: Row,
  theirs: Row,
  at: Place,
  out: Conflict[],
): Row {
  const entries = unionKeys(mine, theirs)
    .map((key): [string, unknown] => [
      key,
      mergeValue(base?.[key], mine[key], theirs[key], field(at, key), out),
    ])
    // A field both sides lack, or one side dropped and the other left alone, stays out.
    .filter(([, value]) => value !== undefined);
  // fromEntries, not assignment: a key named __proto__ stays a plain field.
  return Object.fromEntries(entries);
}

/** The merged row under `key`, or undefined when it is gone. */
function mergeRow(key: string, b: Table, m: Table, t: Table, at: Place, out: Conflict[]): unknown {
  const [was, mine, theirs] = [b.rows.get(key), m.rows.get(key), t.rows.get(key)];
  if (mine && theirs) return mergeValue(was, mine, theirs, rowPlace(at, key, m), out);
  const kept = mine ?? theirs;
  if (!kept || !was) return kept; // removed on both sides, or added on one
  if (deepEqual(was, kept)) return undefined; // removed on the other side, untouched here
  // Removed on one side, edited on the other: losing the edit silently would be worse.
  conflict(rowPlace(at, key, mine ? m : t), out);
  return kept;
}

function mergeTable(b: Table, m: Table, t: Table, at: Place, out: Conflict[]): unknown[] {
  const merged = new Map<string, unknown>();
  for (const key of new Set([...b.keys, ...m.keys, ...t.keys])) {
    const row = mergeRow(key, b, m, t, at, out);
    if (row !== undefined) merged.set(key, row);
  }
  return mergeOrder(b, m, t, at, out)
    .filter((key) => merged.has(key))
    .map((key) => merged.get(key));
}

/**
 * The row order: the side that reordered the rows it shares with the other gives the order
 * (this tab's when both did, differently: a conflict), else theirs, which was saved first.
 * Rows only the other side has keep their neighbours (see weave).
 */
function mergeOrder(b: Table, m: Table, t: Table, at: Place, out: Conflict[]): string[] {
  const base = sharedKeys(b, m, t);
  const mineMoved = !sameList(sharedKeys(m, b, t), base);
  const theirsMoved = !sameList(sharedKeys(t, b, m), base);
  if (mineMoved && theirsMoved && !sameList(sharedKeys(m, t), sharedKeys(t, m))) {
    conflict(at, out);
  }
  return mineMoved ? weave(m.keys, t.keys) : weave(t.keys, m.keys);
}

/**
 * `first`, with each key only `second` has placed after the key it follows in `second` and
 * after the keys only `first` has there (rows added at one place: `first`'s come first).
 * Keys that end `second` end the result: rows are mostly added at the end of a table.
 */
function weave(first: readonly string[], second: readonly string[]): string[] {
  const result = [...first];
  const lastShared = second.findLastIndex((key) => first.includes(key));
  second.forEach((key, i) => {
    if (result.includes(key)) return;
    const at = i > lastShared ? result.length : placeAfter(result, second, second[i - 1]);
    result.splice(at, 0, key);
  });
  return result;
}

function placeAfter(result: readonly string[], second: readonly string[], previous?: string) {
  let at = previous === undefined ? 0 : result.indexOf(previous) + 1;
  while (at < result.length && !second.includes(result[at] ?? '')) at++;
  return at;
}

/** What an approval is given to: everything but the dates, the status and the approval. */
function content({ meta, sections }: ArchDocument) {
  const { title, version, authors } = meta;
  return { title, version, authors, sections };
}

/**
 * An approval given on one side covers the document that side saw: when the merge holds
 * content that side did not have, the approval is cleared, as any later change clears it.
 */
function approvalOutlived(base: ArchDocument, merged: ArchDocument, sides: ArchDocument[]) {
  return sides.some(
    (side) =>
      !deepEqual(side.meta.approval, base.meta.approval) &&
      !deepEqual(content(side), content(merged)),
  );
}

function later(a: string, b: string): string {
  return Date.parse(b) > Date.parse(a) ? b : a;
}

/**
 * Merges `mine` (this tab's edits) and `theirs` (a newer stored version from another tab),
 * both made from `base` (the stored version this tab last saw). Conflicts keep `mine`.
 */
export function mergeDocuments(
  base: ArchDocument,
  mine: ArchDocument,
  theirs: ArchDocument,
): MergeResult {
  // The timestamps always differ and are not edits: set aside, then decided below.
  const { created, updated } = base.meta;
  const pinned = (doc: ArchDocument) => ({ ...doc, meta: { ...doc.meta, created, updated } });
  const conflicts: Conflict[] = [];
  const merged = mergeValue(base, pinned(mine), pinned(theirs), ROOT, conflicts) as ArchDocument;
  const savedAt = later(mine.meta.updated, theirs.meta.updated);
  const meta = approvalOutlived(base, merged, [mine, theirs])
    ? afterChange(merged.meta, savedAt)
    : { ...merged.meta, updated: savedAt };
  return { document: { ...merged, meta }, conflicts };
}
