import { describe, expect, it } from 'vitest';
import { completeness } from '../../core/document/progress';
import { sectionMarkdown } from '../../document/markdown/toMarkdown';
import { findAll, headingDepths, parseMarkdown, tableCells } from '../../test/markdown';
import { adoptIntoStack, architecturalDecisions, type StackRow } from './model';
import { example } from './example';

const section = architecturalDecisions;

describe('3. Architectural Decisions', () => {
  it('keeps its subsection headings with "Not yet specified." when empty', () => {
    expect(sectionMarkdown(section, section.empty())).toBe(
      [
        '## 3. Architectural Decisions',
        '### 3.1 Architectural Style',
        '_Not yet specified._',
        '### 3.2 Technology Stack',
        '_Not yet specified._',
      ].join('\n\n'),
    );
  });

  it('lists its subsections', () => {
    expect(section.subsections).toEqual([
      { number: '3.1', title: 'Architectural Style' },
      { number: '3.2', title: 'Technology Stack' },
    ]);
  });

  it('renders the example: pattern, rationale, trade-offs, the stack table and its comparison', () => {
    const markdown = sectionMarkdown(section, example());
    // The comparison sits under 3.2, after the stack table.
    expect(headingDepths(markdown)).toEqual([2, 3, 3, 4]);
    expect(markdown.indexOf('#### Comparison: Which database for each service?')).toBeGreaterThan(
      markdown.indexOf('| Load Balancer | AWS ALB |'),
    );
    expect(markdown).toContain('### 3.1 Architectural Style');
    expect(markdown).toContain('### 3.2 Technology Stack');
    expect(markdown).toContain('**Chosen architecture pattern:** Microservices');
    expect(markdown).toContain('**Rationale for selection**\n\nIdentity, user accounts');
    expect(markdown).toContain('**Trade-offs considered**\n\n- Operational complexity');
    // Five trade-offs, and five notes on scores in the comparison.
    expect(findAll(parseMarkdown(markdown), 'listItem')).toHaveLength(10);

    // 3.1's patterns applied, then 3.2's stack.
    const patterns = tableCells(markdown);
    expect(patterns[0]).toEqual(['Pattern', 'Applied to', 'Parameters', 'Rationale']);
    expect(patterns[1]).toEqual([
      'Circuit breaker',
      'API Gateway',
      'Failure threshold: 5\nReset timeout: 60 s',
      'Kong opens the breaker per upstream service, so one failing service does not hold every gateway worker',
    ]);
    expect(patterns).toHaveLength(1 + 5);
    const cells = tableCells(markdown.slice(markdown.indexOf('### 3.2')));
    expect(cells[0]).toEqual(['Layer', 'Technology', 'Rationale']);
    expect(cells.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ['Frontend', 'React 19 + TypeScript'],
      ['Backend', 'Node.js 22 + TypeScript (Fastify)'],
      ['Database', 'PostgreSQL 16'],
      ['Cache', 'Redis 7'],
      ['Message Queue', 'Apache Kafka'],
      ['Container', 'Kubernetes on AWS EKS'],
      ['API Gateway', 'Kong'],
      ['Load Balancer', 'AWS ALB'],
      ['Service discovery', 'Kubernetes DNS (Services)'],
    ]);
    expect(cells.slice(1).every((r) => (r[2] ?? '').length > 20)).toBe(true);
  });

  it('says "Not yet specified." under 3.1 while only the stack is filled', () => {
    const data = section.empty();
    data.technologyStack.push({ id: 't1', layer: 'Cache', technology: 'Redis | 7', rationale: '' });
    const markdown = sectionMarkdown(section, data);
    expect(markdown).toContain('### 3.1 Architectural Style\n\n_Not yet specified._');
    expect(tableCells(markdown)[1]).toEqual(['Cache', 'Redis | 7', '']);
  });

  it('closes an unclosed code fence in the rationale so it cannot swallow 3.2', () => {
    const data = example();
    data.rationale = 'See:\n```ts\nconst x = 1;';
    const markdown = sectionMarkdown(section, data);
    expect(headingDepths(markdown)).toEqual([2, 3, 3, 4]);
  });

  it('reads as empty when fresh and complete with the example', () => {
    expect(completeness(section.empty()).state).toBe('empty');
    expect(completeness(example()).state).toBe('complete');
  });

  it('accepts the example and rejects malformed data', () => {
    const { schema } = section;
    expect(schema.safeParse(example()).success).toBe(true);
    expect(schema.parse({})).toEqual(section.empty());
    expect(schema.safeParse({ pattern: 'Big ball of mud' }).success).toBe(false);
    expect(schema.safeParse({ tradeOffs: [{ text: 'no id' }] }).success).toBe(false);
    expect(
      schema.safeParse({ technologyStack: [{ id: 't1', layer: 'Cache', technology: 7 }] }).success,
    ).toBe(false);
  });
});

describe('adoptIntoStack', () => {
  const stack: StackRow[] = [
    { id: 'a', layer: 'Frontend', technology: 'React', rationale: 'r' },
    { id: 'b', layer: 'Database', technology: 'MySQL', rationale: 'old' },
  ];

  it('replaces the row of the same layer in place, keeping its id and layer', () => {
    const next = adoptIntoStack(stack, {
      layer: ' database ',
      technology: 'PostgreSQL 16',
      rationale: 'Won the comparison',
    });
    expect(next).toHaveLength(2);
    expect(next[1]).toEqual({
      id: 'b',
      layer: 'Database',
      technology: 'PostgreSQL 16',
      rationale: 'Won the comparison',
    });
    expect(stack[1]?.technology).toBe('MySQL');
  });

  it('appends a row for a new layer', () => {
    const next = adoptIntoStack(stack, { layer: 'Cache', technology: 'Redis 7', rationale: '' });
    expect(next.map((r) => r.layer)).toEqual(['Frontend', 'Database', 'Cache']);
    expect(next[2]?.id).toMatch(/^[0-9a-z]{12}$/);
  });
});
