import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reuseUnchanged } from './reuse';

describe('reuseUnchanged', () => {
  it('keeps the objects of the parts that did not change', () => {
    const previous = { a: { x: 1, list: [{ id: 'r1' }, { id: 'r2' }] }, b: { y: 'text' } };
    const next = { a: { x: 1, list: [{ id: 'r1' }, { id: 'r2', new: true }] }, b: { y: 'text' } };
    const shared = reuseUnchanged(previous, next);
    expect(shared).toEqual(next);
    expect(shared.b).toBe(previous.b);
    expect(shared.a.list[0]).toBe(previous.a.list[0]);
    expect(shared.a).not.toBe(previous.a);
    expect(shared.a.list[1]).not.toBe(previous.a.list[1]);
  });

  it('gives the previous object itself when nothing changed', () => {
    const previous = { a: [1, 2, { b: null }] };
    expect(reuseUnchanged(previous, structuredClone(previous))).toBe(previous);
  });

  it('tells a removed key, a shorter list and a changed type apart', () => {
    expect(reuseUnchanged({ a: 1, b: 2 }, { a: 1 })).toEqual({ a: 1 });
    expect(reuseUnchanged([1, 2], [1])).toEqual([1]);
    expect(reuseUnchanged({ a: [1] }, { a: { 0: 1 } })).toEqual({ a: { 0: 1 } });
    expect(reuseUnchanged([{ 0: 1 }], [[1]])).toEqual([[1]]);
  });

  it('always equals the new data, and reuses whatever equals the old (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        const previous = structuredClone(a);
        const shared = reuseUnchanged(previous, structuredClone(b));
        expect(shared).toEqual(b);
        if (JSON.stringify(a) === JSON.stringify(b)) expect(shared).toBe(previous);
      }),
    );
  });
});
