/**
 * Availability composed as reliability engineering composes it: parts a request needs one
 * after the other multiply (in series); identical replicas of which one must be up fail only
 * together (in parallel). Fractions from 0 to 1.
 */

/** All of `parts` must be up: 99.9 % and 99.9 % in series → 99.80 %. */
export function inSeries(parts: readonly number[]): number {
  return parts.reduce((a, b) => a * b, 1);
}

/** One of `replicas` copies must be up: three 99 % replicas → 99.9999 %. */
export function inParallel(availability: number, replicas: number): number {
  return 1 - (1 - availability) ** Math.max(1, Math.floor(replicas));
}

/** The first number of a text such as "10,000 requests/second at peak" (commas as thousands). */
export function leadingNumber(text: string): number | null {
  const match = /(\d[\d,]*(?:\.\d+)?)\s*(k\b)?/i.exec(text);
  if (!match) return null;
  const value = Number((match[1] ?? '').replace(/,/g, ''));
  if (!Number.isFinite(value)) return null;
  return match[2] ? value * 1000 : value;
}
