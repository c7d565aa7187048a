import { describe, expect, it } from 'vitest';
import { sectionMarkdown } from '../../document/markdown/toMarkdown';
import { fences, headings, withoutTextAlternative } from '../../test/markdown';
import { dataArchitecture } from './model';
import { example } from './example';

describe('5. Data Architecture', () => {
  it('keeps every subsection heading with "Not yet specified." when empty', () => {
    expect(sectionMarkdown(dataArchitecture, dataArchitecture.empty())).toBe(
      [
        '## 5. Data Architecture',
        '### 5.1 Data Model',
        '_Not yet specified._',
        '### 5.2 Database Design',
        '_Not yet specified._',
      ].join('\n\n'),
    );
  });

  it('lists its subsections for the navigator', () => {
    expect(dataArchitecture.subsections).toEqual([
      { number: '5.1', title: 'Data Model' },
      { number: '5.2', title: 'Database Design' },
    ]);
  });

  it('renders the example as a mermaid diagram, the strategy and a sql block', () => {
    const data = example();
    const markdown = sectionMarkdown(dataArchitecture, data);
    expect(headings(markdown)).toEqual([
      '5. Data Architecture',
      '5.1 Data Model',
      '5.2 Database Design',
    ]);
    const [diagram, sql] = fences(markdown);
    expect(diagram?.lang).toBe('mermaid');
    expect(withoutTextAlternative(diagram?.value ?? '')).toBe(data.dataFlowDiagram);
    expect(diagram?.value).toContain('accTitle: 5.1 Data Model: data flow diagram');
    expect(sql).toEqual({ lang: 'sql', value: data.databaseSchema });
    expect(markdown).toContain('**Data flow diagram**\n\n```mermaid\n');
    expect(markdown).toContain('**Data storage strategy**');
    expect(markdown.indexOf('### 5.2')).toBeGreaterThan(markdown.indexOf('**User DB**'));
  });

  it('fills the example with the template tables and a foreign key', () => {
    const { dataFlowDiagram, databaseSchema } = example();
    expect(dataFlowDiagram).toMatch(/^flowchart /);
    for (const node of ['API Gateway', 'User Service', 'Product Service', 'User DB', 'Cache'])
      expect(dataFlowDiagram).toContain(node);
    for (const table of ['users', 'products', 'user_addresses', 'product_reviews'])
      expect(databaseSchema).toContain(`CREATE TABLE ${table} (`);
    expect(databaseSchema).toMatch(/REFERENCES users \(id\)/);
  });

  it('renders a subsection that has only some of its fields', () => {
    const markdown = sectionMarkdown(dataArchitecture, {
      ...dataArchitecture.empty(),
      databaseSchema: 'CREATE TABLE t (id INT);',
    });
    expect(markdown).toContain('### 5.1 Data Model\n\n_Not yet specified._');
    expect(fences(markdown)).toEqual([{ lang: 'sql', value: 'CREATE TABLE t (id INT);' }]);
  });

  it('picks a fence longer than any backtick run in the code', () => {
    const sql = '-- ```not a fence```\nCREATE TABLE t (id INT);';
    const markdown = sectionMarkdown(dataArchitecture, {
      ...dataArchitecture.empty(),
      databaseSchema: sql,
    });
    expect(markdown).toContain('````sql\n');
    expect(fences(markdown)).toEqual([{ lang: 'sql', value: sql }]);
  });

  it('accepts the example, fills missing fields and rejects wrong types', () => {
    const { schema } = dataArchitecture;
    expect(schema.safeParse(example()).success).toBe(true);
    expect(schema.parse({})).toEqual(dataArchitecture.empty());
    expect(schema.safeParse({ databaseSchema: 42 }).success).toBe(false);
    expect(schema.safeParse({ dataFlowDiagram: ['graph TB'] }).success).toBe(false);
  });
});

describe('5.2 with its ER diagram', () => {
  it('draws the tables read from the SQL above the SQL, and keeps the last good one while it is broken', async () => {
    const data = example();
    const derived = await dataArchitecture.derive!(data, undefined);
    expect(derived).toMatchObject({ tables: 4, relationships: 2, stale: false });
    const markdown = sectionMarkdown(dataArchitecture, data, derived);
    const [, er, sql] = fences(markdown);
    expect(er?.lang).toBe('mermaid');
    expect(er?.value).toMatch(/^erDiagram\n/);
    expect(er?.value).toContain('accTitle: 5.2 Database Design: entity-relationship diagram');
    expect(sql?.lang).toBe('sql');

    const broken = { ...data, databaseSchema: 'CREATE TABLE (' };
    const kept = await dataArchitecture.derive!(broken, derived);
    expect(kept.stale).toBe(true);
    expect(kept.diagram).toBe(derived.diagram);
    expect(kept.er.errors[0]?.line).toBe(1);
  });
});
