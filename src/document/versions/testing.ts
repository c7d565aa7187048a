import fc from 'fast-check';
import { createExampleDocument } from '../example';
import { documentSchema, type ArchDocument } from '../schema';
import { asTable, isRecord, rowKey, type Row } from '../../core/versions/values';

/**
 * Edits for property tests of the merge (not shipped: only tests import this): new text in
 * free-text fields and new rows in tables, at places found in the document itself.
 */

type Step = string | number;
type Container = Record<Step, unknown>;

export type Edit =
  | { kind: 'text'; at: Step[]; value: string }
  | { kind: 'row'; at: Step[]; index: number; row: Row };

const child = (node: unknown, step: Step): unknown => (node as Container)[step];

export function valueAtIndex(root: unknown, path: readonly Step[]): unknown {
  return path.reduce(child, root);
}

/** The value at a merge path (object keys and row keys, as in a Conflict). */
export function valueAtKey(root: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>(
    (node, step) =>
      Array.isArray(node)
        ? (node as unknown[]).find((row) => rowKey(row) === step)
        : child(node, step),
    root,
  );
}

/** An index path (as the edits use) as a merge path, read in `root`. */
export function keyPath(root: unknown, path: readonly Step[]): string[] {
  return path.map((step, i) =>
    typeof step === 'number' ? (rowKey(valueAtIndex(root, path.slice(0, i + 1))) ?? '') : step,
  );
}

function walk(value: unknown, at: Step[], visit: (value: unknown, at: Step[]) => void): void {
  visit(value, at);
  // Plain arrays (lists of choices) are one value to the merge: nothing inside is a field.
  if (Array.isArray(value) && asTable(value)) {
    value.forEach((item, i) => walk(item, [...at, i], visit));
  } else if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) walk(item, [...at, key], visit);
  }
}

function pathsWhere(root: unknown, test: (value: unknown, at: Step[]) => boolean): Step[][] {
  const found: Step[][] = [];
  walk(root, [], (value, at) => {
    if (test(value, at)) found.push(at);
  });
  return found;
}

const pattern = (path: readonly Step[]) =>
  path.map((step) => (typeof step === 'number' ? '*' : step)).join('/');

// Ids are identities, not text: a new id is a different row.
const isIdentity = (path: readonly Step[]) => /^id$|Id$/.test(String(path.at(-1)));

function acceptsAnyText(doc: ArchDocument, path: Step[]): boolean {
  const copy = structuredClone(doc);
  (valueAtIndex(copy, path.slice(0, -1)) as Container)[path.at(-1) ?? ''] = 'probe ✓';
  return documentSchema.safeParse(copy).success;
}

let freeText: Set<string> | undefined;
const example = await createExampleDocument('2026-11-25T10:00:00.000Z');

/** Where any text is valid (not a choice, a date-time or an id), learnt once from the example. */
function freeTextPatterns(): Set<string> {
  freeText ??= new Set(
    pathsWhere(example, (v, at) => typeof v === 'string' && !isIdentity(at))
      .filter((path) => acceptsAnyText(example, path))
      .map(pattern),
  );
  return freeText;
}

export function textPaths(doc: ArchDocument): Step[][] {
  const free = freeTextPatterns();
  // Not the approval: a merge clears it when the other side changed what was approved
  // (merge.test.ts says how), so it is not an edit that simply survives.
  return pathsWhere(
    doc,
    (v, at) =>
      typeof v === 'string' && free.has(pattern(at)) && !pattern(at).startsWith('meta/approval/'),
  );
}

/** Tables with a row to copy, whose rows carry an `id` (a copy under a new id is a new row). */
export function tablePaths(doc: ArchDocument): Step[][] {
  return pathsWhere(doc, (v) => {
    const first: unknown = Array.isArray(v) ? v[0] : undefined;
    return asTable(v) !== undefined && isRecord(first) && 'id' in first;
  });
}

function applyEdit(doc: ArchDocument, edit: Edit): void {
  if (edit.kind === 'text') {
    (valueAtIndex(doc, edit.at.slice(0, -1)) as Container)[edit.at.at(-1) ?? ''] = edit.value;
  } else {
    (valueAtIndex(doc, edit.at) as unknown[]).splice(edit.index, 0, structuredClone(edit.row));
  }
}

/** `base` with the edits (paths read in `base`); `base` itself is left alone. */
export function applyEdits(base: ArchDocument, edits: readonly Edit[]): ArchDocument {
  const doc = structuredClone(base);
  // Texts first and deeper tables before shallower ones: an insertion shifts no path still to come.
  const order = (e: Edit) => (e.kind === 'text' ? -Infinity : -e.at.length);
  for (const edit of [...edits].sort((a, b) => order(a) - order(b))) applyEdit(doc, edit);
  return doc;
}

let added = 0;

function rowEdit(doc: ArchDocument, at: Step[], place: number): Edit {
  const rows = valueAtIndex(doc, at) as Row[];
  const row = { ...structuredClone(rows[0] ?? {}), id: `added-${++added}` };
  return { kind: 'row', at, index: place % (rows.length + 1), row };
}

// Each target (a field, a table) at most once, so that the two sets never share one.
const picks = (count: number) =>
  fc.uniqueArray(
    fc.record({
      target: fc.nat({ max: Math.max(count - 1, 0) }),
      mine: fc.boolean(),
      text: fc.string({ maxLength: 20 }),
      place: fc.nat(),
    }),
    { selector: (p) => p.target, maxLength: count === 0 ? 0 : 8 },
  );

/** Two sets of edits of `doc` that touch no field and no table in common: [mine, theirs]. */
export function disjointEdits(doc: ArchDocument): fc.Arbitrary<[Edit[], Edit[]]> {
  const texts = textPaths(doc);
  const tables = tablePaths(doc);
  return fc.tuple(picks(texts.length), picks(tables.length)).map(([textPicks, tablePicks]) => {
    const edits = [
      ...textPicks.map((p) => ({ p, edit: textEdit(texts[p.target] ?? [], p.text) })),
      ...tablePicks.map((p) => ({ p, edit: rowEdit(doc, tables[p.target] ?? [], p.place) })),
    ];
    const side = (mine: boolean) => edits.filter((e) => e.p.mine === mine).map((e) => e.edit);
    return [side(true), side(false)];
  });
}

function textEdit(at: Step[], value: string): Edit {
  return { kind: 'text', at, value };
}
