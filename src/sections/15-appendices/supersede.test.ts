import { describe, expect, it } from 'vitest';
import { setSupersededBy, setSupersedes, supersede } from './supersede';
import { decision, three } from './testing';

const links = (
  ds: { number: string; status: string; supersedes: string; supersededBy: string }[],
) => ds.map((d) => `${d.number} ${d.status} <${d.supersedes}> >${d.supersededBy}>`);

describe('setSupersededBy keeps the links both ways', () => {
  it('marks the old record Superseded and points the replacement back', () => {
    expect(links(setSupersededBy(three(), 'b', '0003'))).toEqual([
      '0001 Accepted <> >>',
      '0002 Superseded <> >0003>',
      '0003 Proposed <0002> >>',
    ]);
  });

  it('clearing it clears both ends and makes the record Accepted again', () => {
    const linked = setSupersededBy(three(), 'b', '0003');
    expect(links(setSupersededBy(linked, 'b', ''))).toEqual(links(three()));
  });

  it('a new replacement takes over: the former one no longer points back', () => {
    const linked = setSupersededBy(three(), 'b', '0003');
    expect(links(setSupersededBy(linked, 'b', '0001'))).toEqual([
      '0001 Accepted <0002> >>',
      '0002 Superseded <> >0001>',
      '0003 Proposed <> >>',
    ]);
  });

  it("the replacement's former predecessor is no longer replaced by it", () => {
    const linked = setSupersededBy(three(), 'a', '0003');
    expect(links(setSupersededBy(linked, 'b', '0003'))).toEqual([
      '0001 Accepted <> >>',
      '0002 Superseded <> >0003>',
      '0003 Proposed <0002> >>',
    ]);
  });

  it('reads numbers however they are written, and refuses a link to itself', () => {
    expect(links(setSupersededBy(three(), 'b', 'ADR-3'))[2]).toBe('0003 Proposed <0002> >>');
    expect(setSupersededBy(three(), 'b', '2')).toEqual(three());
    expect(setSupersededBy(three(), 'missing', '0001')).toEqual(three());
  });

  it('keeps a number that is not in the log, as typed', () => {
    expect(links(setSupersededBy(three(), 'a', '0009'))[0]).toBe('0001 Superseded <> >0009>');
  });

  it('supersede() links two records by row id (the adopt flow)', () => {
    expect(links(supersede(three(), 'a', 'c'))).toEqual([
      '0001 Superseded <> >0003>',
      '0002 Accepted <> >>',
      '0003 Proposed <0001> >>',
    ]);
  });
});

describe('setSupersedes is the same link from the other end', () => {
  it('sets and clears both ends', () => {
    const linked = setSupersedes(three(), 'c', '0002');
    expect(links(linked)).toEqual(links(setSupersededBy(three(), 'b', '0003')));
    expect(links(setSupersedes(linked, 'c', ''))).toEqual(links(three()));
  });

  it('moving to another predecessor releases the first', () => {
    const linked = setSupersedes(setSupersedes(three(), 'c', '0002'), 'c', '0001');
    expect(links(linked)).toEqual([
      '0001 Superseded <> >0003>',
      '0002 Accepted <> >>',
      '0003 Proposed <0001> >>',
    ]);
  });

  it('a record without a number can only hold the number as text', () => {
    const log = [...three(), decision({ id: 'n' })];
    const next = setSupersedes(log, 'n', '0001');
    expect(next[0]?.supersededBy).toBe('');
    expect(next[3]?.supersedes).toBe('0001');
  });
});

describe('a record without a number', () => {
  it('can be marked superseded, without touching the replacement', () => {
    const log = [...three(), decision({ id: 'n' })];
    const linked = setSupersedes(log, 'c', '0002');
    const next = setSupersededBy(linked, 'n', '0003');
    expect(next[3]).toMatchObject({ status: 'Superseded', supersededBy: '0003' });
    expect(next.slice(0, 3)).toEqual(linked.slice(0, 3));
  });
});
