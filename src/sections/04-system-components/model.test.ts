import { describe, expect, it } from 'vitest';
import { completeness } from '../../core/document/progress';
import { sectionMarkdown } from '../../document/markdown/toMarkdown';
import {
  findAll,
  headingDepths,
  parseMarkdown,
  tableCells,
  withoutTextAlternative,
} from '../../test/markdown';
import { systemComponents } from './model';
import { example } from './example';
import { diagramNodes } from '../../core/mermaid/nodes';

const section = systemComponents;

describe('4. System Components', () => {
  it('keeps its subsection headings with "Not yet specified." when empty', () => {
    expect(sectionMarkdown(section, section.empty())).toBe(
      [
        '## 4. System Components',
        '### 4.1 Component Diagram',
        '_Not yet specified._',
        '### 4.2 Component Descriptions',
        '_Not yet specified._',
      ].join('\n\n'),
    );
  });

  it('lists its subsections', () => {
    expect(section.subsections).toEqual([
      { number: '4.1', title: 'Component Diagram' },
      { number: '4.2', title: 'Component Descriptions' },
    ]);
  });

  it('leaves the sizing columns out of the table while no row uses them', () => {
    const data = example();
    const plain = data.components.map(
      ({ availability: _a, replicas: _r, throughput: _t, ...c }) => c,
    );
    expect(tableCells(sectionMarkdown(section, { ...data, components: plain }))[0]).toEqual([
      'Component',
      'Responsibility',
      'Technology',
    ]);
  });

  it('renders the diagram as a mermaid fence and the descriptions as a table', () => {
    const data = example();
    const markdown = sectionMarkdown(section, data);
    const tree = parseMarkdown(markdown);
    expect(headingDepths(markdown)).toEqual([2, 3, 3]);
    expect(markdown).toContain('### 4.1 Component Diagram\n\n```mermaid\ngraph TB\n');
    expect(markdown).toContain('### 4.2 Component Descriptions');
    const code = findAll(tree, 'code');
    expect(code).toHaveLength(1);
    expect(code[0]?.lang).toBe('mermaid');
    // The diagram as written, with its text alternative taken from the section.
    expect(code[0]?.value).toBe(
      data.diagram.replace(
        'graph TB\n',
        'graph TB\n    accTitle: 4.1 Component Diagram\n    accDescr: Components: Web Client, Load Balancer, API Gateway, Auth Service, User Service, Product Service, User DB, Product DB, Cache\n',
      ),
    );

    const cells = tableCells(markdown);
    expect(cells[0]).toEqual([
      'Component',
      'Responsibility',
      'Technology',
      'Availability (%)',
      'Replicas',
      'Requests/s per instance',
    ]);
    expect(cells[3]?.slice(3)).toEqual(['99.9', '', '2,000']);
    expect(cells.slice(1).map((r) => [r[0], r[2]])).toEqual([
      ['Web Client', 'React 19 + TypeScript'],
      ['Load Balancer', 'AWS ALB'],
      ['API Gateway', 'Kong'],
      ['Auth Service', 'Node.js 22 + TypeScript (Fastify)'],
      ['User Service', 'Node.js 22 + TypeScript (Fastify)'],
      ['Product Service', 'Node.js 22 + TypeScript (Fastify)'],
      ['User DB', 'PostgreSQL 16'],
      ['Product DB', 'PostgreSQL 16'],
      ['Cache', 'Redis 7'],
    ]);
  });

  it('describes every node of the example diagram, named as its label', () => {
    const { diagram, components } = example();
    const labels = diagramNodes(diagram).map((n) => n.label);
    expect(labels).toHaveLength(9);
    expect(components.map((c) => c.component).sort()).toEqual([...labels].sort());
    expect(components.every((c) => c.responsibility.trim() !== '')).toBe(true);
  });

  it('keeps a diagram containing backticks inside its fence', () => {
    const data = section.empty();
    data.diagram = 'graph LR\n  A["```"] --> B';
    const code = findAll(parseMarkdown(sectionMarkdown(section, data)), 'code');
    expect(withoutTextAlternative(code[0]?.value ?? '')).toBe(data.diagram);
    expect(sectionMarkdown(section, data)).toContain('### 4.2 Component Descriptions');
  });

  it('reads as empty when fresh and complete with the example', () => {
    expect(completeness(section.empty()).state).toBe('empty');
    expect(completeness(example()).state).toBe('complete');
  });

  it('accepts the example and rejects malformed data', () => {
    const { schema } = section;
    expect(schema.safeParse(example()).success).toBe(true);
    expect(schema.parse({})).toEqual(section.empty());
    expect(schema.safeParse({ diagram: ['graph TB'] }).success).toBe(false);
    expect(schema.safeParse({ components: [{ component: 'Cache' }] }).success).toBe(false);
    expect(
      schema.safeParse({ components: [{ id: 'c1', component: 'Cache', technology: null }] })
        .success,
    ).toBe(false);
  });
});
