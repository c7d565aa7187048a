/**
 * Amounts typed into the cost table are kept as text (what was typed is never lost) and read
 * here, tolerantly: "2000", "2,000", "2 000.50", "$2,000", "CHF 2'000", "2.000,50 €".
 * Annual costs and totals are derived from them, never stored.
 */

export type ParsedAmount =
  | { readonly kind: 'blank' }
  | { readonly kind: 'amount'; readonly value: number }
  | { readonly kind: 'invalid' };

export const CURRENCIES = [
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'CHF',
  'CAD',
  'AUD',
  'NZD',
  'CNY',
  'INR',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'CZK',
  'BRL',
  'MXN',
  'SGD',
  'HKD',
  'ZAR',
] as const;
export type Currency = (typeof CURRENCIES)[number];
export const DEFAULT_CURRENCY: Currency = 'USD';

const BLANK: ParsedAmount = { kind: 'blank' };
const INVALID: ParsedAmount = { kind: 'invalid' };

// A currency mark before or after the number: a symbol ("$", "€", "US$"), the code of one of
// the currencies offered ("CHF"), "Fr." or "kr". Other words are not taken for a currency.
const MARK = String.raw`(?:[a-z]{0,3}\p{Sc}|${CURRENCIES.join('|')}|fr\.|kr\.?)`;
const AMOUNT = new RegExp(
  String.raw`^([-−]?)\s*(?:${MARK}\s*)?([-−]?)\s*(\d(?:[\d\s.,'’]*\d)?)\s*(?:${MARK})?$`,
  'iu',
);

/** Reads one amount; a blank text is "blank", anything that is not a number is "invalid". */
export function parseAmount(text: string): ParsedAmount {
  // NFKC folds no-break and thin spaces into plain ones and full-width digits into ASCII.
  const s = text.normalize('NFKC').trim();
  if (s === '') return BLANK;
  const match = AMOUNT.exec(s);
  if (!match) return INVALID;
  const [, signBefore = '', signAfter = '', number = ''] = match;
  if (signBefore && signAfter) return INVALID;
  const plain = normaliseSeparators(number.replace(/[\s'’]/g, ''));
  if (plain === null) return INVALID;
  const value = Number(plain) * (signBefore || signAfter ? -1 : 1);
  return Number.isFinite(value) ? { kind: 'amount', value: value === 0 ? 0 : value } : INVALID;
}

/**
 * "1,234.5" / "1.234,5" / "1,234" / "2,5" → a plain decimal string, or null when the
 * separators make no sense. With both marks the last one is the decimal point; a lone comma
 * before exactly three digits groups thousands (the en-US reading), otherwise it is decimal.
 */
function normaliseSeparators(digits: string): string | null {
  const hasComma = digits.includes(',');
  const hasDot = digits.includes('.');
  if (!hasComma && !hasDot) return digits;
  if (hasComma && hasDot) {
    const decimal = digits.lastIndexOf(',') > digits.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    const [whole = '', fraction = '', ...rest] = digits.split(decimal);
    if (rest.length > 0 || !isGrouped(whole, group)) return null;
    return `${whole.split(group).join('')}.${fraction}`;
  }
  const mark = hasComma ? ',' : '.';
  const parts = digits.split(mark);
  if (parts.length > 2) return isGrouped(digits, mark) ? parts.join('') : null;
  const [whole = '', fraction = ''] = parts;
  if (mark === ',' && fraction.length === 3) return whole + fraction;
  return `${whole}.${fraction}`;
}

/** "1,234,567": one to three digits, then groups of exactly three. */
function isGrouped(digits: string, group: string): boolean {
  const parts = digits.split(group);
  return parts.every(
    (p, i) => /^\d+$/.test(p) && (i === 0 ? p.length <= 3 || parts.length === 1 : p.length === 3),
  );
}

/** Has a part below the cent once rounded to cents, so needs two decimals to be shown right. */
export function hasCents(value: number): boolean {
  return Math.round(Math.abs(value) * 100) % 100 !== 0;
}

// Building an Intl.NumberFormat is far slower than using one, and the cost table formats every
// amount on each keystroke; at most 20 currencies × 2 precisions are ever made.
const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(currency: Currency, digits: number): Intl.NumberFormat {
  const key = `${currency}:${digits}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * "$2,000" / "€2,000.50" / "CHF 2,000": en-US formatting for every currency, so the exported
 * Markdown does not depend on the reader's browser. `cents` says whether to show two decimals.
 */
export function formatMoney(value: number, currency: Currency, cents: boolean): string {
  return formatterFor(currency, cents ? 2 : 0).format(value);
}
