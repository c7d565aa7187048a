import { verdict, type RankedCandidate } from './scoring';
import type { Candidate, Criterion } from './schema';

/**
 * The words and numbers of a comparison as the form and the Markdown both say them, so the
 * preview reads exactly as the form.
 */

/** A candidate's name, or "Candidate 2" while it has none. */
export const candidateLabel = (c: Candidate, index: number) =>
  c.name.trim() || `Candidate ${index + 1}`;

/** A criterion's name, or "Criterion 3" while it has none. */
export const criterionLabel = (c: Criterion, index: number) =>
  c.name.trim() || `Criterion ${index + 1}`;

/** "4.3 / 5", or "—" when nothing is scored. */
export const totalText = (total: number | null) =>
  total === null ? '—' : `${total.toFixed(1)} / 5`;

/** A weight share as a whole percentage: "30%" ("<1%" rather than a misleading "0%"). */
export function percentText(share: number): string {
  const percent = Math.round(share * 100);
  return percent === 0 && share > 0 ? '<1%' : `${percent}%`;
}

/** "2 of 4 scored" while a candidate misses scores on weighted criteria, '' once complete. */
export const coverageText = (r: RankedCandidate) =>
  r.scored < r.weighted ? `${r.scored} of ${r.weighted} scored` : '';

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

export interface VerdictWords {
  kind: 'none' | 'leader' | 'tie';
  /** "Leader: PostgreSQL", "Tie: MySQL and PostgreSQL", "Not scored yet". */
  text: string;
  /** "4.3 / 5", '' when not scored. */
  total: string;
}

/** The verdict in words; `ranking` is rank()'s, in candidate order (for the fallback names). */
export function verdictWords(
  candidates: readonly Candidate[],
  ranking: readonly RankedCandidate[],
): VerdictWords {
  const v = verdict(ranking);
  const name = (r: RankedCandidate) => {
    const at = candidates.findIndex((c) => c.id === r.id);
    return at < 0 ? r.name : candidateLabel(candidates[at] as Candidate, at);
  };
  if (v.kind === 'none') return { kind: 'none', text: 'Not scored yet', total: '' };
  if (v.kind === 'leader') {
    return {
      kind: 'leader',
      text: `Leader: ${name(v.candidate)}`,
      total: totalText(v.candidate.total),
    };
  }
  return {
    kind: 'tie',
    text: `Tie: ${joinNames(v.candidates.map(name))}`,
    total: totalText(v.candidates[0]?.total ?? null),
  };
}
