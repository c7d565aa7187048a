/**
 * The lenient pass: rewrites of CREATE / ALTER TABLE statements that node-sql-parser's
 * grammars reject although the SQL is fine (domain and extension types, generated and
 * computed columns, casts to schema types, column names such as `at`, `REFERENCES parent`
 * without columns, SQL Server's index and column options). Only what the diagram needs
 * survives; the original types are kept aside.
 */
import { rewriteColumn } from './column';
import { Lenient, type LenientText } from './lenient';
import { Rewriter, type Rewritten } from './rewrite';
import { keyword, matchingClose, tokenize } from './scan';
import { CONSTRAINT_ITEMS, INDEX_KINDS } from './vocabulary';

export { IMPLIED_KEY, type LenientText } from './lenient';

/** The statement with [name] and `name` quoted as "name" (the PostgreSQL grammar reads
 * SQL Server's ALTER TABLE statements of chinook only that way). */
export function normaliseQuotes(text: string): Rewritten {
  const rw = new Rewriter(text, tokenize(text));
  rw.normaliseQuotes();
  return rw.result();
}

/** Index of the comma at `depth` that ends the item starting at `a`, or `end`. */
function itemEnd(rw: Lenient, a: number, end: number): number {
  let b = a;
  while (b < end && !(rw.t(b).kind === 'comma' && rw.t(b).depth === rw.depth)) b += 1;
  return b;
}

/** Rewrites the items of a CREATE TABLE body, between the tokens `open` and `close`. */
function rewriteItems(rw: Lenient, open: number, close: number): void {
  let kept = false;
  let comma = -1;
  let a = open + 1;
  while (a < close) {
    const b = itemEnd(rw, a, close);
    const first = keyword(rw.t(a));
    const dropped = rw.droppedItem(a) || (first === 'CONSTRAINT' && rw.droppedItem(a + 2));
    // A dropped item takes a comma with it: the one before it, or after it while no item
    // before it is kept.
    if (dropped && kept) rw.blankTokens(comma, b);
    else if (dropped) rw.blankTokens(a, b < close ? b + 1 : b);
    else if (CONSTRAINT_ITEMS.has(first)) rw.keyItem(a, b);
    else if (a < b) rewriteColumn(rw, a, b);
    kept ||= !dropped;
    comma = b;
    a = b + 1;
  }
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
  const rw = new Lenient(source, mysql, mysql && !normalise ? '`' : '"', 1);
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
  rw.impliedKeys();
  // SQL Server reads a comma after the last item; no grammar here does.
  if (rw.t(close - 1).kind === 'comma') rw.blankTokens(close - 1, close);
  rewriteItems(rw, open, close);
  return rw.lenient();
}

/** The lenient form of an ALTER TABLE: WITH CHECK, NOT VALID or DEFERRABLE blanked, column
 * lists quoted, quotes normalised for the PostgreSQL grammar, SQL Server's index options
 * blanked and its `ADD CONSTRAINT a .., CONSTRAINT b ..` written with an ADD for each. */
export function lenientAlterTable(source: string, mysql: boolean): LenientText {
  const rw = new Lenient(source, mysql, '"', 0);
  const end = rw.tokens.length;
  rw.normaliseQuotes();
  rw.phrases();
  rw.impliedKeys();
  const add = rw.tokens.findIndex((t) => t.depth === 0 && keyword(t) === 'ADD');
  if (add === -1) {
    rw.quoteLists(0, end, 1);
    return rw.lenient();
  }
  let a = add + 1;
  while (a < end) {
    const b = itemEnd(rw, a, end);
    const first = keyword(rw.t(a));
    if (a > add + 1 && CONSTRAINT_ITEMS.has(first)) {
      rw.replace(rw.t(a).start, rw.t(a).start, 'ADD ');
    }
    const item = first === 'ADD' ? a + 1 : a;
    if (CONSTRAINT_ITEMS.has(keyword(rw.t(item)))) rw.keyItem(item, b);
    else rw.quoteLists(item, b, 1);
    a = b + 1;
  }
  return rw.lenient();
}

/** SQL Server's `CREATE UNIQUE NONCLUSTERED INDEX .. ON t (a) INCLUDE (b) WITH (..) ON [fg]`
 * as the PostgreSQL grammar reads it; a filtered index (WHERE) is left whole, to be read as
 * the partial index it is. */
export function lenientUniqueIndex(source: string): Rewritten {
  const rw = new Lenient(source, false, '"', 0);
  rw.normaliseQuotes();
  const list = rw.tokens.findIndex((t) => t.kind === 'open');
  const after = list === -1 ? -1 : rw.afterGroup(list);
  if (after !== -1 && rw.find(after, rw.tokens.length, 'WHERE') === -1) {
    rw.blankTokens(after, rw.tokens.length);
  }
  for (let k = 0; k < list; k++) {
    if (INDEX_KINDS.has(keyword(rw.t(k)))) rw.blankTokens(k, k + 1);
  }
  return rw.result();
}
