import { describe, expect, it } from 'vitest';
import { sectionMarkdown } from '../../document/markdown/toMarkdown';
import { headingDepths, tableCells } from '../../test/markdown';
import { disasterRecovery as section } from './model';
import { example } from './example';

const NOT_SPECIFIED = '_Not yet specified._';

/** The cells of every table in the Markdown, in order. */
function allTables(markdown: string): string[][][] {
  return markdown
    .split(/(?=^### )/m)
    .map((part) => tableCells(part))
    .filter((cells) => cells.length > 0);
}

describe('11. Disaster Recovery: Markdown', () => {
  it('keeps the section and subsection headings when empty', () => {
    expect(sectionMarkdown(section, section.empty())).toBe(
      [
        '## 11. Disaster Recovery',
        '### 11.1 Backup Strategy',
        NOT_SPECIFIED,
        '### 11.2 Failure Scenarios',
        NOT_SPECIFIED,
      ].join('\n\n'),
    );
  });

  it('renders the backups and failure scenarios as tables, RTO and RPO as a list', () => {
    const markdown = sectionMarkdown(section, example());
    expect(headingDepths(markdown)).toEqual([2, 3, 3]);
    const [backups, scenarios] = allTables(markdown);
    expect(backups).toEqual([
      ['What', 'Frequency', 'Retention'],
      ['User DB and Product DB (PostgreSQL 16)', expect.stringContaining('Daily'), '35 days'],
      [
        expect.stringContaining('cross-region'),
        expect.stringContaining('Continuous'),
        expect.any(String),
      ],
      ['PostgreSQL write-ahead log (WAL)', 'Continuous archiving to S3', expect.any(String)],
      ['Domain events (Kafka topics)', expect.stringContaining('Continuous'), '7 days'],
      ['Kubernetes manifests and configuration', expect.any(String), 'Full Git history'],
    ]);
    expect(markdown).toContain(
      '- **Recovery time objective (RTO):** 30 minutes\n- **Recovery point objective (RPO):** 15 minutes',
    );
    expect(scenarios?.map((row) => row[0])).toEqual([
      'Scenario',
      'Single component failure',
      'Data center (availability zone) failure',
      'Regional outage',
      'Data corruption',
    ]);
    expect(scenarios?.[0]).toEqual(['Scenario', 'Impact', 'Response']);
    expect(scenarios?.slice(1).every((row) => row[1] !== '' && row[2] !== '')).toBe(true);
    expect(markdown.indexOf('### 11.2')).toBeLessThan(markdown.indexOf('| Scenario |'));
  });

  it('shows RTO alone, and escapes pipes and newlines in scenario cells', () => {
    const data = section.empty();
    data.rto = '4 hours';
    data.failureScenarios.push({ id: 's1', scenario: 'A | B', impact: 'one\ntwo', response: '' });
    const markdown = sectionMarkdown(section, data);
    expect(markdown).toContain(
      '### 11.1 Backup Strategy\n\n- **Recovery time objective (RTO):** 4 hours\n\n###',
    );
    expect(markdown).not.toContain('RPO');
    expect(tableCells(markdown)).toEqual([
      ['Scenario', 'Impact', 'Response'],
      ['A | B', 'one\ntwo', ''],
    ]);
  });
});

describe('11. Disaster Recovery: schema', () => {
  it('accepts the example and the empty value', () => {
    expect(section.schema.safeParse(example()).success).toBe(true);
    expect(section.schema.safeParse(section.empty()).success).toBe(true);
  });

  it('fills fields missing from an older document', () => {
    expect(section.schema.parse({ rto: '1 hour' })).toEqual({ ...section.empty(), rto: '1 hour' });
  });

  it('rejects malformed data', () => {
    expect(section.schema.safeParse({ rto: 60 }).success).toBe(false);
    expect(section.schema.safeParse({ backups: [{ what: 'DB' }] }).success).toBe(false);
    expect(section.schema.safeParse({ backups: 'daily' }).success).toBe(false);
    const scenario = { id: 's1', scenario: 'x', impact: ['a'], response: '' };
    expect(section.schema.safeParse({ failureScenarios: [scenario] }).success).toBe(false);
  });
});

describe('11.2 with the component a scenario is about', () => {
  it('adds the Component column only when a scenario names one', () => {
    const data = section.empty();
    data.failureScenarios.push({ id: 's1', scenario: 'DB down', impact: 'x', response: 'y' });
    expect(tableCells(sectionMarkdown(section, data))[0]).toEqual([
      'Scenario',
      'Impact',
      'Response',
    ]);
    const named = {
      ...data,
      failureScenarios: [{ ...data.failureScenarios[0]!, component: 'Orders DB' }],
    };
    expect(tableCells(sectionMarkdown(section, named))).toEqual([
      ['Scenario', 'Impact', 'Response', 'Component'],
      ['DB down', 'x', 'y', 'Orders DB'],
    ]);
  });
});
