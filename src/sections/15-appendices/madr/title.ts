import { padNumber } from './names';

/** A heading split into the record's number and its title. */
export interface TitleRead {
  title: string;
  /** The number the heading carries, four digits; '' when it has none. */
  number: string;
}

const DASHES = '\\-\\u2013\\u2014';
const NUMBER = '(\\d+|number|n{2,}|x{2,}|\\?+)';
// "ADR-017: x", "ADR 17 - x", "ADR-23 x", "ADR013: x", "ADR 0008 — x".
const ADR_PREFIX = new RegExp(`^ADR[-_ ]?${NUMBER}(?:\\s*[:.)${DASHES}]+\\s*|\\s+)(?=\\S)`, 'i');
// "17. x" (adr-tools), "020. x", "3 - x", "NUMBER. TITLE" (adr-tools' template).
const NUMBERED = new RegExp(`^${NUMBER}\\s*[:.)${DASHES}]+\\s+(?=\\S)`, 'i');
// "23 Logging", "0017 x": a bare number, taken only where it cannot be the title's own word.
const BARE = /^(\d+)\s+(?=\S)/;

const same = (a: string, b: string) => a !== '' && b !== '' && Number(a) === Number(b);

/**
 * The number a heading starts with, taken out of the title in every layout that writes one
 * there. A bare number ("# 23 Logging") counts only when zero-padded or equal to the file
 * name's, and not under MADR front matter: a MADR title such as "3 tiers" is the title.
 */
export function splitTitle(heading: string, fileNumber: string, frontMatter: boolean): TitleRead {
  const text = heading.trim();
  const m = ADR_PREFIX.exec(text) ?? NUMBERED.exec(text);
  const bare = m ? null : BARE.exec(text);
  const taken =
    m ??
    (bare && !frontMatter && (/^0\d/.test(bare[1] ?? '') || same(bare[1] ?? '', fileNumber))
      ? bare
      : null);
  if (!taken) return { title: text, number: '' };
  // A placeholder ("ADR-nnn:", "NUMBER.") is taken out of the title but gives no number.
  const digits = taken[1] ?? '';
  const number = /^\d+$/.test(digits) ? padNumber(digits) : '';
  return { title: text.slice(taken[0].length).trim(), number };
}

const PLACEHOLDERS = new Set(['title', 'template', 'adr title', 'decision title', 'short title']);

/**
 * A template's title: "{short title of solved problem and solution}" (MADR 3 and 4),
 * "[short title ...]" (MADR 2), "[TITLE]", "<title>", or the bare word "Title".
 */
export function isPlaceholderTitle(title: string): boolean {
  const t = title.trim();
  if (/^(?:\{[^{}]*\}|\[[^[\]]*\]|<[^<>]*>)$/.test(t)) return true;
  return PLACEHOLDERS.has(t.replace(/[\s.:]+$/, '').toLowerCase());
}
