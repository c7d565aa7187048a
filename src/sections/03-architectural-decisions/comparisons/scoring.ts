import type { Comparison, Criterion } from './schema';

export interface RankedCandidate {
  id: string;
  name: string;
  /**
   * Weighted mean of the candidate's scores on the 1-5 scale, over the criteria it has a
   * score for; null when it has none. A missing score is left out, never counted as zero.
   */
  total: number | null;
  /** How many criteria (of those with weight) the candidate has a score for. */
  scored: number;
  /** Criteria with weight, which a complete candidate has scored. */
  weighted: number;
  /** Highest total (shared with the others of the same total when tied). */
  leader: boolean;
}

/** Totals closer than this are a tie: floating point must not pick a winner. */
const TIE = 1e-9;

/** Each criterion's share of all weights, 0-1 (equal shares when every weight is 0). */
export function weightShares(criteria: readonly Criterion[]): Map<string, number> {
  const sum = criteria.reduce((s, c) => s + Math.max(0, c.weight), 0);
  return new Map(
    criteria.map((c) => [c.id, sum > 0 ? Math.max(0, c.weight) / sum : 1 / criteria.length]),
  );
}

/** The candidates in their column order with weighted totals and the leader(s) marked. */
export function rank(comparison: Comparison): RankedCandidate[] {
  const shares = weightShares(comparison.criteria);
  const weighted = comparison.criteria.filter((c) => (shares.get(c.id) ?? 0) > 0);
  const scoreOf = new Map(
    comparison.scores.map((s) => [`${s.criterionId}\u0000${s.candidateId}`, s.score]),
  );
  const ranked = comparison.candidates.map((candidate) => {
    let sum = 0;
    let share = 0;
    let scored = 0;
    for (const criterion of weighted) {
      const score = scoreOf.get(`${criterion.id}\u0000${candidate.id}`);
      if (score === null || score === undefined) continue;
      const w = shares.get(criterion.id) ?? 0;
      sum += w * score;
      share += w;
      scored++;
    }
    const total = share > 0 ? sum / share : null;
    return {
      id: candidate.id,
      name: candidate.name,
      total,
      scored,
      weighted: weighted.length,
      leader: false,
    };
  });
  const best = Math.max(...ranked.map((r) => r.total ?? -Infinity));
  if (Number.isFinite(best)) {
    for (const r of ranked) r.leader = r.total !== null && best - r.total < TIE;
  }
  return ranked;
}

/** The leader, "tie" between several, or "none" while nothing is scored. */
export function verdict(
  ranking: readonly RankedCandidate[],
):
  | { kind: 'none' }
  | { kind: 'leader'; candidate: RankedCandidate }
  | { kind: 'tie'; candidates: RankedCandidate[] } {
  const leaders = ranking.filter((r) => r.leader);
  if (leaders.length === 0) return { kind: 'none' };
  if (leaders.length === 1) return { kind: 'leader', candidate: leaders[0] as RankedCandidate };
  return { kind: 'tie', candidates: leaders };
}
