import { describe, expect, it } from 'vitest';
import { sectionMarkdown } from '../../document/markdown/toMarkdown';
import { headingDepths, tableCells } from '../../test/markdown';
import { monitoring as section } from './model';
import { example } from './example';

const NOT_SPECIFIED = '_Not yet specified._';

describe('10. Monitoring and Observability: Markdown', () => {
  it('keeps the section and subsection headings when empty', () => {
    expect(sectionMarkdown(section, section.empty())).toBe(
      [
        '## 10. Monitoring and Observability',
        '### 10.1 Metrics',
        NOT_SPECIFIED,
        '### 10.2 Logging',
        NOT_SPECIFIED,
      ].join('\n\n'),
    );
  });

  it('renders metrics under captions, the logging facts as a list and the alert rules as a table', () => {
    const markdown = sectionMarkdown(section, example());
    expect(headingDepths(markdown)).toEqual([2, 3, 3]);
    expect(markdown).toContain('### 10.1 Metrics\n\n**Application metrics**\n\nEvery Fastify');
    for (const caption of ['Infrastructure metrics', 'Business metrics', 'Dashboards']) {
      expect(markdown).toContain(`**${caption}**\n\n`);
    }
    // The user's own Markdown list stays a list.
    expect(markdown).toContain('- Redis 7: hit ratio, memory, evictions');
    expect(markdown).toContain('- **Logging stack:** ELK');
    expect(markdown).toContain('- **Structured logging:** Structured (JSON)');
    expect(markdown).toContain('- **Log retention:** 14 days');
    expect(markdown.indexOf('### 10.2 Logging')).toBeLessThan(markdown.indexOf('**Alert rules**'));
    expect(tableCells(markdown)).toEqual([
      ['Name', 'Condition', 'Severity'],
      ['High error rate', expect.stringContaining('5xx'), 'Critical'],
      ['Availability error budget burn', expect.stringContaining('99.9 %'), 'Critical'],
      ['Slow responses', expect.stringContaining('200 ms'), 'Warning'],
      ['Replication lag', expect.stringContaining('30 s'), 'Warning'],
      ['Kafka consumer lag', expect.stringContaining('10,000'), 'Warning'],
      ['Storefront unreachable', expect.stringContaining('Synthetic checks'), 'Critical'],
      ['Pod restarts', expect.stringContaining('3 times'), 'Info'],
    ]);
  });

  it('leaves out an unchosen log format and an alert rule that is still blank', () => {
    const data = section.empty();
    data.loggingStack = 'Loki';
    data.alertRules.push(
      { id: 'a1', name: '', condition: '', severity: 'Critical' },
      { id: 'a2', name: 'Disk | full', condition: 'free < 10 %\nfor 5 min', severity: 'Info' },
    );
    const markdown = sectionMarkdown(section, data);
    expect(markdown).not.toContain('Structured logging');
    expect(tableCells(markdown)).toEqual([
      ['Name', 'Condition', 'Severity'],
      ['Disk | full', 'free < 10 %\nfor 5 min', 'Info'],
    ]);
  });

  it('says nothing about alert rules when every rule is blank', () => {
    const data = section.empty();
    data.alertRules.push({ id: 'a1', name: ' ', condition: '', severity: 'Warning' });
    expect(sectionMarkdown(section, data)).toContain(`### 10.2 Logging\n\n${NOT_SPECIFIED}`);
  });
});

describe('10. Monitoring and Observability: schema', () => {
  it('accepts the example and the empty value', () => {
    expect(section.schema.safeParse(example()).success).toBe(true);
    expect(section.schema.safeParse(section.empty()).success).toBe(true);
  });

  it('fills fields missing from an older document', () => {
    expect(section.schema.parse({})).toEqual(section.empty());
  });

  it('rejects an unknown severity, an unknown log format and rows without ids', () => {
    const rule = { id: 'a1', name: 'x', condition: 'y', severity: 'Fatal' };
    expect(section.schema.safeParse({ alertRules: [rule] }).success).toBe(false);
    expect(section.schema.safeParse({ structuredLogging: 'XML' }).success).toBe(false);
    const noId = { name: 'x', condition: 'y', severity: 'Info' };
    expect(section.schema.safeParse({ alertRules: [noId] }).success).toBe(false);
    expect(section.schema.safeParse({ dashboards: 3 }).success).toBe(false);
  });
});

describe('10.2 with the component an alert watches', () => {
  it('adds the Component column only when a rule names one', () => {
    const data = section.empty();
    data.alertRules.push({ id: 'a', name: 'Lag', condition: '> 5 s', severity: 'Warning' });
    expect(tableCells(sectionMarkdown(section, data))[0]).toEqual([
      'Name',
      'Condition',
      'Severity',
    ]);
    // Documents change immutably (the Markdown is remembered by the data object).
    const named = { ...data, alertRules: [{ ...data.alertRules[0]!, component: 'Kafka' }] };
    expect(tableCells(sectionMarkdown(section, named))[1]).toEqual([
      'Lag',
      '> 5 s',
      'Warning',
      'Kafka',
    ]);
  });
});
