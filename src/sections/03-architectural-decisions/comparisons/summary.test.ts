import { describe, expect, it } from 'vitest';
import { comparisonOf } from './fixtures';
import { rank } from './scoring';
import { coverageText, joinNames, percentText, totalText, verdictWords } from './summary';

const words = (c: ReturnType<typeof comparisonOf>) => verdictWords(c.candidates, rank(c));
const TWO = [
  ['Performance', 1],
  ['Cost', 1],
] as const;

describe('the verdict in words', () => {
  it('names the leader, the tied, or says nothing is scored yet', () => {
    expect(
      words(
        comparisonOf(['A', 'B'], TWO, [
          [5, 3],
          [4, 4],
        ]),
      ),
    ).toEqual({
      kind: 'leader',
      text: 'Leader: A',
      total: '4.5 / 5',
    });
    expect(
      words(
        comparisonOf(['A', 'B', 'C'], TWO, [
          [4, 4, 4],
          [4, 4, 4],
        ]),
      ),
    ).toEqual({
      kind: 'tie',
      text: 'Tie: A, B and C',
      total: '4.0 / 5',
    });
    expect(words(comparisonOf(['A'], TWO, [[null], [null]]))).toEqual({
      kind: 'none',
      text: 'Not scored yet',
      total: '',
    });
    // A blank name reads as the form shows it.
    expect(
      words(
        comparisonOf(['', 'B'], TWO, [
          [5, 1],
          [5, 1],
        ]),
      ).text,
    ).toBe('Leader: Candidate 1');
  });

  it('says how much of a candidate is scored, and only while it is incomplete', () => {
    const [a, b] = rank(
      comparisonOf(['A', 'B'], TWO, [
        [5, 3],
        [null, 4],
      ]),
    );
    expect(coverageText(a!)).toBe('1 of 2 scored');
    expect(coverageText(b!)).toBe('');
  });

  it('formats totals, shares and lists of names', () => {
    expect(totalText(4.25)).toBe('4.3 / 5');
    expect(totalText(null)).toBe('—');
    expect([0, 0.004, 0.125, 1].map(percentText)).toEqual(['0%', '<1%', '13%', '100%']);
    expect([[], ['A'], ['A', 'B'], ['A', 'B', 'C']].map(joinNames)).toEqual([
      '',
      'A',
      'A and B',
      'A, B and C',
    ]);
  });
});
