/**
 * The lenient pass: rewrites of CREATE / ALTER TABLE statements that node-sql-parser's
 * grammars reject although the SQL is fine (domain and extension types, generated columns,
 * casts to schema types, column names such as `at`, SQL Server's WITH CHECK). Only what the
 * diagram needs survives; the original types are kept aside.
 */
import type { ErForeignKey } from './model';
import { Rewriter, type Rewritten } from './rewrite';
import { keyword, matchingClose, qualifiedName, tokenize, unquote } from './scan';
import {
  CAST_WORDS,
  CONSTRAINT_ITEMS,
  GENERATED_WORDS,
  INDEX_ITEMS,
  ORDER_WORDS,
  PHRASES,
  TYPE_END,
  TYPE_WORDS,
} from './vocabulary';

export interface LenientText extends Rewritten {
  /** Declared type per column (lower-cased name): the parse only sees a placeholder. */
  types: Map<string, string>;
  /** `REFERENCES parent` without a column list, which the parser rejects: blanked, kept here. */
  foreignKeys: ErForeignKey[];
}

class Lenient extends Rewriter {
  readonly types = new Map<string, string>();
  readonly foreignKeys: ErForeignKey[] = [];

  constructor(
    source: string,
    mysql: boolean,
    readonly quoteChar: string,
  ) {
    super(source, tokenize(source, mysql));
  }

  /** Blanks constraint options the grammars lack: WITH CHECK, NOT VALID, DEFERRABLE... */
  phrases(): void {
    for (let k = 0; k < this.tokens.length; k++) {
      const len = PHRASES.find((p) => p.every((w, j) => keyword(this.t(k + j)) === w))?.length;
      if (len) this.blankTokens(k, k + len);
      k += (len ?? 1) - 1;
    }
  }

  /** Quotes the column names in tokens a..b-1 that sit inside a group at `depth`; drops
   * their ASC / DESC, which not every grammar reads in a key. */
  quoteLists(a: number, b: number, depth: number): void {
    for (let k = a; k < b; k++) {
      if (this.t(k).depth !== depth) continue;
      if (ORDER_WORDS.has(keyword(this.t(k)))) this.blankTokens(k, k + 1);
      else this.quote(k, this.quoteChar);
    }
  }

  /** `REFERENCES parent [ON DELETE ..]` with no column list, blanked; returns the parent. */
  bareReference(k: number, end: number): string | null {
    const { name, next } = qualifiedName(this.tokens, k + 1);
    if (!name || this.t(next).kind === 'open') return null;
    let j = next;
    while (j < end && /^(ON|MATCH)$/.test(keyword(this.t(j)))) {
      j += /^(SET|NO)$/.test(keyword(this.t(j + 2))) ? 4 : 3;
    }
    this.blankTokens(k, Math.min(j, end));
    return name;
  }

  /** An index, CHECK or EXCLUDE item starts at `k`, not a column that has such a name:
   * `fulltext tsvector` is a column, `FULLTEXT KEY idx (title)` is not; `key varchar(10)` is
   * a column, `KEY idx (film_id)` is not. */
  droppedItem(k: number): boolean {
    const first = keyword(this.t(k));
    const next = this.t(k + 1);
    if (first === 'CHECK' || first === 'EXCLUDE') {
      return next.kind === 'open' || keyword(next) === 'USING';
    }
    if (first === 'PERIOD') return keyword(next) === 'FOR';
    if (first === 'LIKE') return true;
    if (!INDEX_ITEMS.has(first)) return false;
    if (next.kind === 'open' || keyword(next) === 'KEY' || keyword(next) === 'INDEX') return true;
    // `KEY name (columns)`, unlike a `varchar(10)` type, lists names, not a length.
    return this.t(k + 2).kind === 'open' && !/^\d/.test(this.t(k + 3).text);
  }

  /** A table-level key; true when it is a FOREIGN KEY to a bare parent, to be dropped. */
  constraint(a: number, b: number): boolean {
    const at = (word: string): number =>
      this.tokens.findIndex((t, k) => k >= a && k < b && keyword(t) === word);
    const ref = at('REFERENCES');
    const fk = at('FOREIGN');
    const listed = fk !== -1 && this.t(fk + 2).kind === 'open';
    const parent = ref !== -1 && listed ? this.bareReference(ref, b) : null;
    if (!parent) {
      this.quoteLists(a, b, 2);
      // SQL Server's index options after a key's columns: CLUSTERED, WITH (..), ON [PRIMARY].
      const list = this.tokens.findIndex((t, k) => k >= a && k < b && t.kind === 'open');
      if (ref === -1 && list !== -1) this.blankTokens(this.afterGroup(list), b);
      for (let k = a; k < list; k++) {
        if (/^(NONCLUSTERED|CLUSTERED)$/.test(keyword(this.t(k)))) this.blankTokens(k, k + 1);
      }
      return false;
    }
    const list = this.tokens.slice(fk + 3, matchingClose(this.tokens, fk + 2));
    const columns = list.filter((t) => t.kind !== 'comma').map((t) => unquote(t.text));
    this.foreignKeys.push({ columns, refTable: parent, refColumns: [] });
    return true;
  }

  column(a: number, b: number): void {
    const name = unquote(this.t(a).text);
    this.quote(a, this.quoteChar);
    let k = a + 1;
    // The type: any (qualified) name, as domains may have any, then only words that
    // continue a type, so a misspelt constraint (`DEFAUL 0`) is left for the parser to flag.
    if (!TYPE_END.has(keyword(this.t(k)))) k = qualifiedName(this.tokens, k).next;
    while (k < b) {
      if (this.t(k).kind === 'open') k = this.afterGroup(k);
      else if (/^\[\d*\]$/.test(this.t(k).text) || TYPE_WORDS.has(keyword(this.t(k)))) k += 1;
      else break;
    }
    if (k > a + 1) {
      const from = this.t(a + 1).start;
      const to = this.t(k - 1).end;
      this.types.set(name.toLowerCase(), this.source.slice(from, to));
      this.replace(from, to, 'TEXT');
    }
    for (; k < b; k += 1) {
      const word = this.t(k).depth === 1 ? keyword(this.t(k)) : '';
      let end = k;
      if (this.t(k).text === '::') {
        // Casts may name schema-qualified or multi-word types: 'G'::public.mpaa_rating.
        end = qualifiedName(this.tokens, k + 1).next;
        while (CAST_WORDS.has(keyword(this.t(end)))) end += 1;
        end = this.afterGroup(end);
        while (this.t(end).text === '[]') end += 1;
      } else if (word === 'GENERATED' || word === 'IDENTITY' || word === 'AS') {
        end = k + 1;
        while (end < b && GENERATED_WORDS.has(keyword(this.t(end)))) end += 1;
        end = this.afterGroup(end);
        while (end < b && GENERATED_WORDS.has(keyword(this.t(end)))) end += 1;
      } else if (word === 'REFERENCES') {
        const parent = this.bareReference(k, b);
        if (parent) this.foreignKeys.push({ columns: [name], refTable: parent, refColumns: [] });
        else this.quoteLists(k, this.afterGroup(qualifiedName(this.tokens, k + 1).next), 2);
      }
      if (end > k) {
        this.blankTokens(k, end);
        k = end - 1;
      }
    }
  }

  lenient(): LenientText {
    return { ...this.result(), types: this.types, foreignKeys: this.foreignKeys };
  }
}

/** The statement with [name] and `name` quoted as "name" (the PostgreSQL grammar reads
 * SQL Server's ALTER TABLE statements of chinook only that way). */
export function normaliseQuotes(text: string): Rewritten {
  const rw = new Rewriter(text, tokenize(text));
  rw.normaliseQuotes();
  return rw.result();
}

/**
 * The lenient form of a CREATE TABLE: column types become a `TEXT` placeholder, names are
 * quoted, casts, generated-column expressions, index and CHECK items and the table options
 * after the body are blanked. With `normalise`, quotes become double quotes for the
 * PostgreSQL grammar; without, the text stays in MySQL's (backtick) quoting.
 */
export function lenientCreateTable(
  source: string,
  mysql: boolean,
  normalise: boolean,
): LenientText | null {
  const rw = new Lenient(source, mysql, mysql && !normalise ? '`' : '"');
  const { tokens } = rw;
  const open = tokens.findIndex((t) => t.kind === 'open');
  if (open === -1) return null;
  const close = matchingClose(tokens, open);
  if (normalise) rw.normaliseQuotes();
  // The table's name may be a word the grammar reserves (`session`, `user`).
  const table = tokens.findIndex((t) => keyword(t) === 'TABLE');
  for (let k = table + 1; k < open; k++) {
    if (!/^(IF|NOT|EXISTS)$/.test(keyword(rw.t(k)))) rw.quote(k, rw.quoteChar);
  }
  rw.replace(rw.t(close).end, source.length, '');
  rw.phrases();
  let a = open + 1;
  let comma = -1;
  while (a < close) {
    let b = a;
    while (b < close && !(rw.t(b).kind === 'comma' && rw.t(b).depth === 1)) b += 1;
    const first = keyword(rw.t(a));
    const dropped =
      rw.droppedItem(a) ||
      (first === 'CONSTRAINT' && rw.droppedItem(a + 2)) ||
      (CONSTRAINT_ITEMS.has(first) && rw.constraint(a, b));
    // A dropped item takes a comma with it: the one before it, or after it when first.
    if (dropped && comma !== -1) rw.blankTokens(comma, b);
    else if (dropped) rw.blankTokens(a, b < close ? b + 1 : b);
    else if (!CONSTRAINT_ITEMS.has(first) && a < b) rw.column(a, b);
    comma = b;
    a = b + 1;
  }
  return rw.lenient();
}

/** The lenient form of an ALTER TABLE: WITH CHECK, NOT VALID or DEFERRABLE blanked, column
 * lists quoted, quotes normalised for the PostgreSQL grammar. */
export function lenientAlterTable(source: string, mysql: boolean): LenientText {
  const rw = new Lenient(source, mysql, '"');
  rw.normaliseQuotes();
  rw.phrases();
  rw.quoteLists(0, rw.tokens.length, 1);
  return rw.lenient();
}
