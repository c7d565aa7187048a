import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rank, verdict, weightShares } from './scoring';
import type { Comparison } from './schema';

function comparison(weights: number[], scores: (number | null)[][]): Comparison {
  return {
    id: 'c',
    question: 'Which database?',
    layer: 'Database',
    candidates: scores[0]!.map((_, j) => ({ id: `k${j}`, name: `Candidate ${j}` })),
    criteria: weights.map((weight, i) => ({ id: `r${i}`, name: `Criterion ${i}`, weight })),
    scores: scores.flatMap((row, i) =>
      row.map((score, j) => ({ criterionId: `r${i}`, candidateId: `k${j}`, score, note: '' })),
    ),
    rationale: '',
    adoptedCandidateId: '',
  };
}

describe('weighted totals', () => {
  it('weights are shares of their sum; all zero means equal shares', () => {
    expect([...weightShares(comparison([1, 3], [[1], [1]]).criteria).values()]).toEqual([
      0.25, 0.75,
    ]);
    expect([...weightShares(comparison([0, 0], [[1], [1]]).criteria).values()]).toEqual([0.5, 0.5]);
  });

  it('is the weighted mean on the 1-5 scale, and the highest leads', () => {
    const ranked = rank(
      comparison(
        [3, 1],
        [
          [5, 3],
          [1, 5],
        ],
      ),
    );
    expect(ranked.map((r) => r.total)).toEqual([4, 3.5]);
    expect(verdict(ranked)).toMatchObject({ kind: 'leader', candidate: { name: 'Candidate 0' } });
  });

  it('a missing score is left out, never counted as zero', () => {
    const ranked = rank(
      comparison(
        [1, 1],
        [
          [4, 4],
          [null, 4],
        ],
      ),
    );
    expect(ranked[0]).toMatchObject({ total: 4, scored: 1, weighted: 2 });
    expect(ranked[1]).toMatchObject({ total: 4, scored: 2 });
    expect(rank(comparison([1], [[null]]))[0]?.total).toBeNull();
    expect(verdict(rank(comparison([1], [[null]])))).toEqual({ kind: 'none' });
  });

  it('equal totals are a tie, not a winner', () => {
    const v = verdict(
      rank(
        comparison(
          [1, 1],
          [
            [5, 3],
            [3, 5],
          ],
        ),
      ),
    );
    expect(v.kind).toBe('tie');
    // 0.1 + 0.2 style rounding must not break a tie.
    expect(
      verdict(
        rank(
          comparison(
            [0.1, 0.2],
            [
              [3, 3],
              [3, 3],
            ],
          ),
        ),
      ).kind,
    ).toBe('tie');
  });

  it('scaling every weight by the same factor leaves the totals and the ranking as they were (property)', () => {
    const score = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null });
    const table = fc.integer({ min: 1, max: 5 }).chain((criteria) =>
      fc.integer({ min: 1, max: 5 }).chain((candidates) =>
        fc.tuple(
          fc.array(fc.integer({ min: 0, max: 100 }), { minLength: criteria, maxLength: criteria }),
          fc.array(fc.array(score, { minLength: candidates, maxLength: candidates }), {
            minLength: criteria,
            maxLength: criteria,
          }),
        ),
      ),
    );
    fc.assert(
      fc.property(
        table,
        fc.double({ min: 0.01, max: 1000, noNaN: true }),
        ([weights, scores], factor) => {
          const a = rank(comparison(weights, scores));
          const b = rank(
            comparison(
              weights.map((w) => w * factor),
              scores,
            ),
          );
          a.forEach((r, i) => {
            const other = b[i]!;
            if (r.total === null) expect(other.total).toBeNull();
            else expect(other.total).toBeCloseTo(r.total, 9);
            expect(other.leader).toBe(r.leader);
          });
        },
      ),
    );
  });

  it('a missing score never lowers a total the way a zero would (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 6 }),
        (scores) => {
          const withGap = rank(
            comparison(
              scores.map(() => 1),
              [...scores.slice(1).map((s) => [s]), [null]],
            ),
          )[0]!;
          // Every present score is at least 1, so the mean of the present ones is at least 1.
          expect(withGap.total).toBeGreaterThanOrEqual(1);
          expect(withGap.scored).toBe(scores.length - 1);
        },
      ),
    );
  });
});
