import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { example } from '../example';
import { detectDialect, sqlToEr } from './index';

const lines = (diagram: string): string[] => diagram.split('\n').map((l) => l.trim());

describe('sqlToEr', () => {
  it('draws the worked example: 4 tables, 2 relationships', () => {
    const result = sqlToEr(example().databaseSchema);
    expect(result).toMatchObject({ tables: 4, relationships: 2, errors: [] });
    expect(result.skipped).toEqual([{ kind: 'CREATE INDEX', count: 1 }]);
    expect(lines(result.diagram)).toEqual(
      expect.arrayContaining([
        'erDiagram',
        'users {',
        'uuid id PK',
        'varchar(255) email UK',
        'uuid user_id FK',
        'decimal(10,2) price',
        'users ||--o{ user_addresses : "user_id"',
        'products ||--o{ product_reviews : "product_id"',
      ]),
    );
  });

  it('reports a statement no dialect parses at its line in the original text', () => {
    const sql = [
      '-- header',
      'CREATE TABLE a (',
      '  id int PRIMARY KEY,',
      '  bad int NOT NULL DEFAUL 0',
      ');',
      'CREATE TABLE b (id int);',
    ].join('\n');
    const result = sqlToEr(sql);
    expect(result.errors).toEqual([
      { message: 'CREATE TABLE a: syntax error at "DEFAUL"', line: 4, column: 20 },
    ]);
    expect(result.tables).toBe(1);
  });

  it('counts the column of a statement that starts mid-line', () => {
    const result = sqlToEr('CREATE TABLE ok (id int); CREATE TABLE bad (id int,, x int);');
    expect(result.errors).toEqual([
      { message: 'CREATE TABLE bad: syntax error at ","', line: 1, column: 52 },
    ]);
  });

  it('gives no diagram when no table parses, so the last good one can stay', () => {
    const result = sqlToEr('CREATE TABLE a (\n  id int PRIMARY KEY,\n  name text NOT NULL');
    expect(result).toMatchObject({ diagram: '', tables: 0, relationships: 0 });
    expect(result.errors).toEqual([
      { message: 'CREATE TABLE a: unexpected end of statement', line: 3, column: 21 },
    ]);
  });

  it('flags a misspelt CREATE TABLE instead of skipping it', () => {
    const result = sqlToEr('SELECT 1;\nCREAT TABLE t (id int);');
    expect(result.errors).toEqual([
      { message: 'CREAT TABLE: unknown statement', line: 2, column: 1 },
    ]);
  });

  it('sets cardinality from nullability and uniqueness of the foreign key columns', () => {
    const sql = `
      CREATE TABLE parent (id int PRIMARY KEY, a int, b int, UNIQUE (a, b));
      CREATE TABLE child (
        id int PRIMARY KEY,
        required_id int NOT NULL REFERENCES parent (id),
        optional_id int REFERENCES parent (id),
        one_id int NOT NULL UNIQUE REFERENCES parent (id),
        maybe_one_id int UNIQUE REFERENCES parent (id),
        a int NOT NULL, b int NOT NULL,
        FOREIGN KEY (a, b) REFERENCES parent (a, b)
      );
      CREATE TABLE detail (id int REFERENCES parent, PRIMARY KEY (id));`;
    expect(lines(sqlToEr(sql).diagram)).toEqual(
      expect.arrayContaining([
        'parent ||--o{ child : "required_id"',
        'parent |o--o{ child : "optional_id"',
        'parent ||--o| child : "one_id"',
        'parent |o--o| child : "maybe_one_id"',
        'parent ||--o{ child : "a, b"',
        'parent ||--o| detail : "id"',
        'int a FK',
        'int id PK, FK',
      ]),
    );
  });

  it('draws self-references and keys added by ALTER TABLE, without schema prefixes', () => {
    const sql = `
      CREATE TABLE public.employee (id int NOT NULL, reports_to int);
      ALTER TABLE ONLY public.employee ADD CONSTRAINT employee_pkey PRIMARY KEY (id);
      ALTER TABLE ONLY public.employee
        ADD CONSTRAINT employee_fk FOREIGN KEY (reports_to) REFERENCES public.employee(id);`;
    const result = sqlToEr(sql);
    expect(result).toMatchObject({ tables: 1, relationships: 1, errors: [] });
    expect(lines(result.diagram)).toEqual(
      expect.arrayContaining([
        'int id PK',
        'int reports_to FK',
        'employee |o--o{ employee : "reports_to"',
      ]),
    );
  });

  it('folds partitions into their parent and draws their foreign keys once', () => {
    const sql = `
      CREATE TABLE customer (id int PRIMARY KEY);
      CREATE TABLE payment (id int, customer_id int NOT NULL) PARTITION BY RANGE (id);
      CREATE TABLE payment_1 (id int, customer_id int NOT NULL);
      CREATE TABLE payment_2 PARTITION OF payment FOR VALUES FROM (10) TO (20);
      ALTER TABLE ONLY payment ATTACH PARTITION payment_1 FOR VALUES FROM (0) TO (10);
      ALTER TABLE payment_1 ADD FOREIGN KEY (customer_id) REFERENCES customer (id);
      ALTER TABLE payment_2 ADD FOREIGN KEY (customer_id) REFERENCES customer (id);`;
    const result = sqlToEr(sql);
    expect(result).toMatchObject({ tables: 2, relationships: 1, errors: [] });
    expect(result.skipped).toEqual([{ kind: 'CREATE TABLE (partition)', count: 2 }]);
    expect(result.diagram).toContain('customer ||--o{ payment : "customer_id"');
  });

  it('quotes names Mermaid would misread and makes types one word', () => {
    const sql = `CREATE TABLE "order items" ("pk" int, "First Name" character varying(20),
      total numeric(10, 2), at timestamp with time zone, n "bıgınt", v public.vector(20));
      CREATE TABLE "end" (id int COMMENT 'the "id"');`;
    const result = sqlToEr(sql);
    expect(result.errors).toEqual([]);
    expect(lines(result.diagram)).toEqual(
      expect.arrayContaining([
        '"order items" {',
        'int `pk`',
        'character_varying(20) `First Name`',
        'numeric(10,2) total',
        'timestamp_with_time_zone at',
        'bıgınt n',
        'vector(20) v',
        '"end" {',
        `int id "the 'id'"`,
      ]),
    );
  });

  it('reports what it skipped, by kind', () => {
    const sql = `SET x = 1; CREATE VIEW v AS SELECT 1; CREATE OR REPLACE FUNCTION f() RETURNS int
      AS $$ SELECT 1; $$ LANGUAGE sql; CREATE INDEX i ON t (a); CREATE INDEX j ON t (b);
      INSERT INTO t VALUES (1); CREATE TABLE t (a int, b int);`;
    expect(sqlToEr(sql).skipped).toEqual([
      { kind: 'SET', count: 1 },
      { kind: 'CREATE VIEW', count: 1 },
      { kind: 'CREATE FUNCTION', count: 1 },
      { kind: 'CREATE INDEX', count: 2 },
      { kind: 'INSERT', count: 1 },
    ]);
  });

  it('reads MySQL and SQL Server idioms, detected or chosen', () => {
    const mysql =
      'CREATE TABLE `a` (`id` int NOT NULL AUTO_INCREMENT, `b_id` int,' +
      ' KEY `k` (`b_id`), PRIMARY KEY (`id`), CONSTRAINT `f` FOREIGN KEY (`b_id`)' +
      ' REFERENCES `b` (`id`)) ENGINE=InnoDB;';
    const tsql =
      'CREATE TABLE [dbo].[b] ([id] INT IDENTITY(1,1) NOT NULL,' +
      ' CONSTRAINT [PK_b] PRIMARY KEY CLUSTERED ([id] ASC)) ON [PRIMARY]\nGO\n' +
      'ALTER TABLE [dbo].[a] WITH CHECK ADD CONSTRAINT [FK] FOREIGN KEY([id]) REFERENCES [dbo].[b] ([id])\nGO';
    expect(detectDialect(mysql)).toBe('mysql');
    expect(detectDialect(tsql)).toBe('transactsql');
    expect(detectDialect('CREATE TABLE a (id serial);')).toBe('postgresql');
    for (const dialect of ['auto', 'mysql'] as const) {
      expect(sqlToEr(mysql, { dialect })).toMatchObject({ tables: 1, relationships: 1 });
    }
    for (const dialect of ['auto', 'transactsql', 'postgresql'] as const) {
      expect(sqlToEr(tsql, { dialect })).toMatchObject({ tables: 1, relationships: 0, errors: [] });
    }
    expect(sqlToEr(`${mysql}\n${tsql}`).relationships).toBe(2);
  });

  it('is deterministic and unaffected by its statement cache', () => {
    const sql = example().databaseSchema;
    const first = sqlToEr(sql);
    expect(sqlToEr(sql)).toEqual(first);
    expect(sqlToEr(`${sql}\nALTER TABLE users ADD UNIQUE (role);`).diagram).toContain(
      'varchar(20) role UK',
    );
    expect(sqlToEr(sql)).toEqual(first);
  });

  it('never throws on random DDL-like input, and errors point at lines that exist', () => {
    const fragment = fc.constantFrom(
      ...['CREATE TABLE', 'ALTER TABLE', 'ONLY', 't', 'u', '(', ')', ',', 'id int', 'x text'],
      ...['PRIMARY KEY', 'REFERENCES', 'FOREIGN KEY', 'UNIQUE', 'NOT NULL', 'ADD', 'KEY'],
      ...['ATTACH PARTITION', 'PARTITION OF', 'GENERATED ALWAYS AS', 'DEFAULT', '::', 'AS'],
      ...[';', "'", '"', '[', ']', '`', '\n', '\nGO\n', '--', '/*', '$$', 'DELIMITER //\n'],
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 30 }), (parts) => {
        const sql = parts.join(' ');
        const result = sqlToEr(sql);
        const lineCount = sql.split('\n').length;
        for (const error of result.errors) {
          expect(error.line).toBeGreaterThanOrEqual(1);
          expect(error.line).toBeLessThanOrEqual(lineCount);
        }
        expect(result.diagram === '' || result.diagram.startsWith('erDiagram')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
