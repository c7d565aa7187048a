import { describe, expect, it } from 'vitest';
import { sectionMarkdown } from '../../document/markdown/toMarkdown';
import { findAll, headingDepths, parseMarkdown } from '../../test/markdown';
import {
  SECONDS_PER_MONTH,
  SECONDS_PER_YEAR,
  availabilityText,
  formatDuration,
  parseAvailability,
} from './downtime';
import { performanceRequirements as section } from './model';
import { example } from './example';

const NOT_SPECIFIED = '_Not yet specified._';

function valid(input: string) {
  const result = parseAvailability(input);
  if (result.kind !== 'valid') throw new Error(`${input} should be valid, is ${result.kind}`);
  return result;
}

describe('9. Performance Requirements: Markdown', () => {
  it('keeps the section and subsection headings when empty', () => {
    expect(sectionMarkdown(section, section.empty())).toBe(
      [
        '## 9. Performance Requirements',
        '### 9.1 SLAs',
        NOT_SPECIFIED,
        '### 9.2 Scaling Strategy',
        NOT_SPECIFIED,
      ].join('\n\n'),
    );
  });

  it('renders the SLAs with the allowed downtime and the scaling strategy as lists', () => {
    const markdown = sectionMarkdown(section, example());
    expect(headingDepths(markdown)).toEqual([2, 3, 3]);
    expect(markdown).toContain('### 9.1 SLAs');
    expect(markdown).toContain('### 9.2 Scaling Strategy');
    expect(markdown).toContain(
      '- **Availability:** 99.9 % (allows 43 min 50 s of downtime per month, 8 h 46 min per year)',
    );
    expect(markdown).toContain('- **Response time (p95):** < 200 ms');
    expect(markdown).toContain('- **Throughput:** 10,000 requests/second');
    expect(markdown).toContain('- **Data durability:** 99.999999999 %');
    const lists = findAll(parseMarkdown(markdown), 'list');
    expect(lists.map((l) => l.children.length)).toEqual([4, 4]);
    expect(markdown).toContain('- Horizontal pod autoscaling (HPA)');
  });

  it('leaves out blank SLAs and keeps an invalid availability as typed, without downtime', () => {
    const data = { ...section.empty(), availability: 'abc', throughput: '500 rps' };
    const markdown = sectionMarkdown(section, data);
    expect(markdown).toContain('- **Availability:** abc\n- **Throughput:** 500 rps');
    expect(markdown).not.toContain('downtime');
    expect(markdown).not.toContain('Response time');
  });
});

describe('9. Performance Requirements: schema', () => {
  it('accepts the example and the empty value', () => {
    expect(section.schema.safeParse(example()).success).toBe(true);
    expect(section.schema.safeParse(section.empty()).success).toBe(true);
  });

  it('fills fields missing from an older document', () => {
    expect(section.schema.parse({ availability: '99.5' })).toEqual({
      ...section.empty(),
      availability: '99.5',
    });
  });

  it('rejects malformed data', () => {
    expect(section.schema.safeParse({ ...section.empty(), availability: 99.9 }).success).toBe(
      false,
    );
    expect(section.schema.safeParse({ ...section.empty(), scaling: ['HPA'] }).success).toBe(false);
    expect(
      section.schema.safeParse({ ...section.empty(), scaling: [{ id: '', text: 'HPA' }] }).success,
    ).toBe(false);
  });
});

describe('allowed downtime', () => {
  it('uses the average Gregorian month and year', () => {
    expect(SECONDS_PER_YEAR).toBe(31_556_952);
    expect(SECONDS_PER_MONTH / 86_400).toBeCloseTo(30.44, 2);
  });

  it('computes 99.9 %: 43 min 49.7 s a month, 8 h 45 min 57 s a year', () => {
    const a = valid('99.9');
    expect(a.percent).toBe(99.9);
    expect(a.perMonth).toBeCloseTo(2629.746, 3);
    expect(a.perYear).toBeCloseTo(31_556.952, 3);
    expect(formatDuration(a.perMonth)).toBe('43 min 50 s');
    expect(formatDuration(a.perYear)).toBe('8 h 46 min');
  });

  it('allows no downtime at 100 % and all of it at 0 %', () => {
    expect(valid('100')).toMatchObject({ perMonth: 0, perYear: 0 });
    expect(availabilityText('100')).toBe('100 % (allows no downtime)');
    const zero = valid('0');
    expect(zero.perMonth).toBe(SECONDS_PER_MONTH);
    expect(zero.perYear).toBe(SECONDS_PER_YEAR);
    expect(availabilityText('0')).toBe(
      '0 % (allows 30 d 10 h of downtime per month, 365 d 6 h per year)',
    );
  });

  it('computes five nines', () => {
    const a = valid('99.999');
    expect(a.perMonth).toBeCloseTo(26.297, 2);
    expect(a.perYear).toBeCloseTo(315.57, 1);
    expect(availabilityText('99.999')).toBe(
      '99.999 % (allows 26 s of downtime per month, 5 min 16 s per year)',
    );
  });

  it('reads a comma decimal, a percent sign and surrounding spaces', () => {
    for (const input of ['99,9', '99.9%', ' 99.9 % ', '99,9 %']) {
      expect(valid(input).percent).toBe(99.9);
    }
    expect(availabilityText('99,9')).toBe(
      '99.9 % (allows 43 min 50 s of downtime per month, 8 h 46 min per year)',
    );
  });

  it('does not flag a number still being typed', () => {
    expect(valid('99.').percent).toBe(99);
  });

  it('treats blank input as not given', () => {
    expect(parseAvailability('')).toEqual({ kind: 'blank' });
    expect(parseAvailability('   ')).toEqual({ kind: 'blank' });
    expect(availabilityText('')).toBe('');
  });

  it('explains garbage and out-of-range values', () => {
    for (const input of ['abc', '99.9.9', '1e2', 'ninety', '%', '.']) {
      expect(parseAvailability(input)).toEqual({
        kind: 'invalid',
        message: expect.stringContaining('percentage') as string,
      });
    }
    for (const input of ['120', '100.0001', '-1']) {
      expect(parseAvailability(input)).toEqual({
        kind: 'invalid',
        message: 'Availability must be between 0 and 100 %.',
      });
    }
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [0.0004, '< 1 ms'],
    [0.263, '263 ms'],
    [0.9996, '1 s'],
    [26.3, '26 s'],
    [59.6, '1 min'],
    [90, '1 min 30 s'],
    [3599.7, '1 h'],
    [3660, '1 h 1 min'],
    [86_399.9, '1 d'],
    [90_000, '1 d 1 h'],
  ])('%s s → %s', (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected);
  });
});
