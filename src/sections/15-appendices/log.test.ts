import { describe, expect, it } from 'vitest';
import { duplicateNumbers, linksTo, moveAmong, removeDecision, renumber } from './log';
import { setSupersededBy } from './supersede';
import { decision, three } from './testing';

const linked = () => setSupersededBy(three(), 'b', '0003');

describe('editing the log keeps its links', () => {
  it('a renumbered record takes its links along, even through blank and taken numbers', () => {
    const log = linked();
    const refs = linksTo(log, 'c');
    expect(refs).toEqual([{ id: 'b', field: 'supersededBy' }]);
    let next = renumber(log, 'c', '', refs);
    expect(next[1]?.supersededBy).toBe('0003');
    next = renumber(next, 'c', '0001', refs);
    next = renumber(next, 'c', '0007', refs);
    expect(next.map((d) => [d.number, d.supersedes, d.supersededBy])).toEqual([
      ['0001', '', ''],
      ['0002', '', '0007'],
      ['0007', '0002', ''],
    ]);
  });

  it('removing a record clears the links to it', () => {
    const next = removeDecision(linked(), 'c');
    expect(next.map((d) => [d.number, d.status, d.supersededBy])).toEqual([
      ['0001', 'Accepted', ''],
      ['0002', 'Accepted', ''],
    ]);
    expect(removeDecision(linked(), 'b')[1]).toMatchObject({ number: '0003', supersedes: '' });
  });

  it('leaves links alone when the removed number is also another record’s', () => {
    const log = [...linked(), decision({ id: 'd', number: '3' })];
    expect(removeDecision(log, 'd')).toEqual(linked());
  });

  it('moves among the shown records, jumping over hidden ones', () => {
    const order = (ds: { id: string }[]) => ds.map((d) => d.id).join('');
    expect(order(moveAmong(three(), 'c', -1, ['a', 'c']))).toBe('cab');
    expect(order(moveAmong(three(), 'a', 1, ['a', 'c']))).toBe('bca');
    expect(order(moveAmong(three(), 'b', -1, ['a', 'b', 'c']))).toBe('bac');
    expect(order(moveAmong(three(), 'a', -1, ['a', 'c']))).toBe('abc');
    expect(order(moveAmong(three(), 'b', 1, ['a', 'c']))).toBe('abc');
  });

  it('finds numbers used twice', () => {
    expect(duplicateNumbers([...three(), decision({ id: 'x', number: 'ADR-2' })])).toEqual(
      new Set(['b', 'x']),
    );
  });
});
