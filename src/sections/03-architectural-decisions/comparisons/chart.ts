import { sanitiseAccessibleText } from '../../../core/mermaid/accessibility';
import type { Comparison } from './schema';
import { candidateLabel, criterionLabel, joinNames } from './summary';

/**
 * A comparison as a Mermaid radar chart (`radar-beta`, Mermaid 11): one axis per criterion,
 * one curve per candidate, on a fixed 0-5 scale so that charts of different comparisons read
 * alike. A candidate without a score on every criterion is left out rather than drawn with a
 * zero there: a missing score must never look like the worst one.
 */
export interface ComparisonChart {
  /** The radar-beta source, '' when there is nothing to draw yet (see `why`). */
  source: string;
  /** Chart title, also the text alternative's title. */
  title: string;
  /** The text alternative's description: every score drawn, in words. */
  description: string;
  /** The candidates drawn, with their colours. */
  drawn: { name: string; colour: string; colourName: string }[];
  /** Names of the candidates left out for missing scores. */
  leftOut: string[];
  /** Why there is no chart, '' when there is one. */
  why: string;
}

/**
 * The candidates' colours, by column, with their names for the legend in words: Mermaid's own
 * scale is grey in the app's neutral theme, and a candidate keeps its colour when another is
 * left out of the chart. Beyond eight, they repeat.
 */
export const SERIES = [
  ['#4f46e5', 'indigo'],
  ['#0d9488', 'teal'],
  ['#d97706', 'amber'],
  ['#db2777', 'pink'],
  ['#2563eb', 'blue'],
  ['#65a30d', 'green'],
  ['#9333ea', 'purple'],
  ['#64748b', 'slate'],
] as const;

/** The colour of the candidate in column `index`, in the form and in the chart alike. */
export const series = (index: number) => SERIES[index % SERIES.length] ?? SERIES[0];

/**
 * Front matter for the chart: the palette, straight edges (a rounded curve would suggest
 * values between criteria), and a drawing sized so that its labels stay readable when the SVG
 * is scaled down to a form or a page column. Mermaid's legend is off: it sits in a corner too
 * small for real names, so the legend is written under the chart instead.
 */
const frontMatter = (colours: readonly string[]) => [
  '---',
  'config:',
  '  radar:',
  '    width: 320',
  '    height: 320',
  '    marginTop: 36',
  '    marginBottom: 36',
  '    marginLeft: 170',
  '    marginRight: 170',
  '    curveTension: 0',
  '  themeVariables:',
  ...colours.map((colour, i) => `    cScale${i}: '${colour}'`),
  '    radar:',
  '      curveOpacity: 0.1',
  '      curveStrokeWidth: 3',
  '      axisLabelFontSize: 17',
  '      graticuleOpacity: 0.25',
  '---',
];

/** Radar axes need at least three spokes to enclose an area; fewer draw a line or a dot. */
export const MIN_AXES = 3;

/** A label as a radar string: one line, no comment or entity syntax, quotes escaped. */
const quoted = (label: string) =>
  `"${sanitiseAccessibleText(label).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

export function comparisonChart(c: Comparison): ComparisonChart {
  const question = c.question.trim() || 'Stack comparison';
  // "Which database? Scores per criterion", "Database choice: scores per criterion".
  const title = /[?!.]$/.test(question)
    ? `${question} Scores per criterion`
    : `${question}: scores per criterion`;
  const axes = c.criteria.map(criterionLabel);
  const score = new Map(c.scores.map((s) => [`${s.criterionId}\u0000${s.candidateId}`, s.score]));
  const curves: { name: string; values: number[]; colour: string; colourName: string }[] = [];
  const leftOut: string[] = [];
  c.candidates.forEach((candidate, i) => {
    const name = candidateLabel(candidate, i);
    const values = c.criteria.map((k) => score.get(`${k.id}\u0000${candidate.id}`) ?? null);
    if (values.every((v): v is number => v !== null)) {
      const [colour, colourName] = series(i);
      curves.push({ name, values, colour, colourName });
    } else leftOut.push(name);
  });
  const none = { source: '', title, description: '', drawn: [], leftOut };
  if (c.candidates.length === 0) return { ...none, why: 'Add candidates to see the chart.' };
  if (axes.length < MIN_AXES) {
    return { ...none, why: `The chart needs at least ${MIN_AXES} criteria.` };
  }
  if (curves.length === 0) {
    return {
      ...none,
      why: 'The chart draws each candidate once it has a score on every criterion.',
    };
  }

  const source = [
    ...frontMatter(curves.map((k) => k.colour)),
    'radar-beta',
    `  axis ${axes.map((a, i) => `c${i}[${quoted(a)}]`).join(', ')}`,
    ...curves.map((k, i) => `  curve k${i}[${quoted(k.name)}]{${k.values.join(', ')}}`),
    '  max 5',
    '  min 0',
    '  ticks 5',
    '  graticule polygon',
    '  showLegend false',
  ].join('\n');
  const drawn = curves.map((k) => `${k.name}: ${k.values.join(', ')}.`);
  const missing = leftOut.length ? [`Not drawn for missing scores: ${joinNames(leftOut)}.`] : [];
  const description = [`Scores from 1 to 5 on ${axes.join(', ')}.`, ...drawn, ...missing].join(' ');
  const drawnCurves = curves.map(({ name, colour, colourName }) => ({ name, colour, colourName }));
  return { source, title, description, drawn: drawnCurves, leftOut, why: '' };
}

/** "PostgreSQL 16 (indigo), MySQL 8 (teal)": the legend in words, '' without a chart. */
export function legendText(chart: ComparisonChart): string {
  return chart.drawn.map((d) => `${d.name} (${d.colourName})`).join(', ');
}

/** The note under a chart that leaves candidates out, '' when none is. */
export function leftOutNote(chart: ComparisonChart): string {
  const n = chart.leftOut.length;
  if (n === 0 || !chart.source) return '';
  const who = joinNames(chart.leftOut);
  return `${who} ${n === 1 ? 'is' : 'are'} not in the chart: ${n === 1 ? 'it has' : 'they have'} no score yet on some criteria (a missing score is never drawn as zero).`;
}
