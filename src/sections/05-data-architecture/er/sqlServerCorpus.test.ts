// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectDialect, sqlToEr, sqlToModel } from './index';
import { clearStatementCache } from './parse';
import { declaredParents, declaredTables, modelled } from './testing';

// import.meta.dirname, not new URL(…, import.meta.url): Vite rewrites the latter to /@fs/….
const CORPUS = join(import.meta.dirname, '../../../../fixtures/corpus/sql');
const read = (name: string): string => readFileSync(join(CORPUS, name), 'utf8');

let parse: (diagram: string) => Promise<unknown>;

beforeAll(async () => {
  const { default: mermaid } = await import('mermaid');
  mermaid.initialize({ startOnLoad: false });
  parse = (diagram) => mermaid.parse(diagram);
});

/**
 * Microsoft's own sample schemas (fixtures/corpus/README.md). The counts were taken by hand
 * with `grep -ciE '^\s*CREATE TABLE'` and `grep -oiE '\bREFERENCES\s+["[a-z]' | wc -l`,
 * after checking that no CREATE TABLE or REFERENCES of these files sits in a comment or a
 * string (their "foreign key" comments say "Foreign key", never REFERENCES); every FOREIGN
 * KEY of them has exactly one REFERENCES, and a column's REFERENCES is a foreign key too.
 */
const SCHEMAS = [
  // ROWGUIDCOL, user-defined types, computed columns, NOT FOR REPLICATION, trailing commas,
  // keys added later by ALTER TABLE .. WITH CHECK ADD with several constraints each.
  { file: 'adventureworks-oltp-sqlserver.sql', tables: 71, foreignKeys: 90 },
  // Keys in ALTER TABLE statements that end without `;` or GO.
  { file: 'adventureworks-dw-sqlserver.sql', tables: 31, foreignKeys: 44 },
  // ALTER TABLE .. ADD CONSTRAINT .. PRIMARY KEY NONCLUSTERED (..) ON [PRIMARY].
  { file: 'northwind-sqlserver-ddl.sql', tables: 13, foreignKeys: 13 },
  // Column-level PRIMARY KEY CLUSTERED, CHECK and REFERENCES, sp_addtype types.
  { file: 'pubs-sqlserver-ddl.sql', tables: 11, foreignKeys: 10 },
  // Temporal tables, DEFAULT (NEXT VALUE FOR ..), inline INDEX, MASKED WITH, computed JSON.
  { file: 'wide-world-importers-sqlserver-tables.sql', tables: 54, foreignKeys: 98 },
];

describe("Microsoft's SQL Server sample schemas as ER diagrams", () => {
  for (const { file, tables, foreignKeys } of SCHEMAS) {
    it(`${file}: all ${tables} tables and ${foreignKeys} foreign keys`, async () => {
      const sql = read(file);
      expect(detectDialect(sql)).toBe('transactsql');
      expect(declaredTables(sql)).toHaveLength(tables);
      expect(declaredParents(sql)).toHaveLength(foreignKeys);

      const model = sqlToModel(sql);
      expect(model.errors).toEqual([]);
      expect(modelled(model)).toEqual({
        tables: declaredTables(sql),
        parents: declaredParents(sql),
      });
      clearStatementCache();
      const result = sqlToEr(sql);
      expect(result).toMatchObject({ tables, relationships: foreignKeys, errors: [] });
      await expect(parse(result.diagram)).resolves.toBeTruthy();
    });
  }

  it('AdventureWorks keeps keys added later, user-defined and computed types, 1:1 links', () => {
    const { diagram, skipped } = sqlToEr(read('adventureworks-oltp-sqlserver.sql'));
    const lines = diagram.split('\n').map((l) => l.trim());
    expect(lines).toEqual(
      expect.arrayContaining([
        'Person ||--o| Employee : "BusinessEntityID"',
        'StateProvince ||--o{ Address : "StateProvinceID"',
        'Product |o--o{ BillOfMaterials : "ProductAssemblyID"',
        'int AddressID PK',
        'name Name UK',
        'computed SalesOrderNumber UK',
        'computed LineTotal',
        'uniqueidentifier rowguid UK',
        'hierarchyid OrganizationNode',
      ]),
    );
    expect(skipped).toEqual(
      expect.arrayContaining([
        { kind: 'CREATE TYPE', count: 6 },
        { kind: 'EXECUTE', count: 539 },
        { kind: 'BULK', count: 68 },
      ]),
    );
  });

  it('pubs and Northwind keep their keys, inline or added by ALTER TABLE', () => {
    const pubs = sqlToEr(read('pubs-sqlserver-ddl.sql')).diagram;
    expect(pubs).toContain('publishers ||--o| pub_info : "pub_id"');
    expect(pubs).toContain('id au_id PK');
    const northwind = sqlToEr(read('northwind-sqlserver-ddl.sql')).diagram;
    expect(northwind).toContain('int RegionID PK');
    expect(northwind).toContain('Region ||--o{ Territories : "RegionID"');
  });
});
