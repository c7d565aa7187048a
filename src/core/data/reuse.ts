/**
 * `next` with every part that equals the same part of `previous` replaced by previous's own
 * object. Caches keyed by object (the Markdown of a section, its checks and analyses) then
 * see an unchanged section as unchanged, though it was read again from storage or another tab.
 * Plain JSON-like data only (objects, arrays, primitives), as documents are.
 */
export function reuseUnchanged<T>(previous: unknown, next: T): T {
  return reuse(previous, next) as T;
}

function reuse(previous: unknown, next: unknown): unknown {
  if (Object.is(previous, next)) return previous;
  if (Array.isArray(next)) {
    if (!Array.isArray(previous)) return next;
    const items = next.map((item, i) => reuse(previous[i], item));
    const same =
      items.length === previous.length && items.every((item, i) => Object.is(item, previous[i]));
    return same ? previous : items;
  }
  if (!isRecord(next) || !isRecord(previous) || Array.isArray(previous)) return next;
  const keys = Object.keys(next);
  const own = (key: string) => (Object.hasOwn(previous, key) ? previous[key] : undefined);
  const entries = keys.map((key) => [key, reuse(own(key), next[key])] as const);
  const same =
    keys.length === Object.keys(previous).length &&
    entries.every(([key, value]) => Object.hasOwn(previous, key) && Object.is(value, own(key)));
  return same ? previous : Object.fromEntries(entries);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
