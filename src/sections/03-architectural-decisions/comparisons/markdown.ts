import {
  blocks,
  bulletList,
  captioned,
  heading,
  labelled,
  markdownText,
  table,
} from '../../../core/markdown/blocks';
import { diagramBlock } from '../../../core/mermaid/diagramBlock';
import { comparisonChart, leftOutNote, legendText } from './chart';
import { rank, weightShares } from './scoring';
import type { Comparison } from './schema';
import { candidateLabel, coverageText, criterionLabel, percentText, verdictWords } from './summary';

/** A comparison nobody has started filling in (just added): left out of the document. */
const isBlank = (c: Comparison) =>
  !c.question.trim() &&
  !c.layer.trim() &&
  !c.rationale.trim() &&
  c.candidates.length === 0 &&
  c.criteria.length === 0;

/** The stack comparisons under 3.2, each under "#### Comparison: <question>". */
export function comparisonsMarkdown(comparisons: readonly Comparison[]): string {
  return blocks(...comparisons.filter((c) => !isBlank(c)).map(comparisonMarkdown));
}

/**
 * One comparison: its layer, the score table (criteria as rows, candidates as columns, a
 * missing score as "—", weighted totals with the leader marked ✓), the verdict in words, the
 * radar chart, the notes on scores, the rationale and what was adopted.
 */
export function comparisonMarkdown(c: Comparison): string {
  const words = verdictWords(c.candidates, rank(c));
  const chart = comparisonChart(c);
  const adopted = c.candidates.findIndex((k) => k.id === c.adoptedCandidateId);
  return blocks(
    heading(4, `Comparison: ${c.question.trim() || 'Untitled comparison'}`),
    labelled('Layer', c.layer),
    scoreTable(c),
    words.kind === 'none'
      ? c.candidates.length > 0 && c.criteria.length > 0 && '_Not scored yet._'
      : `**${words.text}** (weighted total ${words.total})`,
    chart.source && diagramBlock(chart.source, chart.title, 'Radar chart', chart.description),
    chart.source && `_Legend: ${legendText(chart)}._`,
    leftOutNote(chart) && `_${leftOutNote(chart)}_`,
    captioned('Notes on scores', bulletList(notes(c))),
    captioned('Rationale', markdownText(c.rationale)),
    adopted >= 0 &&
      labelled('Adopted', candidateLabel(c.candidates[adopted] ?? { id: '', name: '' }, adopted)),
  );
}

function scoreTable(c: Comparison): string {
  if (c.candidates.length === 0 || c.criteria.length === 0) {
    return c.candidates.length + c.criteria.length > 0
      ? '_Candidates and criteria are needed for a score table._'
      : '';
  }
  const shares = weightShares(c.criteria);
  const ranking = rank(c);
  const score = new Map(c.scores.map((s) => [`${s.criterionId}\u0000${s.candidateId}`, s.score]));
  const rows = c.criteria.map((k, i) => [
    criterionLabel(k, i),
    percentText(shares.get(k.id) ?? 0),
    ...c.candidates.map((d) => String(score.get(`${k.id}\u0000${d.id}`) ?? '—')),
  ]);
  const totals = [
    '**Weighted total**',
    '',
    ...ranking.map((r) => {
      const total = r.total === null ? '—' : r.total.toFixed(1);
      const shown = r.leader ? `**${total}** ✓` : total;
      const coverage = coverageText(r);
      return coverage ? `${shown} (${coverage})` : shown;
    }),
  ];
  return table(
    ['Criterion', 'Weight', ...c.candidates.map(candidateLabel)],
    [...rows, totals],
    ['left', 'right', ...c.candidates.map(() => 'center' as const)],
  );
}

/** "PostgreSQL 16 on Cost: RDS reserved instances", for every cell with a note. */
function notes(c: Comparison): string[] {
  return c.criteria.flatMap((k, i) =>
    c.candidates.flatMap((d, j) => {
      const note = c.scores
        .find((s) => s.criterionId === k.id && s.candidateId === d.id)
        ?.note.trim();
      return note ? [`${candidateLabel(d, j)} on ${criterionLabel(k, i)}: ${note}`] : [];
    }),
  );
}
