import { describe, expect, it } from 'vitest';
import { sectionMarkdown } from '../../document/markdown/toMarkdown';
import { findAll, headings, outline, parseMarkdown, tableCells } from '../../test/markdown';
import { adrId, nextAdrNumber } from './decisions';
import { appendices, type Appendices, type Decision } from './model';
import { example } from './example';
import { decision } from './testing';

const only = (patch: Partial<Appendices>): Appendices => ({ ...appendices.empty(), ...patch });

describe('15. Appendices', () => {
  it('keeps its heading and A, B, C with "Not yet specified." when empty', () => {
    expect(sectionMarkdown(appendices, appendices.empty())).toBe(
      [
        '## 15. Appendices',
        '### A. Glossary',
        '_Not yet specified._',
        '### B. References',
        '_Not yet specified._',
        '### C. Decision Log',
        '_Not yet specified._',
      ].join('\n\n'),
    );
  });

  it('renders the example: glossary table, reference links, decision index and records', () => {
    const markdown = sectionMarkdown(appendices, example());
    const found = outline(markdown);
    expect(found.slice(0, 4)).toEqual([
      { depth: 2, text: '15. Appendices' },
      { depth: 3, text: 'A. Glossary' },
      { depth: 3, text: 'B. References' },
      { depth: 3, text: 'C. Decision Log' },
    ]);
    expect(found.slice(4).map((h) => `${h.depth} ${h.text}`)).toEqual([
      '4 ADR-0001: Microservices split by business capability',
      '4 ADR-0002: One shared PostgreSQL database with a schema per service',
      '4 ADR-0003: A PostgreSQL database per service',
      '4 ADR-0004: Apache Kafka for domain events',
      '4 ADR-0005: JWT access tokens issued by the Auth Service',
    ]);

    const glossary = tableCells(markdown);
    expect(glossary[0]).toEqual(['Term', 'Definition']);
    expect(glossary.map((r) => r[0])).toEqual(
      expect.arrayContaining(['ADR', 'RTO', 'RPO', 'SLA', 'HPA', 'JWT', 'RBAC', 'p95']),
    );
    expect(glossary.length).toBeGreaterThan(8);

    const links = findAll(parseMarkdown(markdown), 'link');
    expect(links.map((l) => l.url)).toContain('https://c4model.com/');
    // References go out to the web; the decision log links only to its own headings.
    expect(links.every((l) => /^(https:\/\/|#adr-)/.test(l.url))).toBe(true);

    const index = tableCells(markdown.slice(markdown.indexOf('### C. Decision Log')));
    expect(index[0]).toEqual(['Number', 'Title', 'Status', 'Date', 'Superseded by']);
    expect(index[2]).toEqual([
      'ADR-0002',
      'One shared PostgreSQL database with a schema per service',
      'Superseded',
      '2025-01-20',
      'ADR-0003',
    ]);
    expect(markdown).toContain(
      [
        '- **Status:** Superseded',
        '- **Date:** 2025-01-20',
        '- **Deciders:** Dana Kowalski',
        '- **Superseded by:** [ADR-0003](#adr-0003-a-postgresql-database-per-service)',
      ].join('\n'),
    );
  });

  it('lays out one decision record with its facts and texts', () => {
    const markdown = appendices.toMarkdown(
      only({
        decisions: [
          decision({
            number: '7',
            title: 'Use Redis',
            status: 'Accepted',
            date: '2025-04-01',
            context: 'Slow reads.\n\n```sql\nselect 1;',
            decision: 'Cache | everything',
          }),
        ],
      }),
    );
    expect(markdown).toContain(
      [
        '#### ADR-0007: Use Redis',
        '- **Status:** Accepted\n- **Date:** 2025-04-01',
        '**Context**',
        'Slow reads.\n\n```sql\nselect 1;\n```',
        '**Decision outcome**',
        'Cache | everything',
      ].join('\n\n'),
    );
    expect(markdown).not.toContain('**Consequences**');
    expect(tableCells(markdown.slice(markdown.indexOf('| Number')))[1]).toEqual([
      'ADR-0007',
      'Use Redis',
      'Accepted',
      '2025-04-01',
      '',
    ]);
  });

  it('leaves out blank rows, and names a decision without number or title', () => {
    const markdown = appendices.toMarkdown(
      only({
        glossary: [{ id: 'g1', term: ' ', definition: '' }],
        references: [{ id: 'r1', title: '', url: '' }],
        decisions: [decision({}), decision({ id: 'd2', context: 'Why' })],
      }),
    );
    expect(markdown).toContain('### A. Glossary\n\n_Not yet specified._');
    expect(markdown).toContain('### B. References\n\n_Not yet specified._');
    expect(headings(markdown)).toContain('Untitled decision');
  });

  it('links only safe reference URLs', () => {
    const markdown = appendices.toMarkdown(
      only({
        references: [
          { id: 'r1', title: 'Good', url: 'https://kubernetes.io/docs/' },
          { id: 'r2', title: 'Bad', url: ' JaVaScRiPt:alert(1)' },
          { id: 'r3', title: 'Mail', url: 'mailto:arch@shopstream.example' },
        ],
      }),
    );
    expect(markdown).toContain(
      '- [Good](https://kubernetes.io/docs/)\n- Bad\n- [Mail](mailto:arch@shopstream.example)',
    );
    expect(findAll(parseMarkdown(markdown), 'link').map((l) => l.url)).toEqual([
      'https://kubernetes.io/docs/',
      'mailto:arch@shopstream.example',
    ]);
  });

  it('accepts the example and rejects malformed data', () => {
    expect(appendices.schema.safeParse(example()).success).toBe(true);
    expect(appendices.schema.parse({})).toEqual(appendices.empty());
    const bad = (patch: object) =>
      appendices.schema.safeParse({ ...appendices.empty(), ...patch }).success;
    expect(bad({ decisions: [decision({ status: 'Maybe' as Decision['status'] })] })).toBe(false);
    expect(bad({ decisions: [{ ...decision({}), id: undefined }] })).toBe(false);
    expect(bad({ glossary: [{ id: 'g1', term: 'ADR', definition: 42 }] })).toBe(false);
    expect(bad({ references: 'https://c4model.com/' })).toBe(false);
  });
});

describe('ADR numbers', () => {
  it.each([
    ['1', 'ADR-0001'],
    ['0001', 'ADR-0001'],
    ['ADR-12', 'ADR-0012'],
    ['adr 0003', 'ADR-0003'],
    ['12345', 'ADR-12345'],
    ['auth-1', 'ADR-auth-1'],
    ['  ', ''],
  ])('reads %j as %j', (number, id) => {
    expect(adrId(number)).toBe(id);
  });

  it('numbers a new decision one past the highest', () => {
    expect(nextAdrNumber([])).toBe('0001');
    expect(nextAdrNumber([{ number: '0001' }, { number: 'ADR-7' }, { number: 'x' }])).toBe('0008');
  });
});
