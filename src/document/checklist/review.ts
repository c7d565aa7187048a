import type { ArchDocument } from '../schema';
import type { DerivedBySection } from '../markdown/toMarkdown';
import type { ReviewItem, ReviewRule } from '../../core/checklist/types';
import { rememberBy } from '../../core/data/remember';
import type { SectionDefinition } from '../../core/document/section';
import { sections, type SectionId } from '../registry';

/** A checklist item over the whole document, with what the sections' analyses made of it. */
export type DocumentRule = ReviewRule<ArchDocument, DerivedBySection>;

/**
 * The template's review checklist, in its order: each section's own item (read from its
 * data alone) and the two about the document as a whole.
 */
export async function loadReviewRules(): Promise<readonly DocumentRule[]> {
  // The document's own items read the inspections, which stay out of the first download.
  const { documentationComprehensive, stakeholderApproval } = await import('./documentRules');
  const own = await Promise.all(
    (sections as readonly SectionDefinition[]).map(
      async (section): Promise<DocumentRule | null> => {
        const rule = await section.review?.();
        if (!rule) return null;
        const id = section.id as SectionId;
        // An unchanged section keeps its object, and so its verdict: checked once per change.
        const check = rememberBy((data: unknown, derived: unknown) => rule.check(data, derived));
        return { ...rule, check: (doc, derived) => check(doc.sections[id], derived?.[id]) };
      },
    ),
  );
  return [
    ...own.filter((rule) => rule !== null),
    documentationComprehensive,
    stakeholderApproval,
  ].sort((a, b) => a.item - b.item);
}

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
  rules: readonly DocumentRule[],
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
