// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { withTextAlternative } from '../../../core/mermaid/accessibility';
import { loadMermaid, parseError } from '../../../test/mermaid';
import { example } from '../example';
import { comparisonChart, leftOutNote, legendText, MIN_AXES, SERIES } from './chart';
import { comparisonOf } from './fixtures';
import type { Comparison } from './schema';

interface RadarDb {
  getAxes(): { name: string; label: string }[];
  getCurves(): { label: string; entries: number[] }[];
  getOptions(): { max: number | null; min: number };
  getAccTitle(): string;
}

/** What Mermaid itself reads from the chart: its parser, not a guess at its grammar. */
async function drawn(c: Comparison) {
  const chart = comparisonChart(c);
  const source = withTextAlternative(chart.source, {
    title: chart.title,
    description: chart.description,
  });
  expect(await parseError(source)).toBeUndefined();
  const mermaid = await loadMermaid();
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(source);
  const db = diagram.db as unknown as RadarDb;
  return {
    chart,
    axes: db.getAxes().map((a) => a.label),
    curves: db.getCurves().map((k) => [k.label, k.entries]),
    options: db.getOptions(),
    title: db.getAccTitle(),
  };
}

const ABC = ['Performance', 'Scalability', 'Cost'].map((n) => [n, 1] as const);

describe('the comparison chart (radar-beta)', () => {
  it('draws the worked example: an axis per criterion, a curve per candidate, 0 to 5', async () => {
    const { axes, curves, options, title } = await drawn(example().comparisons[0]!);
    expect(axes).toEqual([
      'Data model fit',
      'Team expertise',
      'Operability on AWS',
      'Performance',
      'Cost',
    ]);
    expect(curves).toEqual([
      ['PostgreSQL 16', [5, 5, 5, 4, 4]],
      ['MySQL 8', [4, 3, 5, 4, 4]],
      ['MongoDB 7', [3, 2, 4, 4, 3]],
    ]);
    expect(options).toMatchObject({ max: 5, min: 0 });
    expect(title).toBe('Which database for each service? Scores per criterion');
  });

  it('leaves a candidate with a missing score out, never drawing it as zero', async () => {
    const c = comparisonOf(['A', 'B', 'C'], ABC, [
      [5, null, 3],
      [4, 2, 3],
      [3, 2, null],
    ]);
    const { chart, curves } = await drawn(c);
    expect(curves).toEqual([['A', [5, 4, 3]]]);
    expect(chart.leftOut).toEqual(['B', 'C']);
    const curveLines = chart.source.split('\n').filter((l) => l.startsWith('  curve '));
    expect(curveLines).toEqual(['  curve k0["A"]{5, 4, 3}']);
    expect(leftOutNote(chart)).toBe(
      'B and C are not in the chart: they have no score yet on some criteria (a missing score is never drawn as zero).',
    );
    expect(chart.description).toContain('Not drawn for missing scores: B and C.');
  });

  it('keeps each candidate in its colour when another is left out', () => {
    const c = comparisonOf(['A', 'B', 'C'], ABC, [
      [5, null, 3],
      [4, 2, 3],
      [3, 2, 1],
    ]);
    const chart = comparisonChart(c);
    expect(chart.drawn.map((d) => d.colour)).toEqual([SERIES[0][0], SERIES[2][0]]);
    expect(chart.source).toContain(`cScale1: '${SERIES[2][0]}'`);
    expect(legendText(chart)).toBe('A (indigo), C (amber)');
  });

  it('keeps awkward names as text: quotes, backslashes, brackets, comment and entity syntax', async () => {
    const names = ['Say "hi" \\o/', 'Cost [USD] %% 1', 'Team #amp; skills'];
    const c = comparisonOf(
      ['Mongo"DB', 'curve'],
      names.map((n) => [n, 1] as const),
      [
        [1, 2],
        [3, 4],
        [5, 1],
      ],
    );
    const { axes, curves } = await drawn(c);
    expect(axes).toEqual(['Say "hi" \\o/', 'Cost [USD] % 1', 'Team # amp; skills']);
    expect(curves.map(([label]) => label)).toEqual(['Mongo"DB', 'curve']);
  });

  it('names blank candidates and criteria as the form does', async () => {
    const c = comparisonOf(
      ['', 'B'],
      [...ABC.slice(0, 2), ['', 2]],
      [
        [1, 2],
        [3, 4],
        [5, 1],
      ],
    );
    const { axes, curves } = await drawn(c);
    expect(axes[2]).toBe('Criterion 3');
    expect(curves[0]?.[0]).toBe('Candidate 1');
  });

  it('says why there is no chart yet', () => {
    expect(comparisonChart(comparisonOf([], ABC, [[], [], []])).why).toMatch(/candidates/);
    const two = comparisonOf(['A'], ABC.slice(0, 2), [[1], [2]]);
    expect(comparisonChart(two)).toMatchObject({
      source: '',
      why: expect.stringContaining(`${MIN_AXES}`) as string,
    });
    const unscored = comparisonChart(comparisonOf(['A'], ABC, [[1], [null], [2]]));
    expect(unscored.source).toBe('');
    expect(unscored.why).toMatch(/score on every criterion/);
    expect(leftOutNote(unscored)).toBe('');
  });
});
