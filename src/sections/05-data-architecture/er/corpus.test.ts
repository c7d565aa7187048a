// @vitest-environment jsdom
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { example } from '../example';
import { detectDialect, sqlToEr } from './index';
import { clearStatementCache } from './parse';

// import.meta.dirname, not new URL(…, import.meta.url): Vite rewrites the latter to /@fs/….
const CORPUS = join(import.meta.dirname, '../../../../fixtures/corpus/sql');
const read = (name: string): string => readFileSync(join(CORPUS, name), 'utf8');
const foreignKeys = (sql: string): number => sql.match(/FOREIGN KEY/g)?.length ?? 0;

let parse: (diagram: string) => Promise<unknown>;

beforeAll(async () => {
  const { default: mermaid } = await import('mermaid');
  mermaid.initialize({ startOnLoad: false });
  parse = (diagram) => mermaid.parse(diagram);
});

/** The diagram of `sql`, read afresh (without the statement cache). How fast is for the bench. */
function fresh(sql: string): ReturnType<typeof sqlToEr> {
  clearStatementCache();
  return sqlToEr(sql);
}

describe('the SQL corpus as ER diagrams', () => {
  it('sakila (MySQL, DELIMITER blocks): 16 tables, one relationship per FOREIGN KEY', async () => {
    const sql = read('sakila-mysql-schema.sql');
    const result = fresh(sql);
    expect(detectDialect(sql)).toBe('mysql');
    expect(foreignKeys(sql)).toBe(22);
    expect(result).toMatchObject({ tables: 16, relationships: 22, errors: [] });
    expect(result.skipped).toEqual(
      expect.arrayContaining([
        { kind: 'CREATE TRIGGER', count: 3 },
        { kind: 'CREATE VIEW', count: 7 },
        { kind: 'CREATE PROCEDURE', count: 3 },
        { kind: 'CREATE FUNCTION', count: 3 },
      ]),
    );
    expect(result.diagram).toContain('staff ||--o| store : "manager_staff_id"');
    expect(result.diagram).toContain('language |o--o{ film : "original_language_id"');
    await expect(parse(result.diagram)).resolves.toBeTruthy();
  });

  it('chinook (SQL Server, GO batches): 11 tables, 11 relationships', async () => {
    const sql = read('chinook-sqlserver-ddl.sql');
    const result = fresh(sql);
    expect(detectDialect(sql)).toBe('transactsql');
    expect(foreignKeys(sql)).toBe(11);
    expect(result).toMatchObject({ tables: 11, relationships: 11, errors: [] });
    expect(result.skipped).toEqual(expect.arrayContaining([{ kind: 'CREATE INDEX', count: 11 }]));
    expect(result.diagram).toContain('Employee |o--o{ Employee : "ReportsTo"');
    expect(result.diagram).toContain('Album |o--o{ Track : "AlbumId"');
    expect(result.diagram).toContain('nvarchar(160) Title');
    await expect(parse(result.diagram)).resolves.toBeTruthy();
  });

  // 71 CREATE TABLE: 16 tables and 55 monthly partitions of payment (ATTACH PARTITION).
  // 37 FOREIGN KEY: 19 between tables, 18 on six partitions that repeat payment's three.
  it('pagila (PostgreSQL dump): 16 tables, partitions folded into payment, 22 relationships', async () => {
    const sql = read('pagila-postgres-schema.sql');
    const result = fresh(sql);
    expect(detectDialect(sql)).toBe('postgresql');
    expect(sql.match(/^CREATE TABLE/gm)).toHaveLength(71);
    expect(foreignKeys(sql)).toBe(37);
    expect(result).toMatchObject({ tables: 16, relationships: 19 + 3, errors: [] });
    expect(result.skipped).toEqual(
      expect.arrayContaining([
        { kind: 'CREATE TABLE (partition)', count: 55 },
        { kind: 'CREATE FUNCTION', count: 9 },
        { kind: 'CREATE TRIGGER', count: 16 },
      ]),
    );
    const diagram = result.diagram;
    for (const parent of ['customer', 'rental', 'staff']) {
      expect(diagram).toContain(`${parent} ||--o{ payment : "${parent}_id"`);
    }
    expect(diagram).not.toContain('payment_p2022');
    expect(diagram).toContain('film ||--o| film_embedding : "film_id"');
    expect(diagram).toContain('vector(20) embedding');
    expect(diagram).toContain('mpaa_rating rating');
    expect(diagram).toContain('timestamp_with_time_zone payment_date PK');
    await expect(parse(diagram)).resolves.toBeTruthy();
  });

  it('the worked example and awkward names give diagrams Mermaid parses', async () => {
    const awkward = `CREATE TABLE "order items" ("pk" int PRIMARY KEY, "First Name" character varying(20),
        at timestamp with time zone, n "bıgınt", "ünïcode" text COMMENT 'a "quoted" note');
      CREATE TABLE "end" (id int NOT NULL UNIQUE REFERENCES "order items" ("pk"));
      CREATE TABLE one (x int REFERENCES "end" (id), y int REFERENCES missing);
      CREATE TABLE [dbo].[T] ([Id] [int] IDENTITY(1,1) NOT NULL, [P] [int] NULL,
        CONSTRAINT [PK_T] PRIMARY KEY CLUSTERED ([Id] ASC) WITH (PAD_INDEX = OFF) ON [PRIMARY]
      ) ON [PRIMARY]
      GO
      ALTER TABLE [dbo].[T] WITH CHECK ADD CONSTRAINT [FK_T] FOREIGN KEY([P]) REFERENCES [dbo].[T] ([Id])
      GO`;
    for (const sql of [example().databaseSchema, awkward]) {
      const result = sqlToEr(sql);
      expect(result.errors).toEqual([]);
      await expect(parse(result.diagram)).resolves.toBeTruthy();
    }
  });

  it('a column named like a Mermaid directive (%%{) gives a diagram Mermaid parses', async () => {
    // The property's counterexample (seed 2118472733): Mermaid read `%%{` inside backticks.
    for (const column of ['%%{a', 'a %%{b', '%%{a}%%']) {
      const result = sqlToEr(`CREATE TABLE "a" ("${column}" int PRIMARY KEY COMMENT '${column}');
        CREATE TABLE "a" (ref int REFERENCES "a" ("${column}"));`);
      expect(result.errors).toEqual([]);
      await expect(parse(result.diagram)).resolves.toBeTruthy();
    }
  });

  it('any table and column names and types give a diagram Mermaid parses', async () => {
    // Every character but `"`: node-sql-parser reads no "" inside a quoted name.
    const name = fc
      .string({ unit: fc.constantFrom(...'aZ_1 -%\\`:{}|#.ıé中'.split('')), minLength: 1 })
      .filter((n) => n.trim() !== '');
    const type = fc.constantFrom(
      ...['int', 'varchar(20)', 'numeric(10, 2)', 'timestamp with time zone', 'text[]'],
      ...['"my type"', 'public.vector(3)', '"bıgınt"', 'double precision', 'pk', 'end'],
    );
    const quoted = (n: string): string => `"${n.replace(/"/g, '""')}"`;
    await fc.assert(
      fc.asyncProperty(name, name, name, type, async (table, child, column, columnType) => {
        const sql = `CREATE TABLE ${quoted(table)} (${quoted(column)} ${columnType} PRIMARY KEY);
          CREATE TABLE ${quoted(child)} (ref int REFERENCES ${quoted(table)} (${quoted(column)}));`;
        const result = sqlToEr(sql);
        expect(result.errors).toEqual([]);
        await expect(parse(result.diagram)).resolves.toBeTruthy();
      }),
      { numRuns: 60 },
    );
  });
});
