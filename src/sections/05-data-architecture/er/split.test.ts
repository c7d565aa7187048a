import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitStatements, type SplitDialect } from './split';

const texts = (sql: string, dialect?: SplitDialect): string[] =>
  splitStatements(sql, dialect).map((s) => s.text);

describe('splitStatements', () => {
  it('splits on semicolons, never inside quotes', () => {
    const sql = `SELECT ';'; SELECT "a;b"; SELECT \`c;d\`; SELECT [e;f]; SELECT 'it''s; fine'`;
    expect(texts(sql)).toEqual([
      "SELECT ';'",
      'SELECT "a;b"',
      'SELECT `c;d`',
      'SELECT [e;f]',
      "SELECT 'it''s; fine'",
    ]);
  });

  it('skips comments before a statement and keeps those inside it', () => {
    const sql = '-- a; b\nSELECT 1 /* ; */ + 2;\n/* x; */\n  SELECT 3; -- trailing;';
    const statements = splitStatements(sql);
    expect(statements.map((s) => s.text)).toEqual(['SELECT 1 /* ; */ + 2', 'SELECT 3']);
    expect(statements.map((s) => [s.line, s.column])).toEqual([
      [2, 1],
      [4, 3],
    ]);
  });

  it('keeps PostgreSQL $$ and $tag$ bodies whole, and leaves $1 parameters alone', () => {
    const sql = [
      'CREATE FUNCTION f() RETURNS int AS $$ BEGIN x; y; END $$ LANGUAGE plpgsql;',
      'CREATE FUNCTION g(int) RETURNS int AS $_$ SELECT $1; $_$ LANGUAGE sql;',
      'CREATE FUNCTION h() AS $body$ a; $$ b; $body$;',
      'SELECT $1; SELECT 2',
    ].join('\n');
    expect(texts(sql)).toEqual([
      'CREATE FUNCTION f() RETURNS int AS $$ BEGIN x; y; END $$ LANGUAGE plpgsql',
      'CREATE FUNCTION g(int) RETURNS int AS $_$ SELECT $1; $_$ LANGUAGE sql',
      'CREATE FUNCTION h() AS $body$ a; $$ b; $body$',
      'SELECT $1',
      'SELECT 2',
    ]);
  });

  it('follows MySQL DELIMITER directives', () => {
    const sql = [
      'DELIMITER //',
      'CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END //',
      'DELIMITER $$',
      'CREATE FUNCTION f() RETURNS INT BEGIN RETURN 1; END $$',
      'DELIMITER ;',
      'SELECT 3;',
    ].join('\n');
    const statements = splitStatements(sql, 'mysql');
    expect(statements.map((s) => s.text)).toEqual([
      'CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END',
      'CREATE FUNCTION f() RETURNS INT BEGIN RETURN 1; END',
      'SELECT 3',
    ]);
    expect(statements.map((s) => s.line)).toEqual([2, 4, 6]);
  });

  it('ends SQL Server batches at GO lines', () => {
    const sql = 'CREATE TABLE a (x int)\nGO\nCREATE TABLE b (y int)\n  go 2  \nSELECT 1 AS go;';
    expect(texts(sql)).toEqual([
      'CREATE TABLE a (x int)',
      'CREATE TABLE b (y int)',
      'SELECT 1 AS go',
    ]);
  });

  it('reads backslash escapes in MySQL strings and PostgreSQL E-strings only', () => {
    expect(texts("SELECT 'a\\';b'; SELECT 2", 'mysql')).toEqual(["SELECT 'a\\';b'", 'SELECT 2']);
    expect(texts("SELECT E'a\\';b'; SELECT 2")).toEqual(["SELECT E'a\\';b'", 'SELECT 2']);
    expect(texts("SELECT 'C:\\'; SELECT 2")).toEqual(["SELECT 'C:\\'", 'SELECT 2']);
  });

  it('runs an unterminated quote or comment to the end without throwing', () => {
    expect(texts("SELECT 'open; SELECT 2")).toEqual(["SELECT 'open; SELECT 2"]);
    expect(texts('SELECT 1; /* open; SELECT 2')).toEqual(['SELECT 1']);
    expect(texts('SELECT $$ open; SELECT 2')).toEqual(['SELECT $$ open; SELECT 2']);
  });
});

const nonBlank = (text: string): string => text.replace(/[\s;]/g, '');

describe('splitStatements on random input', () => {
  // Everything the lexer treats specially, so random strings hit every state.
  const anything = fc.string({
    unit: fc.constantFrom(...'ab x1(),.\'"`[]$;-/*#\\\n\t'.split(''), 'GO', 'DELIMITER ', 'E'),
    maxLength: 200,
  });

  it('never throws, and every statement is the script text at its offset', () => {
    fc.assert(
      fc.property(anything, fc.constantFrom<SplitDialect>('postgresql', 'mysql'), (sql, d) => {
        let last = -1;
        for (const s of splitStatements(sql, d)) {
          expect(s.text).not.toBe('');
          expect(sql.slice(s.offset, s.offset + s.text.length)).toBe(s.text);
          expect(s.offset).toBeGreaterThan(last);
          expect(s.line).toBe(sql.slice(0, s.offset).split('\n').length);
          last = s.offset + s.text.length - 1;
        }
      }),
    );
  });

  // Without comments, GO lines and DELIMITER directives, only blanks and semicolons lie
  // between statements: joined back, the statements hold all the rest of the script.
  const code = fc.string({
    unit: fc.constantFrom(...'ab x1(),.\'"`[]$;E\n\t'.split('')),
    maxLength: 200,
  });

  it('loses no SQL: the statements joined back cover the non-blank input', () => {
    fc.assert(
      fc.property(code, fc.constantFrom<SplitDialect>('postgresql', 'mysql'), (sql, d) => {
        const joined = splitStatements(sql, d)
          .map((s) => s.text)
          .join(';');
        expect(nonBlank(joined)).toBe(nonBlank(sql));
      }),
    );
  });
});
