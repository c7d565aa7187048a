import { describe, expect, it } from 'vitest';
import { inParallel, inSeries, leadingNumber } from './availability';

describe('composed availability', () => {
  it('two 99.9 % components in series give 99.80 %', () => {
    expect(inSeries([0.999, 0.999]) * 100).toBeCloseTo(99.8001, 4);
  });

  it('three 99 % replicas in parallel give 99.9999 %', () => {
    expect(inParallel(0.99, 3) * 100).toBeCloseTo(99.9999, 4);
  });

  it('one replica is the instance itself, and nothing in series is always up', () => {
    expect(inParallel(0.995, 1)).toBe(0.995);
    expect(inSeries([])).toBe(1);
  });
});

describe('leadingNumber', () => {
  it.each([
    ['10,000 requests/second at peak', 10_000],
    ['2.5k rps', 2_500],
    ['500', 500],
  ])('%s is %d', (text, n) => expect(leadingNumber(text)).toBe(n));

  it('is null without a number', () => expect(leadingNumber('high')).toBeNull());
});
