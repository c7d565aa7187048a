import type { FixTarget, ReviewVerdict } from './types';

/** Something a rule found missing, with where to fix it. */
export interface Gap {
  readonly reason: string;
  readonly fix: FixTarget;
}

/**
 * An item fails on its gaps, all named (each reason a sentence), and links to the first one;
 * with no gap it passes on the evidence. Rules list gaps in the order a user would fix them.
 */
export function verdict(
  gaps: readonly (Gap | false | undefined | null)[],
  evidence: () => string,
): ReviewVerdict {
  const found = gaps.filter((gap): gap is Gap => Boolean(gap));
  const [first] = found;
  if (!first) return { pass: true, reason: evidence() };
  return { pass: false, reason: found.map((gap) => gap.reason).join(' '), fix: first.fix };
}
