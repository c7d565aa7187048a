/**
 * The downtime an availability target allows. Periods use the Gregorian calendar's average
 * (365.2425 days a year, a month being a twelfth of that: 30.44 days), so that months of
 * different lengths do not make the same target look stricter or looser.
 */
export const SECONDS_PER_YEAR = 365.2425 * 86_400;
export const SECONDS_PER_MONTH = SECONDS_PER_YEAR / 12;

export type Availability =
  | { readonly kind: 'blank' }
  | { readonly kind: 'invalid'; readonly message: string }
  | {
      readonly kind: 'valid';
      /** The percentage, 0 to 100. */
      readonly percent: number;
      /** Allowed downtime in seconds, unrounded. */
      readonly perMonth: number;
      readonly perYear: number;
    };

// Digits with an optional decimal part; a comma counts as the decimal separator ("99,9") and a
// trailing separator is accepted, so that typing "99." on the way to "99.9" is not an error.
const NUMBER = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;

/** Reads an availability field ("99.9", "99,9 %", "99.95%"); never changes what was typed. */
export function parseAvailability(input: string): Availability {
  if (input.trim() === '') return { kind: 'blank' };
  const text = input.trim().replace(/\s*%$/, '');
  if (!NUMBER.test(text)) {
    return { kind: 'invalid', message: 'Enter the availability as a percentage, e.g. 99.9.' };
  }
  const percent = Number(text.replace(',', '.'));
  if (!Number.isFinite(percent) || percent < 0 || percent > 100) {
    return { kind: 'invalid', message: 'Availability must be between 0 and 100 %.' };
  }
  const down = (100 - percent) / 100;
  return {
    kind: 'valid',
    percent,
    perMonth: SECONDS_PER_MONTH * down,
    perYear: SECONDS_PER_YEAR * down,
  };
}

const UNITS: readonly (readonly [name: string, seconds: number])[] = [
  ['d', 86_400],
  ['h', 3_600],
  ['min', 60],
  ['s', 1],
];

/** Index in UNITS of the largest unit that fits in `seconds` (seconds themselves at least). */
function largestUnit(seconds: number): number {
  const index = UNITS.findIndex(([, size]) => seconds >= size);
  return index === -1 ? UNITS.length - 1 : index;
}

/**
 * A duration in its two largest units, rounded to the smaller one ("43 min 50 s", "8 h 46 min"):
 * precise enough to compare targets, short enough to read.
 */
export function formatDuration(seconds: number): string {
  if (!(seconds > 0)) return '0 s';
  const ms = Math.round(seconds * 1000);
  if (ms < 1) return '< 1 ms';
  if (ms < 1000) return `${ms} ms`;
  const first = largestUnit(seconds);
  const [, step] = UNITS[first + 1] ?? UNITS[first] ?? ['s', 1];
  const rounded = Math.max(1, Math.round(seconds / step)) * step;
  // Rounding may carry into the next unit (59 min 59.7 s is 1 h); units divide each other,
  // so the carried value is a whole number of the new unit.
  const [majorName, majorSize] = UNITS[largestUnit(rounded)] ?? ['s', 1];
  const minorUnit = UNITS[largestUnit(rounded) + 1];
  const major = Math.floor(rounded / majorSize);
  const minor = minorUnit ? Math.round((rounded - major * majorSize) / minorUnit[1]) : 0;
  return minorUnit && minor > 0
    ? `${major} ${majorName} ${minor} ${minorUnit[0]}`
    : `${major} ${majorName}`;
}

/** "allows 43 min 50 s of downtime per month, 8 h 46 min per year" ("allows no downtime" at 100 %). */
export function downtimeSentence(availability: Extract<Availability, { kind: 'valid' }>): string {
  if (availability.perYear <= 0) return 'allows no downtime';
  return `allows ${formatDuration(availability.perMonth)} of downtime per month, ${formatDuration(availability.perYear)} per year`;
}

/** The availability as the document prints it: "99.9 % (allows … per year)", or the text as typed. */
export function availabilityText(input: string): string {
  const availability = parseAvailability(input);
  if (availability.kind !== 'valid') return input.trim();
  return `${String(availability.percent)} % (${downtimeSentence(availability)})`;
}
