/**
 * Structural helpers shared by merge and diff. Both walk the document as plain data rather
 * than per section, so a field added to any section is merged and compared without new code.
 */

export type Row = Readonly<Record<string, unknown>>;

/** An array of rows that each have a key, in their order, and the rows by key. */
export interface Table {
  readonly keys: readonly string[];
  readonly rows: ReadonlyMap<string, Row>;
}

export function isRecord(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => Object.hasOwn(b, key) && deepEqual(a[key], b[key]))
    );
  }
  return false;
}

/** Fields that point at rows elsewhere ("criterionId"): together they identify a score cell. */
export function referenceKeys(row: Row): string[] {
  return Object.keys(row).filter((key) => /^[a-z]\w*Id$/.test(key) && typeof row[key] === 'string');
}

/**
 * What identifies a row across versions: its `id`, or for rows that have none (the score cells
 * of a comparison) the ids it refers to. Undefined: the array is a plain value.
 */
export function rowKey(row: unknown): string | undefined {
  if (!isRecord(row)) return undefined;
  if ('id' in row) return typeof row.id === 'string' ? row.id : undefined;
  // Sorted: the same cell whatever order its fields were written in.
  const references = referenceKeys(row).sort();
  return references.length > 0 ? JSON.stringify(references.map((key) => row[key])) : undefined;
}

/**
 * An array of keyed rows as a table; a missing value (a field one version does not have) as an
 * empty one. Undefined when the value is a plain one: text, a choice, a list of choices.
 */
export function asTable(value: unknown): Table | undefined {
  if (value === undefined) return { keys: [], rows: new Map() };
  if (!Array.isArray(value)) return undefined;
  const rows = new Map<string, Row>();
  for (const item of value as unknown[]) {
    if (!isRecord(item)) return undefined;
    const key = rowKey(item);
    // A repeated key would make "the same row" ambiguous: such an array is one plain value.
    if (key === undefined || rows.has(key)) return undefined;
    rows.set(key, item);
  }
  return { keys: [...rows.keys()], rows };
}

/** The keys of `table` that every one of `others` also holds, in `table`'s order. */
export function sharedKeys(table: Table, ...others: readonly Table[]): string[] {
  return table.keys.filter((key) => others.every((other) => other.rows.has(key)));
}

export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** Keys of several objects, first by first seen: a merge or diff keeps the field order. */
export function unionKeys(...objects: readonly (Row | undefined)[]): string[] {
  return [...new Set(objects.flatMap((o) => (o ? Object.keys(o) : [])))];
}
