import { describe, expect, it } from 'vitest';
import { completeness } from '../../core/document/progress';
import { sectionMarkdown } from '../../document/markdown/toMarkdown';
import { headingDepths, tableCells } from '../../test/markdown';
import { systemOverview } from './model';
import { example } from './example';

const afterHeading = (markdown: string, heading: string) =>
  markdown.slice(markdown.indexOf(heading));

describe('2. System Overview', () => {
  it('keeps its subsection headings with "Not yet specified." when empty', () => {
    expect(sectionMarkdown(systemOverview, systemOverview.empty())).toBe(
      [
        '## 2. System Overview',
        '### 2.1 Business Context',
        '_Not yet specified._',
        '### 2.2 Technical Context',
        '_Not yet specified._',
      ].join('\n\n'),
    );
  });

  it('lists its subsections', () => {
    expect(systemOverview.subsections).toEqual([
      { number: '2.1', title: 'Business Context' },
      { number: '2.2', title: 'Technical Context' },
    ]);
  });

  it('renders the example with captions, lists and both tables', () => {
    const markdown = sectionMarkdown(systemOverview, example());
    expect(headingDepths(markdown)).toEqual([2, 3, 3]);
    expect(markdown).toContain('### 2.1 Business Context');
    expect(markdown).toContain('### 2.2 Technical Context');
    for (const caption of [
      'Business goals and objectives',
      'Key stakeholders',
      'Success criteria',
      'System boundaries',
      'External interfaces',
      'Integration points',
    ]) {
      expect(markdown).toContain(`**${caption}**`);
    }
    expect(markdown).toContain('- Serve 10,000 requests per second');
    expect(markdown).toContain('**Inside the system:**');

    expect(tableCells(markdown)).toEqual([
      ['Name', 'Role', 'Interest'],
      ['Dana Kowalski', 'Lead Architect', expect.stringContaining('target architecture')],
      ['Ravi Menon', 'Platform Engineering', expect.stringContaining('EKS')],
      ['Helena Brandt', 'Head of E-commerce', expect.any(String)],
      ['Marcus Okafor', 'Information Security Officer', expect.stringContaining('GDPR')],
      ['Customer Support', 'Internal users', expect.any(String)],
    ]);
    const interfaces = tableCells(afterHeading(markdown, '### 2.2'));
    expect(interfaces[0]).toEqual(['Interface', 'Protocol', 'Direction', 'Description']);
    expect(interfaces.slice(1).map((r) => [r[0], r[2]])).toEqual([
      ['Partner Catalogue API', 'Inbound'],
      ['ERP stock and price feed', 'Inbound'],
      ['Payment provider', 'Bidirectional'],
      ['Transactional email', 'Outbound'],
      ['Partner identity providers', 'Outbound'],
    ]);
  });

  it('says "Not yet specified." only under the empty subsection', () => {
    const data = systemOverview.empty();
    data.goals.push({ id: 'g1', text: 'Sell more' });
    expect(sectionMarkdown(systemOverview, data)).toBe(
      [
        '## 2. System Overview',
        '### 2.1 Business Context',
        '**Business goals and objectives**',
        '- Sell more',
        '### 2.2 Technical Context',
        '_Not yet specified._',
      ].join('\n\n'),
    );
  });

  it('leaves out an interface row that holds nothing but its default direction', () => {
    const data = systemOverview.empty();
    data.externalInterfaces.push(
      { id: 'i1', name: '', protocol: '', direction: 'Inbound', description: '' },
      { id: 'i2', name: 'A | B', protocol: 'gRPC', direction: 'Outbound', description: 'x\ny' },
    );
    expect(tableCells(sectionMarkdown(systemOverview, data))).toEqual([
      ['Interface', 'Protocol', 'Direction', 'Description'],
      ['A | B', 'gRPC', 'Outbound', 'x\ny'],
    ]);
  });

  it('reads as empty when fresh and complete with the example', () => {
    expect(completeness(systemOverview.empty()).state).toBe('empty');
    expect(completeness(example()).state).toBe('complete');
  });

  it('accepts the example and rejects malformed data', () => {
    const { schema } = systemOverview;
    expect(schema.safeParse(example()).success).toBe(true);
    expect(schema.parse({})).toEqual(systemOverview.empty());
    const row = { id: 'i1', name: 'x', protocol: 'y', description: '' };
    expect(
      schema.safeParse({ externalInterfaces: [{ ...row, direction: 'Sideways' }] }).success,
    ).toBe(false);
    expect(schema.safeParse({ goals: ['a plain string'] }).success).toBe(false);
    expect(schema.safeParse({ stakeholders: [{ name: 'no id' }] }).success).toBe(false);
    expect(schema.safeParse({ systemBoundaries: 42 }).success).toBe(false);
  });
});
