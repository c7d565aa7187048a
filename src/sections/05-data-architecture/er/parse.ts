/**
 * Parses one statement with node-sql-parser, trying dialects and rewrites in turn, and keeps
 * the outcome by statement text: while the architect types, only the statement being edited
 * is parsed again.
 */
// One build per dialect the ER diagram reads: together a third of the all-dialect parser.
import { Parser as MysqlParser } from 'node-sql-parser/build/mysql';
import { Parser as PostgresqlParser } from 'node-sql-parser/build/postgresql';
import { Parser as TransactsqlParser } from 'node-sql-parser/build/transactsql';
import { factsOf, type StatementFacts } from './ast';
import type { StatementClass } from './classify';
import { PARSER_DATABASE, type SqlDialect } from './dialect';
import {
  IMPLIED_KEY,
  lenientAlterTable,
  lenientCreateTable,
  lenientUniqueIndex,
  normaliseQuotes,
  type LenientText,
} from './mask';

export type ParsedClass = Extract<
  StatementClass,
  { kind: 'create-table' | 'alter-table' | 'unique-index' }
>;

export type ParseOutcome =
  | { kind: 'facts'; facts: StatementFacts }
  | { kind: 'skip'; label: string }
  /** `line` and `column` are 1-based within the statement's text. */
  | { kind: 'error'; message: string; line: number; column: number };

interface Attempt {
  text: string;
  dialect: SqlDialect;
  /** Maps an offset in a rewritten `text` back to the statement's own text. */
  toOriginal?: (offset: number) => number;
  lenient?: LenientText;
}

interface ParserError {
  location?: { start?: { offset?: number } };
}

const parsers: Record<SqlDialect, { astify: MysqlParser['astify'] }> = {
  mysql: new MysqlParser(),
  postgresql: new PostgresqlParser(),
  transactsql: new TransactsqlParser(),
};
const cache = new Map<string, ParseOutcome>();
const CACHE_LIMIT = 5000;

/** The texts worth trying, most faithful first. Dialects that cannot read the quoting are
 * left out: a failed parse costs several milliseconds. */
function* attempts(text: string, order: SqlDialect[], create: boolean): Generator<Attempt> {
  const tried = new Set<string>();
  for (const attempt of candidates(text, order, create)) {
    const key = `${attempt.dialect}\u0000${attempt.text}`;
    if (!tried.has(key)) yield attempt;
    tried.add(key);
  }
}

// SQL Server's index and column options, which no grammar here reads as written: a
// statement with one of them goes straight to the lenient pass, as every other attempt
// would fail and each failure costs milliseconds (AdventureWorks has hundreds).
const SERVER_OPTIONS =
  /\b(?:ROWGUIDCOL|NONCLUSTERED|CLUSTERED|REPLICATION|SPARSE|FILESTREAM|PERSISTED|MASKED)\b/i;

function* candidates(text: string, order: SqlDialect[], create: boolean): Generator<Attempt> {
  const backticks = text.includes('`');
  const brackets = /\[[^\]\s]/.test(text);
  const readable = (d: SqlDialect): boolean =>
    !(backticks && d !== 'mysql') && !(brackets && d !== 'transactsql');
  const first = order[0] ?? 'postgresql';
  const mysql = first === 'mysql';
  const faithful = !SERVER_OPTIONS.test(text);
  if (faithful) {
    for (const dialect of order) if (readable(dialect)) yield { text, dialect };
    yield { ...normaliseQuotes(text), dialect: 'postgresql' };
  }
  if (!create) {
    const lenient = lenientAlterTable(text, mysql);
    yield { ...lenient, dialect: 'postgresql', lenient };
    return;
  }
  const asWritten = lenientCreateTable(text, mysql, false);
  if (asWritten && faithful && readable(first)) {
    yield { ...asWritten, dialect: first, lenient: asWritten };
  }
  const lenient = lenientCreateTable(text, mysql, true);
  if (lenient) yield { ...lenient, dialect: 'postgresql', lenient };
}

/** Facts from a lenient parse: the declared types it set aside, and no column list where
 * the SQL wrote none (the model's way of saying "the parent's primary key"). */
function withLenient(facts: StatementFacts, lenient: LenientText | undefined): StatementFacts {
  if (!lenient) return facts;
  for (const table of [...facts.creates, ...facts.alters]) {
    for (const column of table.columns) {
      column.type = lenient.types.get(column.name.toLowerCase()) ?? column.type;
    }
    for (const fk of table.foreignKeys) {
      if (fk.refColumns.length === 1 && fk.refColumns[0] === IMPLIED_KEY) fk.refColumns = [];
    }
  }
  return facts;
}

/** Names the word the parser stopped at (its `found` is a single character). */
function errorMessage(what: string, text: string, offset: number): string {
  const word = /^(?:[\w$\u0080-\uffff]+|\S)/.exec(text.slice(Math.max(0, offset)))?.[0];
  return word ? `${what}: syntax error at "${word}"` : `${what}: unexpected end of statement`;
}

/** 1-based line and column of `offset` in `text`. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

function parseTable(
  text: string,
  order: SqlDialect[],
  create: boolean,
  table: string,
): ParseOutcome {
  // The attempt that read furthest into the statement explains the problem best.
  let furthest = -1;
  for (const attempt of attempts(text, order, create)) {
    try {
      const ast = parsers[attempt.dialect].astify(attempt.text, {
        database: PARSER_DATABASE[attempt.dialect],
      });
      const facts = withLenient(factsOf(ast), attempt.lenient);
      // A grammar may accept the text as something else (MySQL reads "name" as a string).
      if ((create ? facts.creates : facts.alters).length > 0) return { kind: 'facts', facts };
    } catch (caught) {
      const at = (caught as ParserError).location?.start?.offset;
      if (typeof at === 'number') {
        furthest = Math.max(furthest, attempt.toOriginal ? attempt.toOriginal(at) : at);
      }
    }
  }
  const offset = furthest === -1 ? text.length : Math.min(furthest, text.length);
  const what = `${create ? 'CREATE TABLE' : 'ALTER TABLE'} ${table}`.trim();
  return { kind: 'error', message: errorMessage(what, text, offset), ...position(text, offset) };
}

function read(text: string, order: SqlDialect[], cls: ParsedClass): ParseOutcome {
  if (cls.kind === 'create-table') return parseTable(text, order, true, cls.table);
  if (cls.kind === 'alter-table') return parseTable(text, order, false, cls.table);
  for (const rewrite of [normaliseQuotes, lenientUniqueIndex]) {
    try {
      const ast = parsers.postgresql.astify(rewrite(text).text, { database: 'PostgresQL' });
      return { kind: 'facts', facts: factsOf(ast) };
    } catch {
      // Try the next rewrite.
    }
  }
  // Expression and vendor-specific unique indexes are not drawn.
  return { kind: 'skip', label: 'CREATE UNIQUE INDEX' };
}

/** Forgets every parsed statement (for measurements and tests). */
export function clearStatementCache(): void {
  cache.clear();
}

/** What a CREATE TABLE, ALTER TABLE or CREATE UNIQUE INDEX statement contributes. */
export function parseStatement(text: string, order: SqlDialect[], cls: ParsedClass): ParseOutcome {
  const key = `${order.join()}\u0000${text}`;
  const known = cache.get(key);
  if (known) return known;
  const outcome = read(text, order, cls);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, outcome);
  return outcome;
}
