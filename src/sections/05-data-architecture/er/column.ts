/**
 * The lenient form of one column definition: its type becomes a placeholder (the declared
 * type is kept aside), and what node-sql-parser's grammars cannot read is blanked: casts,
 * generated and computed expressions, SQL Server's column options.
 */
import type { Lenient } from './lenient';
import { keyword, qualifiedName, unquote } from './scan';
import {
  CAST_WORDS,
  COLUMN_OPTIONS,
  COMPUTED_END,
  GENERATED_WORDS,
  TYPE_END,
  TYPE_WORDS,
} from './vocabulary';

/** Index after the type that starts at `k`: any (qualified) name, as domains may have any,
 * then only words that continue a type, so a misspelt constraint (`DEFAUL 0`) is left for
 * the parser to flag. */
function typeEnd(rw: Lenient, k: number, b: number): number {
  let end = TYPE_END.has(keyword(rw.t(k))) ? k : qualifiedName(rw.tokens, k).next;
  while (end < b) {
    if (rw.t(end).kind === 'open') end = rw.afterGroup(end);
    else if (/^\[\d*\]$/.test(rw.t(end).text) || TYPE_WORDS.has(keyword(rw.t(end)))) end += 1;
    else break;
  }
  return end;
}

/** Index after the span to blank that starts at `k` (or `k` when there is none). */
function blankEnd(rw: Lenient, k: number, b: number): number {
  const word = rw.t(k).depth === rw.depth ? keyword(rw.t(k)) : '';
  if (rw.t(k).text === '::') {
    // Casts may name schema-qualified or multi-word types: 'G'::public.mpaa_rating.
    let end = qualifiedName(rw.tokens, k + 1).next;
    while (CAST_WORDS.has(keyword(rw.t(end)))) end += 1;
    end = rw.afterGroup(end);
    while (rw.t(end).text === '[]') end += 1;
    return end;
  }
  if (word === 'GENERATED' || word === 'IDENTITY' || word === 'AS') {
    let end = k + 1;
    while (end < b && GENERATED_WORDS.has(keyword(rw.t(end)))) end += 1;
    end = rw.afterGroup(end);
    while (end < b && GENERATED_WORDS.has(keyword(rw.t(end)))) end += 1;
    return end;
  }
  if (COLUMN_OPTIONS.has(word)) return k + 1;
  // MASKED WITH (FUNCTION = ..), ENCRYPTED WITH (..).
  if ((word === 'MASKED' || word === 'ENCRYPTED') && keyword(rw.t(k + 1)) === 'WITH') {
    return rw.afterGroup(k + 2);
  }
  return k;
}

/** Blanks, quotes and rewrites the constraints of a column in tokens k..b-1. */
function constraints(rw: Lenient, k: number, b: number): void {
  for (; k < b; k += 1) {
    const token = rw.t(k);
    if (keyword(token) === 'NEXT' && keyword(rw.t(k + 1)) === 'VALUE') {
      // SQL Server's DEFAULT (NEXT VALUE FOR [seq]): any default draws the same.
      const end = qualifiedName(rw.tokens, k + 3).next;
      rw.replace(token.start, rw.t(end - 1).end, 'NULL');
      k = end - 1;
      continue;
    }
    if (token.depth === rw.depth && keyword(token) === 'REFERENCES') {
      const list = qualifiedName(rw.tokens, k + 1).next;
      rw.quoteLists(k, rw.afterGroup(list), rw.depth + 1);
    }
    const end = blankEnd(rw, k, b);
    if (end > k) {
      rw.blankTokens(k, end);
      k = end - 1;
    }
  }
}

/** SQL Server's computed column, `total AS (a + b) [PERSISTED]`, has no type: the
 * expression becomes the placeholder, and the type shown is `computed`. */
function computed(rw: Lenient, name: string, as: number, b: number): void {
  let end = as + 1;
  const ends = (k: number): boolean =>
    rw.t(k).depth === rw.depth && COMPUTED_END.has(keyword(rw.t(k)));
  while (end < b && !ends(end)) end += 1;
  if (keyword(rw.t(end)) === 'PERSISTED') end += 1;
  rw.types.set(name.toLowerCase(), 'computed');
  rw.replace(rw.t(as).start, rw.t(end - 1).end, 'TEXT');
  constraints(rw, end, b);
}

/** Rewrites the column definition in tokens a..b-1 (a is its name). */
export function rewriteColumn(rw: Lenient, a: number, b: number): void {
  const name = unquote(rw.t(a).text);
  rw.quote(a, rw.quoteChar);
  if (keyword(rw.t(a + 1)) === 'AS') {
    computed(rw, name, a + 1, b);
    return;
  }
  const k = typeEnd(rw, a + 1, b);
  if (k > a + 1) {
    const from = rw.t(a + 1).start;
    const to = rw.t(k - 1).end;
    rw.types.set(name.toLowerCase(), rw.source.slice(from, to));
    rw.replace(from, to, 'TEXT');
  }
  constraints(rw, k, b);
}
