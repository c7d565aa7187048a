/**
 * Durations as people type them in a document: "1 hour", "15 minutes", "4h", "2 h 30 min",
 * "PT1H". Read, never rewritten: the field keeps what was typed.
 */

const UNIT_SECONDS: readonly (readonly [RegExp, number])[] = [
  [/^(?:weeks?|wks?|w)$/, 604_800],
  [/^(?:days?|d)$/, 86_400],
  [/^(?:hours?|hrs?|h)$/, 3_600],
  [/^(?:minutes?|mins?|m)$/, 60],
  [/^(?:seconds?|secs?|s)$/, 1],
];

const AMOUNT = /(\d+(?:[.,]\d+)?)\s*([a-zA-Z]+)/g;
const ISO = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i;

/** Seconds, or null when the text names no duration. "Zero"/"none"/"0" are 0. */
export function parseDuration(text: string): number | null {
  const t = text.trim();
  if (t === '') return null;
  if (/^(?:0|zero|none|no data loss)\b/i.test(t)) return 0;
  const iso = ISO.exec(t);
  if (iso && iso[0] !== 'P' && iso[0].toUpperCase() !== 'PT') {
    const [d, h, m, s] = iso.slice(1).map((v) => Number(v ?? 0));
    return (d ?? 0) * 86_400 + (h ?? 0) * 3_600 + (m ?? 0) * 60 + (s ?? 0);
  }
  let total: number | null = null;
  for (const [, amount = '', unit = ''] of t.matchAll(AMOUNT)) {
    const size = UNIT_SECONDS.find(([pattern]) => pattern.test(unit.toLowerCase()))?.[1];
    if (size === undefined) continue;
    total = (total ?? 0) + Number(amount.replace(',', '.')) * size;
  }
  return total;
}

const CONTINUOUS =
  /continuous|real[- ]?time|streaming|replicat|every (?:change|commit|write)|on (?:every )?(?:change|commit|write)|synchronous/i;
const NAMED: readonly (readonly [RegExp, number])[] = [
  [/hourly|every hour/i, 3_600],
  [/daily|nightly|every (?:day|night)|once a day|per day/i, 86_400],
  [/weekly|every week|once a week/i, 604_800],
  [/monthly|every month|once a month/i, 2_629_746],
];

/**
 * How often a backup runs, in seconds, from its frequency as written ("Daily snapshot",
 * "every 6 hours", "Continuous archiving"): 0 for continuous, null when it does not say.
 */
export function backupInterval(frequency: string): number | null {
  if (CONTINUOUS.test(frequency)) return 0;
  const every = /every\s+(\d+(?:[.,]\d+)?\s*[a-zA-Z]+)/i.exec(frequency);
  if (every) {
    const seconds = parseDuration(every[1] ?? '');
    if (seconds !== null) return seconds;
  }
  return NAMED.find(([pattern]) => pattern.test(frequency))?.[1] ?? null;
}
