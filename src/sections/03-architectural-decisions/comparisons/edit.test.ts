import { describe, expect, it } from 'vitest';
import {
  addCandidate,
  addCriteria,
  addCriterion,
  editComparison,
  moveCandidate,
  moveCriterion,
  newComparison,
  removeCandidate,
  removeCriterion,
  scoreOf,
  setCell,
  updateCriterion,
} from './edit';
import { comparisonOf } from './fixtures';
import { comparisonSchema } from './schema';

const base = () =>
  comparisonOf(
    ['PostgreSQL', 'MySQL', 'MongoDB'],
    [
      ['Performance', 2],
      ['Cost', 1],
    ],
    [
      [4, 4, 5],
      [4, 5, 3],
    ],
    { adoptedCandidateId: 'k1' },
  );

/** Deep-frozen, so that any edit in place throws. */
function frozen<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(frozen);
    Object.freeze(value);
  }
  return value;
}

describe('comparison edits', () => {
  it('a new comparison is empty, valid, and has its own id', () => {
    const a = newComparison();
    expect(comparisonSchema.parse(a)).toEqual(a);
    expect(a.id).not.toBe(newComparison().id);
    expect([a.question, a.layer, a.candidates, a.criteria]).toEqual(['', '', [], []]);
  });

  it('never changes the comparison it is given', () => {
    const c = frozen(base());
    expect(() => {
      removeCandidate(c, 'k0');
      removeCriterion(c, 'r0');
      moveCandidate(c, 'k0', 1);
      moveCriterion(c, 'r1', -1);
      setCell(c, 'r0', 'k0', { score: 1, note: 'slow' });
      setCell(c, 'r0', 'k0', { score: null });
      updateCriterion(c, 'r0', { weight: 3 });
      addCriteria(c, ['Security']);
      addCandidate(addCriterion(c));
    }).not.toThrow();
  });

  it('removing a candidate drops its scores and its adoption', () => {
    const c = removeCandidate(base(), 'k1');
    expect(c.candidates.map((k) => k.name)).toEqual(['PostgreSQL', 'MongoDB']);
    expect(c.scores.some((s) => s.candidateId === 'k1')).toBe(false);
    expect(c.scores).toHaveLength(4);
    expect(c.adoptedCandidateId).toBe('');
    expect(removeCandidate(base(), 'k0').adoptedCandidateId).toBe('k1');
  });

  it('removing a criterion drops its scores', () => {
    const c = removeCriterion(base(), 'r0');
    expect(c.criteria.map((k) => k.name)).toEqual(['Cost']);
    expect(c.scores.map((s) => s.score)).toEqual([4, 5, 3]);
  });

  it('moves candidates left and right and criteria up and down, scores staying with them', () => {
    const c = moveCandidate(base(), 'k2', -1);
    expect(c.candidates.map((k) => k.name)).toEqual(['PostgreSQL', 'MongoDB', 'MySQL']);
    expect(scoreOf(c, 'r0', 'k2')?.score).toBe(5);
    expect(moveCandidate(base(), 'k0', -1).candidates[0]?.id).toBe('k0');
    expect(moveCriterion(base(), 'r1', -1).criteria.map((k) => k.name)).toEqual([
      'Cost',
      'Performance',
    ]);
  });

  it('sets, clears and annotates a cell; an empty cell leaves nothing behind', () => {
    let c = setCell(base(), 'r0', 'k0', { score: 2 });
    expect(scoreOf(c, 'r0', 'k0')).toMatchObject({ score: 2, note: '' });
    c = setCell(c, 'r0', 'k0', { note: 'Benchmarks at 10k rps' });
    expect(scoreOf(c, 'r0', 'k0')).toMatchObject({ score: 2, note: 'Benchmarks at 10k rps' });
    c = setCell(c, 'r0', 'k0', { score: null });
    expect(scoreOf(c, 'r0', 'k0')).toMatchObject({ score: null, note: 'Benchmarks at 10k rps' });
    c = setCell(c, 'r0', 'k0', { note: ' ' });
    expect(scoreOf(c, 'r0', 'k0')).toBeUndefined();
    expect(c.scores).toHaveLength(5);
    const blank = setCell(base(), 'r9', 'k9', { score: null });
    expect(blank.scores).toEqual(base().scores);
    expect(() => setCell(base(), 'r0', 'k0', { score: 6 })).toThrow(RangeError);
    expect(() => setCell(base(), 'r0', 'k0', { score: 2.5 })).toThrow(RangeError);
  });

  it('accepts any weight of 0 or more, and no other', () => {
    expect(updateCriterion(base(), 'r0', { weight: 0 }).criteria[0]?.weight).toBe(0);
    expect(updateCriterion(base(), 'r0', { weight: 2.5 }).criteria[0]?.weight).toBe(2.5);
    expect(() => updateCriterion(base(), 'r0', { weight: -1 })).toThrow(RangeError);
    expect(() => updateCriterion(base(), 'r0', { weight: Number.NaN })).toThrow(RangeError);
  });

  it('adds presets once, whatever their case and spacing', () => {
    const c = addCriteria(base(), ['performance', 'Team  expertise', 'Security', 'Security']);
    expect(c.criteria.map((k) => [k.name, k.weight])).toEqual([
      ['Performance', 2],
      ['Cost', 1],
      ['Team  expertise', 1],
      ['Security', 1],
    ]);
    const same = base();
    expect(addCriteria(same, ['Cost'])).toBe(same);
  });

  it('edits one comparison of several', () => {
    const other = newComparison();
    const list = [base(), other];
    const next = editComparison(list, 'cmp', (c) => ({ ...c, question: 'Which store?' }));
    expect(next[0]?.question).toBe('Which store?');
    expect(next[1]).toBe(other);
  });
});
