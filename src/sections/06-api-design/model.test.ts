import { describe, expect, it } from 'vitest';
import { sectionMarkdown } from '../../document/markdown/toMarkdown';
import { fences, headings, tableCells } from '../../test/markdown';
import { apiDesign } from './model';
import { example } from './example';

describe('6. API Design', () => {
  it('keeps its subsection heading with "Not yet specified." when empty', () => {
    expect(sectionMarkdown(apiDesign, apiDesign.empty())).toBe(
      ['## 6. API Design', '### 6.1 API Specification', '_Not yet specified._'].join('\n\n'),
    );
    expect(apiDesign.subsections).toEqual([{ number: '6.1', title: 'API Specification' }]);
  });

  it('renders the specification as a yaml block', () => {
    const data = example();
    const markdown = sectionMarkdown(apiDesign, data);
    expect(headings(markdown)).toEqual(['6. API Design', '6.1 API Specification']);
    expect(fences(markdown)).toEqual([{ lang: 'yaml', value: data.openApi }]);
  });

  it('fills the example with a complete OpenAPI 3.0.3 document', () => {
    const { openApi } = example();
    expect(openApi).toMatch(/^openapi: 3\.0\.3\n/);
    for (const line of [
      '\n  /users:\n    get:',
      '\n  /users/{id}:\n',
      '\n    patch:\n',
      '\n    delete:\n',
      '\n  /products:\n    get:',
      '\n    User:\n',
      '\n    Product:\n',
      '\n      bearerFormat: JWT\n',
      '\n      name: page\n',
    ])
      expect(openApi).toContain(line);
    // Every local reference points at a component the document defines.
    const components = openApi.slice(openApi.indexOf('\ncomponents:\n'));
    for (const [, kind, name] of openApi.matchAll(/\$ref: '#\/components\/(\w+)\/(\w+)'/g))
      expect(components).toMatch(new RegExp(`\\n  ${kind}:\\n(?:    .*\\n)*?    ${name}:\\n`));
  });

  it('keeps a spec that contains backticks inside its fence', () => {
    const openApi = 'openapi: 3.0.3\ninfo:\n  description: "Use ```json``` bodies"';
    const markdown = sectionMarkdown(apiDesign, { openApi });
    expect(fences(markdown)).toEqual([{ lang: 'yaml', value: openApi }]);
  });

  it('accepts the example, fills a missing field and rejects wrong types', () => {
    expect(apiDesign.schema.safeParse(example()).success).toBe(true);
    expect(apiDesign.schema.parse({})).toEqual(apiDesign.empty());
    expect(apiDesign.schema.safeParse({ openApi: { openapi: '3.0.3' } }).success).toBe(false);
    expect(apiDesign.schema.safeParse(null).success).toBe(false);
  });
});

describe('6. API Design with its analysis', () => {
  it('lists the endpoints above the specification, and keeps them while the YAML is broken', async () => {
    const data = example();
    const derived = await apiDesign.derive!(data, undefined);
    expect(derived.stale).toBe(false);
    const markdown = sectionMarkdown(apiDesign, data, derived);
    const cells = tableCells(markdown);
    expect(cells[0]).toEqual(['Method', 'Path', 'Summary', 'Tags']);
    expect(cells.slice(1).map((r) => `${r[0]} ${r[1]}`)).toContain('GET /users');
    expect(markdown.indexOf('**Endpoints**')).toBeLessThan(markdown.indexOf('```yaml'));

    const broken = { openApi: `${data.openApi}\n  bad: [unclosed` };
    const kept = await apiDesign.derive!(broken, derived);
    expect(kept.stale).toBe(true);
    expect(kept.endpoints).toEqual(derived.endpoints);
    expect(kept.analysis.problems[0]?.line).toBeGreaterThan(1);
  });
});
