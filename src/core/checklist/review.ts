import type { ArchDocument } from '../document/schema';
import type { DerivedBySection } from '../markdown/toMarkdown';
import type { ReviewItem, ReviewRule } from './types';

export interface Review {
  readonly items: readonly ReviewItem[];
  readonly failing: readonly ReviewItem[];
  readonly passed: number;
  readonly total: number;
  /** Every item passes: the Markdown and PDF exports are open. */
  readonly complete: boolean;
}

/** The checklist's verdict on a document, item by item. */
export function reviewDocument(
  doc: ArchDocument,
  rules: readonly ReviewRule[],
  derived: DerivedBySection = {},
): Review {
  const items = rules.map((rule) => ({
    id: rule.id,
    title: rule.title,
    ...rule.check(doc, derived),
  }));
  const failing = items.filter((item) => !item.pass);
  return {
    items,
    failing,
    passed: items.length - failing.length,
    total: items.length,
    complete: failing.length === 0,
  };
}

/**
 * Why an export is closed, in one sentence a screen reader can read out: "Export Markdown
 * opens when every review item passes; 2 fail: Risk assessment done, Stakeholder approval
 * obtained." Undefined when the review is complete.
 */
export function gateReason(review: Review): string | undefined {
  if (review.complete) return undefined;
  const titles = review.failing.map((item) => item.title);
  const n = titles.length;
  return `Opens when every review item passes; ${n} of ${review.total} ${n === 1 ? 'fails' : 'fail'}: ${titles.join(', ')}.`;
}
