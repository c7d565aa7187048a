import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sqlToEr, sqlToModel, type ErForeignKey } from './index';
import { declaredParents, declaredTables, modelled } from './testing';

const CORPUS = join(import.meta.dirname, '../../../../fixtures/corpus/sql');

/** Every foreign key of `sql` as `child(columns) -> parent(columns)`. */
function links(sql: string): string[] {
  const text = (fk: ErForeignKey): string => `${fk.refTable}(${fk.refColumns.join(', ')})`;
  return sqlToModel(sql).tables.flatMap((t) =>
    t.foreignKeys.map((fk) => `${t.name}(${fk.columns.join(', ')}) -> ${text(fk)}`),
  );
}

const CUSTOMERS = 'CREATE TABLE customers (id int PRIMARY KEY, name text);';

describe('REFERENCES a table without a column list (its primary key)', () => {
  it('PostgreSQL, on a column: the relationship targets the primary key', () => {
    const sql = `${CUSTOMERS}
      CREATE TABLE orders (id int PRIMARY KEY, customer_id int NOT NULL REFERENCES customers,
        payer_id int REFERENCES public.customers ON DELETE SET NULL);`;
    expect(links(sql)).toEqual([
      'orders(customer_id) -> customers(id)',
      'orders(payer_id) -> customers(id)',
    ]);
    expect(sqlToEr(sql).diagram).toContain('customers ||--o{ orders : "customer_id"');
  });

  it('PostgreSQL, as a table constraint, named or not', () => {
    const sql = `${CUSTOMERS}
      CREATE TABLE orders (id int PRIMARY KEY, a int, b int,
        FOREIGN KEY (a) REFERENCES customers,
        CONSTRAINT orders_b_fkey FOREIGN KEY (b) REFERENCES customers ON DELETE CASCADE);`;
    expect(links(sql)).toEqual(['orders(a) -> customers(id)', 'orders(b) -> customers(id)']);
  });

  it('PostgreSQL, added by ALTER TABLE, as a constraint or with a new column', () => {
    const sql = `${CUSTOMERS}
      CREATE TABLE orders (id int PRIMARY KEY, customer_id int);
      ALTER TABLE orders ADD CONSTRAINT orders_customer_fkey
        FOREIGN KEY (customer_id) REFERENCES customers ON DELETE CASCADE;
      ALTER TABLE ONLY orders ADD COLUMN payer_id int REFERENCES customers;`;
    const result = sqlToEr(sql);
    expect(result).toMatchObject({ tables: 2, relationships: 2, errors: [] });
    expect(links(sql)).toEqual([
      'orders(customer_id) -> customers(id)',
      'orders(payer_id) -> customers(id)',
    ]);
  });

  it('takes a primary key declared later, composite ones too', () => {
    const sql = `CREATE TABLE line (order_id int, n int, lot_order int, lot_n int,
        FOREIGN KEY (lot_order, lot_n) REFERENCES line);
      ALTER TABLE line ADD PRIMARY KEY (order_id, n);`;
    expect(links(sql)).toEqual(['line(lot_order, lot_n) -> line(order_id, n)']);
  });

  it('still draws the relationship when the parent or its key is unknown', () => {
    const sql = `CREATE TABLE keyless (id int);
      CREATE TABLE child (a int REFERENCES keyless, b int REFERENCES elsewhere, c int);
      ALTER TABLE child ADD FOREIGN KEY (c) REFERENCES nowhere;`;
    expect(links(sql)).toEqual([
      'child(a) -> keyless()',
      'child(b) -> elsewhere()',
      'child(c) -> nowhere()',
    ]);
    expect(sqlToEr(sql)).toMatchObject({ relationships: 3, errors: [] });
  });

  it('SQL Server, on a column, as a table constraint and by ALTER TABLE .. WITH CHECK ADD', () => {
    const sql = [
      'CREATE TABLE [dbo].[Customers] ([Id] int NOT NULL,',
      '  CONSTRAINT [PK_Customers] PRIMARY KEY CLUSTERED ([Id] ASC)) ON [PRIMARY]',
      'GO',
      'CREATE TABLE [dbo].[Orders] ([Id] int NOT NULL PRIMARY KEY,',
      '  [CustomerId] int NOT NULL REFERENCES [dbo].[Customers],',
      '  [PayerId] int NULL, [ShipToId] int NULL,',
      '  CONSTRAINT [FK_Orders_Payer] FOREIGN KEY ([PayerId]) REFERENCES [dbo].[Customers])',
      'GO',
      'ALTER TABLE [dbo].[Orders] WITH CHECK ADD CONSTRAINT [FK_Orders_ShipTo]',
      '  FOREIGN KEY ([ShipToId]) REFERENCES [dbo].[Customers]',
      'GO',
    ].join('\n');
    expect(sqlToEr(sql)).toMatchObject({ tables: 2, relationships: 3, errors: [] });
    expect(links(sql)).toEqual([
      'Orders(CustomerId) -> Customers(Id)',
      'Orders(PayerId) -> Customers(Id)',
      'Orders(ShipToId) -> Customers(Id)',
    ]);
  });

  // 12 CREATE TABLE, 10 REFERENCES (grep -ci), none of them with a column list: 9 on
  // columns, one in ALTER TABLE .. ADD CONSTRAINT .. FOREIGN KEY.
  it('graphile/starter (PostgreSQL migration): all 12 tables and 10 foreign keys', () => {
    const sql = readFileSync(join(CORPUS, 'graphile-starter-postgres-migration.sql'), 'utf8');
    expect(declaredTables(sql)).toHaveLength(12);
    expect(declaredParents(sql)).toHaveLength(10);
    const model = sqlToModel(sql);
    expect(model.errors).toEqual([]);
    expect(modelled(model)).toEqual({
      tables: declaredTables(sql),
      parents: declaredParents(sql),
    });
    expect(links(sql)).toEqual(
      expect.arrayContaining([
        'sessions(user_id) -> users(id)',
        'user_secrets(user_id) -> users(id)',
        'organization_memberships(organization_id) -> organizations(id)',
      ]),
    );
    expect(sqlToEr(sql).diagram).toContain('users ||--o{ sessions : "user_id"');
  });
});
