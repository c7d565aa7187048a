/**
 * `compute`, remembered by the object it reads and one more value it depends on. Documents
 * change immutably, so an unchanged part keeps its object and gets its answer without being
 * read again: a keystroke in one section recomputes that section, not fifteen. Primitives are
 * computed every time (there is no object to remember them by).
 */
export function rememberBy<Extra, Result>(
  compute: (data: unknown, extra: Extra) => Result,
): (data: unknown, extra: Extra) => Result {
  const known = new WeakMap<object, { extra: Extra; result: Result }>();
  return (data, extra) => {
    const key = typeof data === 'object' && data !== null ? data : null;
    const hit = key && known.get(key);
    if (hit && hit.extra === extra) return hit.result;
    const result = compute(data, extra);
    if (key) known.set(key, { extra, result });
    return result;
  };
}
