/**
 * Splits a SQL script into statements without parsing it. Real schema files mix DDL with
 * functions, triggers and client directives that node-sql-parser cannot read, so each
 * statement must be parsed on its own (see ENGINEERING.md, "SQL DDL with node-sql-parser").
 */

export interface SqlStatement {
  /** The statement from its first code character (leading comments and blanks excluded) up
   * to its terminator (excluded), trailing blanks trimmed. */
  text: string;
  /** 1-based line of `text`'s first character in the whole script. */
  line: number;
  /** 1-based column of that character. */
  column: number;
  /** Index of `text` in the whole script: `sql.slice(offset, offset + text.length) === text`. */
  offset: number;
}

export type SplitDialect = 'postgresql' | 'mysql' | 'transactsql';

// A `GO` batch separator (SQL Server): alone on its line, optionally with a repeat count.
const GO_LINE = /[ \t]*go(?:[ \t]+\d+)?[ \t]*(?:--[^\n]*)?(?=\r?\n|$)/iy;
// The mysql client's `DELIMITER //` directive, honoured where a statement may start.
const DELIMITER_LINE = /[ \t]*delimiter[ \t]+(\S+)[^\n]*/iy;
// SQL Server needs no terminator: a CREATE or ALTER TABLE that starts a line outside any
// parentheses starts a statement, except in a procedure, function or trigger body.
const TABLE_LINE = /[ \t]*(?:create|alter)[ \t]+table\b/iy;
const BODY_HEAD = /^(?:create|alter)\s+(?:or\s+alter\s+)?(?:proc|procedure|function|trigger)\b/i;
// A PostgreSQL dollar-quote opener: `$$` or `$tag$` (a tag never starts with a digit, so `$1`
// parameters are left alone).
const DOLLAR_TAG = /\$(?:[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)?\$/y;

/** Index just past the quoted run opened at `start` and closed by `close`; a doubled closer
 * is an escaped one. An unterminated quote runs to the end of the script. */
function skipQuoted(sql: string, start: number, close: string, backslash: boolean): number {
  let i = start + 1;
  while (i < sql.length) {
    const c = sql[i];
    if (backslash && c === '\\') {
      i += 2;
    } else if (c === close) {
      if (sql[i + 1] === close) i += 2;
      else return i + 1;
    } else {
      i += 1;
    }
  }
  return sql.length;
}

function skipTo(sql: string, from: number, marker: string): number {
  const end = sql.indexOf(marker, from);
  return end === -1 ? sql.length : end + marker.length;
}

function lineStarts(sql: string): number[] {
  const starts = [0];
  for (let i = sql.indexOf('\n'); i !== -1; i = sql.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line of `offset`, by binary search over the line starts. */
function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/**
 * Splits `sql` on `;` (or the current `DELIMITER`), on `GO` lines and, in SQL Server, before
 * a line that starts a CREATE or ALTER TABLE (see TABLE_LINE); never inside quotes
 * ('..', "..", `..`, [..]), comments (-- and /* *\/) or PostgreSQL $$ / $tag$ bodies.
 * Besides that, the dialect changes only MySQL's lexing: backslash escapes in strings, `#`
 * comments and no dollar quoting. Never throws; unterminated quotes or comments run to the end.
 */
export function splitStatements(sql: string, dialect?: SplitDialect): SqlStatement[] {
  const mysql = dialect === 'mysql';
  const tsql = dialect === 'transactsql';
  const starts = lineStarts(sql);
  const statements: SqlStatement[] = [];
  let delimiter = ';';
  let stmtStart = -1;
  let depth = 0;
  let i = 0;

  const flush = (end: number): void => {
    if (stmtStart === -1) return;
    const text = sql.slice(stmtStart, end).trimEnd();
    const line = lineOf(starts, stmtStart);
    const column = stmtStart - (starts[line - 1] ?? 0) + 1;
    statements.push({ text, line, column, offset: stmtStart });
    stmtStart = -1;
    depth = 0;
  };
  const tableLine = (): boolean => {
    if (!tsql || depth > 0 || stmtStart === -1) return false;
    TABLE_LINE.lastIndex = i;
    return (
      TABLE_LINE.test(sql) && !BODY_HEAD.test(sql.slice(stmtStart, Math.min(i, stmtStart + 100)))
    );
  };
  const code = (): void => {
    if (stmtStart === -1) stmtStart = i;
  };

  while (i < sql.length) {
    if (i === 0 || sql[i - 1] === '\n') {
      GO_LINE.lastIndex = i;
      if (GO_LINE.test(sql)) {
        flush(i);
        i = GO_LINE.lastIndex;
        continue;
      }
      if (tableLine()) flush(i);
      DELIMITER_LINE.lastIndex = i;
      const directive = stmtStart === -1 ? DELIMITER_LINE.exec(sql) : null;
      if (directive) {
        delimiter = directive[1] ?? ';';
        i = DELIMITER_LINE.lastIndex;
        continue;
      }
    }
    const c = sql[i];
    if (sql.startsWith(delimiter, i)) {
      flush(i);
      i += delimiter.length;
    } else if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f') {
      i += 1;
    } else if ((c === '-' && sql[i + 1] === '-') || (mysql && c === '#')) {
      const end = sql.indexOf('\n', i);
      i = end === -1 ? sql.length : end;
    } else if (c === '/' && sql[i + 1] === '*') {
      i = skipTo(sql, i + 2, '*/');
    } else if (c === "'") {
      code();
      // PostgreSQL E'..' strings take backslash escapes like every MySQL string.
      const escaped = mysql || (/[eE]/.test(sql[i - 1] ?? '') && !/\w/.test(sql[i - 2] ?? ''));
      i = skipQuoted(sql, i, "'", escaped);
    } else if (c === '"' || c === '`') {
      code();
      i = skipQuoted(sql, i, c, mysql && c === '"');
    } else if (c === '[') {
      code();
      i = skipQuoted(sql, i, ']', false);
    } else if (c === '$' && !mysql) {
      code();
      DOLLAR_TAG.lastIndex = i;
      const tag = DOLLAR_TAG.exec(sql);
      i = tag ? skipTo(sql, DOLLAR_TAG.lastIndex, tag[0]) : i + 1;
    } else {
      code();
      if (c === '(') depth += 1;
      else if (c === ')') depth = Math.max(0, depth - 1);
      i += 1;
    }
  }
  flush(sql.length);
  return statements;
}
