/**
 * Names matched as a person reads them: "User Service", "user-service" and "userService"
 * are one name; "users" and "User Service" are probably one (a guess the user may correct).
 */

// Words that say what kind of thing a name is, not which one: "User Service" is "User".
const KIND_WORDS = new Set(['service', 'services', 'svc', 'server', 'microservice', 'app']);

/** `f`, remembering its results: the same names are compared again on every inspection run. */
function remembered<T>(f: (name: string) => T): (name: string) => T {
  const cache = new Map<string, T>();
  return (name) => {
    if (cache.has(name)) return cache.get(name) as T;
    const value = f(name);
    if (cache.size > 20_000) cache.clear();
    cache.set(name, value);
    return value;
  };
}

/** The words of a name, lower case: camelCase, hyphens, underscores, dots and spaces split. */
export const nameWords: (name: string) => readonly string[] = remembered((name) =>
  name
    .replace(/([\p{Ll}\d])(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean),
);

/** The same for every spelling of one name: "API Gateway", "api-gateway", "ApiGateway". */
export const nameKey: (name: string) => string = remembered((name) => nameWords(name).join(''));

const singular = (word: string): string =>
  word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;

/** Looser still: without kind words ("service") and plurals, "users" is "User Service". */
export const looseKey: (name: string) => string = remembered((name) => {
  const words = nameWords(name);
  const kept = words.filter((w) => !KIND_WORDS.has(w));
  return (kept.length > 0 ? kept : words).map(singular).join('');
});

export type NameMatch = 'exact' | 'guess';

/** How `a` and `b` match: the same name, probably the same, or not at all. */
export function compareNames(a: string, b: string): NameMatch | null {
  const [ka, kb] = [nameKey(a), nameKey(b)];
  if (ka === '' || kb === '') return null;
  if (ka === kb) return 'exact';
  return looseKey(a) === looseKey(b) ? 'guess' : null;
}

/** The item named `name`: an exact match first, else a guess; undefined when none. */
export function findByName<T>(
  name: string,
  items: readonly T[],
  nameOf: (item: T) => string,
): { item: T; match: NameMatch } | undefined {
  let guess: T | undefined;
  for (const item of items) {
    const match = compareNames(name, nameOf(item));
    if (match === 'exact') return { item, match };
    if (match === 'guess') guess ??= item;
  }
  return guess === undefined ? undefined : { item: guess, match: 'guess' };
}

/**
 * Whether `text` mentions `name` as a run of whole words ("the User DB holds" mentions
 * "User DB"), ignoring case and punctuation.
 */
export function mentions(text: string, name: string): boolean {
  if (nameWords(name).length === 0) return false;
  return spaced(text).includes(spaced(name));
}

const spaced = remembered((text) => ` ${nameWords(text).join(' ')} `);
