import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney, hasCents, parseAmount } from './money';
import { summariseCosts } from './summary';

const amount = (text: string) => {
  const parsed = parseAmount(text);
  return parsed.kind === 'amount' ? parsed.value : parsed.kind;
};

describe('parseAmount', () => {
  it.each([
    ['2000', 2000],
    ['2,000', 2000],
    ['2 000.50', 2000.5],
    ['$2,000', 2000],
    ['$ 2,000.75', 2000.75],
    ['US$2,000', 2000],
    ['2,000 USD', 2000],
    ['€1.234,56', 1234.56],
    ['1.234.567', 1234567],
    ['1,234,567.89', 1234567.89],
    ["CHF 2'000", 2000],
    ['2\u00a0000', 2000],
    ['2\u202f000,50 €', 2000.5],
    ['２０００', 2000],
    ['2,5', 2.5],
    ['12.5', 12.5],
    ['0', 0],
    ['-300', -300],
    ['-$300', -300],
    ['$-300', -300],
    ['  42  ', 42],
    ['250 kr', 250],
    ['eur 99', 99],
  ])('reads %j as %d', (text, value) => {
    expect(amount(text)).toBe(value);
  });

  it.each(['', '   ', '\t'])('reads %j as blank', (text) => {
    expect(amount(text)).toBe('blank');
  });

  it.each([
    'abc',
    'about 2k',
    '2k',
    '1e5',
    '2,000.00.00',
    '1,23,456.7',
    '1.234,5,6',
    '2,',
    '.5',
    '--5',
    '-$-5',
    '$',
    'USD',
    '12/month',
    '2000 per',
    'abc 2000',
    'Infinity',
    'NaN',
    '9'.repeat(400),
  ])('flags %j as not a number', (text) => {
    expect(amount(text)).toBe('invalid');
  });

  it('reads back any integer written with en-US grouping and a dollar sign', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        expect(amount(`$${n.toLocaleString('en-US')}`)).toBe(n);
        expect(amount(String(n))).toBe(n);
      }),
    );
  });

  it('never throws, and every amount is a finite number', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseAmount(text);
        if (parsed.kind === 'amount') expect(Number.isFinite(parsed.value)).toBe(true);
      }),
    );
  });
});

describe('formatMoney', () => {
  it('formats whole amounts without decimals and cents with two', () => {
    expect(formatMoney(2000, 'USD', false)).toBe('$2,000');
    expect(formatMoney(33600, 'USD', false)).toBe('$33,600');
    expect(formatMoney(2000.5, 'USD', true)).toBe('$2,000.50');
    expect(formatMoney(2000, 'EUR', false)).toBe('€2,000');
    expect(formatMoney(2000, 'JPY', true)).toBe('¥2,000.00');
    expect(formatMoney(2000, 'CHF', false)).toBe('CHF\u00a02,000');
  });

  it('knows when cents are needed', () => {
    expect(hasCents(2000)).toBe(false);
    expect(hasCents(2000.5)).toBe(true);
    expect(hasCents(-0.01)).toBe(true);
    expect(hasCents(1.001)).toBe(false);
  });
});

describe('summariseCosts', () => {
  const row = (id: string, component: string, monthlyCost: string) => ({
    id,
    component,
    monthlyCost,
  });

  it('computes annual costs and totals', () => {
    const summary = summariseCosts([
      row('a', 'Compute', '2,000'),
      row('b', 'Storage', '500'),
      row('c', 'Network', '$300'),
    ]);
    expect(summary.lines.map((l) => [l.monthly, l.annual])).toEqual([
      [2000, 24000],
      [500, 6000],
      [300, 3600],
    ]);
    expect(summary.monthlyTotal).toBe(2800);
    expect(summary.annualTotal).toBe(33600);
    expect(summary.problems).toEqual([]);
    expect(summary.cents).toBe(false);
  });

  it('adds cents exactly', () => {
    const summary = summariseCosts([row('a', 'A', '0.10'), row('b', 'B', '0.20')]);
    expect(summary.monthlyTotal).toBe(0.3);
    expect(summary.annualTotal).toBe(3.6);
    expect(summary.cents).toBe(true);
  });

  it('names an amount that is not a number after its cell and leaves it out of the totals', () => {
    const summary = summariseCosts([
      row('a', 'Compute', '2000'),
      row('b', 'Support', 'about 2k'),
      row('c', '', ''),
      row('d', 'Licences', ''),
    ]);
    expect(summary.problems).toEqual(['Monthly cost 2 is not a number']);
    expect(summary.lines.map((l) => l.component)).toEqual(['Compute', 'Support', 'Licences']);
    expect(summary.lines[1]).toMatchObject({
      monthlyText: 'about 2k',
      monthly: null,
      annual: null,
    });
    expect(summary.lines[2]).toMatchObject({ monthly: null, problem: null });
    expect(summary.monthlyTotal).toBe(2000);
  });
});
