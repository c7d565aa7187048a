import { describe, expect, it } from 'vitest';
import { sectionMarkdown } from '../../../document/markdown/toMarkdown';
import { fences, headingDepths, outline, tableCells } from '../../../test/markdown';
import { example } from '../example';
import { architecturalDecisions } from '../model';
import { newComparison } from './edit';
import { comparisonOf } from './fixtures';
import { comparisonMarkdown, comparisonsMarkdown } from './markdown';

const CRITERIA = [
  ['Performance', 1],
  ['Scalability', 1],
  ['Cost', 2],
] as const;

describe('stack comparisons in the Markdown', () => {
  it('leaves out a comparison nobody has started; 3.2 still says "Not yet specified."', () => {
    expect(comparisonsMarkdown([newComparison()])).toBe('');
    const data = architecturalDecisions.empty();
    data.comparisons = [newComparison()];
    expect(sectionMarkdown(architecturalDecisions, data)).toContain(
      '### 3.2 Technology Stack\n\n_Not yet specified._',
    );
  });

  it('shows a started comparison by its question and layer, and what it still needs', () => {
    const c = { ...newComparison(), question: 'Which cache?', layer: 'Cache' };
    expect(comparisonMarkdown(c)).toBe('#### Comparison: Which cache?\n\n**Layer:** Cache');
    const half = comparisonOf(['Redis'], [], []);
    expect(comparisonMarkdown(half)).toContain(
      '_Candidates and criteria are needed for a score table._',
    );
    expect(comparisonMarkdown({ ...c, question: ' ' })).toMatch(
      /^#### Comparison: Untitled comparison/,
    );
  });

  it('renders the worked example: table, totals, leader, chart, notes, rationale, adoption', () => {
    const markdown = comparisonMarkdown(example().comparisons[0]!);
    expect(outline(markdown)).toEqual([
      { depth: 4, text: 'Comparison: Which database for each service?' },
    ]);
    expect(markdown).toContain('**Layer:** Database');
    expect(tableCells(markdown)).toEqual([
      ['Criterion', 'Weight', 'PostgreSQL 16', 'MySQL 8', 'MongoDB 7'],
      ['Data model fit', '30%', '5', '4', '3'],
      ['Team expertise', '20%', '5', '3', '2'],
      ['Operability on AWS', '20%', '5', '5', '4'],
      ['Performance', '20%', '4', '4', '4'],
      ['Cost', '10%', '4', '4', '3'],
      ['Weighted total', '', '4.7 ✓', '4.0', '3.2'],
    ]);
    expect(markdown).toContain('| **Weighted total** |  | **4.7** ✓ | 4.0 | 3.2 |');
    expect(markdown).toContain('**Leader: PostgreSQL 16** (weighted total 4.7 / 5)');
    const [chart] = fences(markdown);
    expect(chart?.lang).toBe('mermaid');
    expect(chart?.value).toContain('radar-beta');
    expect(chart?.value).toContain(
      'accTitle: Which database for each service? Scores per criterion',
    );
    expect(chart?.value).toMatch(/accDescr: Scores from 1 to 5 on Data model fit, .* MongoDB 7: 3/);
    expect(markdown).toContain(
      '_Legend: PostgreSQL 16 (indigo), MySQL 8 (teal), MongoDB 7 (amber)._',
    );
    expect(markdown).toContain(
      '**Notes on scores**\n\n- PostgreSQL 16 on Data model fit: Foreign keys across users',
    );
    expect(markdown).toContain('**Rationale**\n\nRelational data with foreign keys');
    expect(markdown.trimEnd().endsWith('**Adopted:** PostgreSQL 16')).toBe(true);
  });

  it('says a tie is a tie and marks every tied candidate', () => {
    const tie = comparisonOf(['MySQL', 'PostgreSQL', 'SQLite'], CRITERIA, [
      [5, 3, 2],
      [3, 5, 1],
      [4, 4, 5],
    ]);
    const markdown = comparisonMarkdown(tie);
    expect(tableCells(markdown).at(-1)).toEqual(['Weighted total', '', '4.0 ✓', '4.0 ✓', '3.3']);
    expect(markdown).toContain('**Tie: MySQL and PostgreSQL** (weighted total 4.0 / 5)');
    expect(markdown).not.toContain('Leader');
  });

  it('shows a missing score as missing: "—", a total over what is scored, out of the chart', () => {
    const gaps = comparisonOf(['Kafka', 'RabbitMQ', 'SQS'], CRITERIA, [
      [5, null, null],
      [5, 3, null],
      [2, 4, null],
    ]);
    const markdown = comparisonMarkdown(gaps);
    const cells = tableCells(markdown);
    expect(cells.map((r) => r.slice(2))).toEqual([
      ['Kafka', 'RabbitMQ', 'SQS'],
      ['5', '—', '—'],
      ['5', '3', '—'],
      ['2', '4', '—'],
      // RabbitMQ: (3×1 + 4×2) / 3 = 3.7 over two of three criteria, not (0 + 3 + 8) / 4.
      ['3.5', '3.7 ✓ (2 of 3 scored)', '— (0 of 3 scored)'],
    ]);
    expect(markdown).toContain('**Leader: RabbitMQ** (weighted total 3.7 / 5)');
    expect(fences(markdown)[0]?.value).toContain('curve k0["Kafka"]{5, 5, 2}');
    expect(fences(markdown)[0]?.value).not.toMatch(/curve .*RabbitMQ/);
    expect(markdown).toContain(
      '_RabbitMQ and SQS are not in the chart: they have no score yet on some criteria',
    );
    const none = comparisonOf(['Kafka'], CRITERIA, [[null], [null], [null]]);
    expect(comparisonMarkdown(none)).toContain('_Not scored yet._');
  });

  it('keeps names with pipes in their cells and user Markdown from swallowing what follows', () => {
    const c = comparisonOf(['A | B', 'C'], CRITERIA, [
      [1, 2],
      [3, 4],
      [5, 1],
    ]);
    const markdown = comparisonsMarkdown([
      { ...c, rationale: 'See:\n```sql\nselect 1;' },
      { ...c, id: 'second', question: 'Which queue?' },
    ]);
    expect(tableCells(markdown)[0]).toEqual(['Criterion', 'Weight', 'A | B', 'C']);
    expect(headingDepths(markdown)).toEqual([4, 4]);
  });
});
