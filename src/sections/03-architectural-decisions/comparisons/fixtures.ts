import type { Comparison } from './schema';

/**
 * Test support: a comparison from a compact table. `scores[i][j]` is criterion i's score for
 * candidate j (null: not scored).
 */
export function comparisonOf(
  candidates: readonly string[],
  criteria: readonly (readonly [name: string, weight: number])[],
  scores: readonly (readonly (number | null)[])[],
  extra: Partial<Comparison> = {},
): Comparison {
  return {
    id: 'cmp',
    question: 'Which database?',
    layer: 'Database',
    candidates: candidates.map((name, j) => ({ id: `k${j}`, name })),
    criteria: criteria.map(([name, weight], i) => ({ id: `r${i}`, name, weight })),
    scores: scores.flatMap((row, i) =>
      row.flatMap((score, j) =>
        score === null ? [] : [{ criterionId: `r${i}`, candidateId: `k${j}`, score, note: '' }],
      ),
    ),
    rationale: '',
    adoptedCandidateId: '',
    ...extra,
  };
}
