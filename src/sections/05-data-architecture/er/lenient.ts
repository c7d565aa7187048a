/**
 * The rewrites the lenient pass applies to the items of a CREATE TABLE body or an ALTER
 * TABLE's ADD list (see mask.ts). Every edit goes through the Rewriter, so a parse error in
 * the rewritten text still points at the original.
 */
import { Rewriter, type Rewritten } from './rewrite';
import { keyword, qualifiedName, tokenize } from './scan';
import { INDEX_ITEMS, INDEX_KINDS, ORDER_WORDS, PHRASES } from './vocabulary';

/** Stands for the missing column list of `REFERENCES parent`: the parent's primary key,
 * which the statement alone cannot know. No real column has this name. */
export const IMPLIED_KEY = '(primary key)';

export interface LenientText extends Rewritten {
  /** Declared type per column (lower-cased name): the parse only sees a placeholder. */
  types: Map<string, string>;
}

export class Lenient extends Rewriter {
  readonly types = new Map<string, string>();

  constructor(
    source: string,
    mysql: boolean,
    readonly quoteChar: string,
    /** Parenthesis depth of the items: 1 inside CREATE TABLE (..), 0 after ALTER TABLE. */
    readonly depth: number,
  ) {
    super(source, tokenize(source, mysql));
  }

  /** Index of the first token in a..b-1 that is the word `word`, or -1. */
  find(a: number, b: number, word: string): number {
    for (let k = a; k < b; k++) if (keyword(this.t(k)) === word) return k;
    return -1;
  }

  /** Blanks constraint options the grammars lack: WITH CHECK, NOT VALID, DEFERRABLE... */
  phrases(): void {
    for (let k = 0; k < this.tokens.length; k++) {
      const len = PHRASES.find((p) => p.every((w, j) => keyword(this.t(k + j)) === w))?.length;
      if (len) this.blankTokens(k, k + len);
      k += (len ?? 1) - 1;
    }
  }

  /** Gives every `REFERENCES parent` without a column list the IMPLIED_KEY list: no grammar
   * reads the bare form, and this way the parser still reads the rest of the key. */
  impliedKeys(): void {
    for (let k = 0; k < this.tokens.length; k++) {
      if (keyword(this.t(k)) !== 'REFERENCES') continue;
      const { name, next } = qualifiedName(this.tokens, k + 1);
      if (!name || this.t(next).kind === 'open') continue;
      const end = this.t(next - 1).end;
      this.replace(end, end, ` (${this.quoteChar}${IMPLIED_KEY}${this.quoteChar})`);
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
    // SQL Server's inline `INDEX name NONCLUSTERED (..)`.
    if (INDEX_KINDS.has(keyword(this.t(k + 2)))) return true;
    // `KEY name (columns)`, unlike a `varchar(10)` type, lists names, not a length.
    return this.t(k + 2).kind === 'open' && !/^\d/.test(this.t(k + 3).text);
  }

  /** A table-level key in tokens a..b-1 (PRIMARY KEY, UNIQUE, FOREIGN KEY, maybe named). */
  keyItem(a: number, b: number): void {
    this.quoteLists(a, b, this.depth + 1);
    const list = this.tokens.findIndex((t, k) => k >= a && k < b && t.kind === 'open');
    // SQL Server's index options around a key's columns: CLUSTERED, WITH (..), ON [PRIMARY].
    for (let k = a; k < list; k++) {
      if (INDEX_KINDS.has(keyword(this.t(k)))) this.blankTokens(k, k + 1);
    }
    if (this.find(a, b, 'REFERENCES') === -1 && list !== -1) {
      this.blankTokens(this.afterGroup(list), b);
    }
  }

  lenient(): LenientText {
    return { ...this.result(), types: this.types };
  }
}
