import { describe, expect, it } from 'vitest';
import { findAll, outline, parseMarkdown, tableCells } from '../../test/markdown';
import { decisionLogMarkdown } from './decisions';
import { example } from './example';
import { headingAnchor, slug, uniqueAnchors } from './slug';
import { setSupersededBy } from './supersede';
import { decision } from './testing';

const linkUrls = (markdown: string) => findAll(parseMarkdown(markdown), 'link').map((l) => l.url);

describe('the decision log in Markdown', () => {
  it('indexes every record, linking each number to its heading', () => {
    const markdown = decisionLogMarkdown(example().decisions);
    const index = tableCells(markdown);
    expect(index.map((r) => r[0])).toEqual([
      'Number',
      'ADR-0001',
      'ADR-0002',
      'ADR-0003',
      'ADR-0004',
      'ADR-0005',
    ]);
    const anchors = outline(markdown).map((h) => `#${headingAnchor(h.text)}`);
    expect(linkUrls(markdown.slice(0, markdown.indexOf('####'))).slice(0, 5)).toEqual([
      anchors[0],
      anchors[1],
      '#adr-0003-a-postgresql-database-per-service',
      anchors[2],
      anchors[3],
    ]);
    expect(anchors[2]).toBe('#adr-0003-a-postgresql-database-per-service');
  });

  it('links superseded records both ways, to the other heading’s anchor', () => {
    const decisions = example().decisions;
    const linked = setSupersededBy(decisions, decisions[3]?.id ?? '', '0005');
    const markdown = decisionLogMarkdown(linked);
    const record = (n: string) =>
      markdown.slice(markdown.indexOf(`#### ADR-${n}`)).split('####')[1];
    expect(record('0004')).toContain('- **Status:** Superseded');
    expect(record('0004')).toContain(
      '- **Superseded by:** [ADR-0005](#adr-0005-jwt-access-tokens-issued-by-the-auth-service)',
    );
    expect(record('0005')).toContain(
      '- **Supersedes:** [ADR-0004](#adr-0004-apache-kafka-for-domain-events)',
    );
    expect(tableCells(markdown)[4]?.[4]).toBe('ADR-0005');
  });

  it('sets a link to a number not in the log as plain text', () => {
    const markdown = decisionLogMarkdown([
      decision({ number: '1', title: 'A', supersededBy: '9', status: 'Superseded' }),
    ]);
    expect(markdown).toContain('- **Superseded by:** ADR-0009');
    expect(linkUrls(markdown)).toEqual(['#adr-0001-a']);
  });

  it('lists the considered options and names the outcome', () => {
    const markdown = decisionLogMarkdown(example().decisions);
    expect(markdown).toContain(
      '**Considered options**\n\n- Synchronous REST calls between services\n- Apache Kafka for domain events\n- Amazon SQS/SNS',
    );
    expect(markdown).toContain('**Decision outcome**\n\nServices publish domain events');
  });
});

describe('anchors and slugs', () => {
  it.each([
    ['ADR-0003: A PostgreSQL database per service', 'adr-0003-a-postgresql-database-per-service'],
    ['ADR-0007: Use `Redis` for *sessions*', 'adr-0007-use-redis-for-sessions'],
    ['ADR-0008: Café & crème — 2 ways', 'adr-0008-café--crème--2-ways'],
    ['ADR-0009: snake_case and _emphasis_', 'adr-0009-snake_case-and-emphasis'],
    ['ADR-0010: [Link](https://x.example) text', 'adr-0010-link-text'],
  ])('%j has the anchor GitHub gives it', (heading, anchor) => {
    expect(headingAnchor(heading)).toBe(anchor);
  });

  it('numbers repeated anchors as GitHub does', () => {
    expect(uniqueAnchors(['A', 'A', 'A-1', 'A'])).toEqual(['a', 'a-1', 'a-1-1', 'a-2']);
  });

  it('makes file names from titles', () => {
    expect(slug('A PostgreSQL database per service')).toBe('a-postgresql-database-per-service');
    expect(slug('Café: Über & “quotes”!')).toBe('cafe-uber-quotes');
    expect(slug('  ')).toBe('decision');
    expect(slug('x'.repeat(100))).toHaveLength(60);
  });
});
