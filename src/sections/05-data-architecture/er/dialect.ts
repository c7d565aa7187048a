import type { SplitDialect } from './split';

export type SqlDialect = SplitDialect;
export type DialectOption = 'auto' | SqlDialect;

/** node-sql-parser's names for the dialects. */
export const PARSER_DATABASE: Record<SqlDialect, string> = {
  postgresql: 'PostgresQL',
  mysql: 'MySQL',
  transactsql: 'TransactSQL',
};

const ALL: SqlDialect[] = ['postgresql', 'mysql', 'transactsql'];

/**
 * Guesses the dialect of a whole script from markers only one dialect uses. PostgreSQL is
 * the default because its grammar in node-sql-parser is the most lenient (it also reads
 * SQL Server's statements once brackets become double quotes).
 */
export function detectDialect(sql: string): SqlDialect {
  // GO batch lines and [schema].[name] are SQL Server's alone.
  if (/^[ \t]*GO[ \t]*$/im.test(sql) || /\[[A-Za-z_][\w ]*\]\s*\.\s*\[/.test(sql)) {
    return 'transactsql';
  }
  // MySQL next: its strings take backslash escapes, which the splitter must know.
  if (/`[^`\n]+`|\bENGINE\s*=|\bAUTO_INCREMENT\b|^[ \t]*DELIMITER\s/im.test(sql)) return 'mysql';
  if (/\bNVARCHAR\b|\bIDENTITY\s*\(\s*\d+\s*,\s*\d+\s*\)|\bCLUSTERED\b/i.test(sql)) {
    return 'transactsql';
  }
  return 'postgresql';
}

/** The dialects to try, best guess first; an explicit choice is tried alone first. */
export function dialectOrder(option: DialectOption, sql: string): SqlDialect[] {
  const first = option === 'auto' ? detectDialect(sql) : option;
  return [first, ...ALL.filter((d) => d !== first)];
}
