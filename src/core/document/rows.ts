/** Pure edits of id-carrying arrays (list items, table rows); each returns a new array. */

export function addRow<T>(rows: readonly T[], row: T, at = rows.length): T[] {
  return [...rows.slice(0, at), row, ...rows.slice(at)];
}

export function removeRow<T extends { id: string }>(rows: readonly T[], id: string): T[] {
  return rows.filter((r) => r.id !== id);
}

/** Moves the row by `offset` places (−1 up, +1 down); out of range leaves the array as is. */
export function moveRow<T extends { id: string }>(
  rows: readonly T[],
  id: string,
  offset: number,
): T[] {
  const from = rows.findIndex((r) => r.id === id);
  const to = from + offset;
  if (from < 0 || to < 0 || to >= rows.length) return [...rows];
  const next = [...rows];
  const [row] = next.splice(from, 1);
  next.splice(to, 0, row as T);
  return next;
}

export function updateRow<T extends { id: string }>(
  rows: readonly T[],
  id: string,
  patch: Partial<T>,
): T[] {
  return rows.map((r) => (r.id === id ? { ...r, ...patch } : r));
}
