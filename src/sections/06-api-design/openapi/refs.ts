import { isRecord } from '../../../core/yaml';
import type { Check } from './check';

/**
 * The value a local JSON pointer ('#/components/schemas/Pet') points at, or undefined when it
 * leads nowhere. YAML never yields undefined itself (an empty value is null), so the two
 * cannot be confused.
 */
export function resolvePointer(root: unknown, ref: string): unknown {
  const path = pointerPath(ref);
  if (path === undefined) return undefined;
  let current = root;
  for (const key of path) {
    if (Array.isArray(current) && /^\d+$/.test(key)) current = current[Number(key)];
    // Own keys only: '#/components/constructor' must not find Object.prototype's.
    else if (isRecord(current) && Object.hasOwn(current, key)) current = current[key];
    else return undefined;
  }
  return current;
}

/** The keys of a local JSON pointer: '#/paths/~1users' gives ['paths', '/users']. */
export function pointerPath(ref: string): string[] | undefined {
  if (!ref.startsWith('#')) return undefined;
  const pointer = ref.slice(1);
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return undefined;
  try {
    return pointer
      .slice(1)
      .split('/')
      .map((raw) => decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~'));
  } catch {
    // A malformed %-escape: the pointer cannot point anywhere.
    return undefined;
  }
}

/**
 * Follows local `$ref`s (and chains of them) to the object they stand for. A ref that leads
 * nowhere or round in a circle gives undefined; external refs (other files, URLs) are left
 * as they are, since only this document is at hand.
 */
export function deref(root: unknown, value: unknown): unknown {
  let current = value;
  const seen = new Set<string>();
  while (isRecord(current) && typeof current.$ref === 'string' && current.$ref.startsWith('#')) {
    if (seen.has(current.$ref)) return undefined;
    seen.add(current.$ref);
    current = resolvePointer(root, current.$ref);
  }
  return current;
}

// Keys whose values are literal data (examples, defaults), where "$ref" is just text.
const LITERAL_KEYS = new Set(['example', 'default', 'enum', 'const']);

/** Reports every local `$ref` in the document that points to nothing. */
export function checkRefs(check: Check): void {
  // An explicit stack rather than recursion: deep nesting must not overflow the call stack,
  // and YAML aliases can make the same object (or a cycle) reachable twice.
  const seen = new Set<object>();
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: check.root, path: [] }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { value, path } = next;
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) {
      value.forEach((item: unknown, i) => stack.push({ value: item, path: [...path, i] }));
      continue;
    }
    const record = value as Record<string, unknown>;
    const ref = record.$ref;
    if (typeof ref === 'string' && ref.startsWith('#')) {
      if (resolvePointer(check.root, ref) === undefined) {
        check.error(`$ref '${ref}' points to nothing in this document.`, [...path, '$ref']);
      }
    }
    for (const [key, child] of Object.entries(record)) {
      if (LITERAL_KEYS.has(key) || key.startsWith('x-')) continue;
      stack.push({ value: child, path: [...path, key] });
    }
  }
}
