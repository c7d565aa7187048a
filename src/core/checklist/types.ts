import type { ArchDocument } from '../document/schema';
import type { DerivedBySection } from '../markdown/toMarkdown';
import type { SectionId } from '../../sections/registry';

/**
 * Where the fix for a failing item is: a field of a section (its anchor is
 * fieldAnchor(section, field)), the document details, or the approval in the checklist itself.
 */
export type FixTarget =
  | { readonly kind: 'field'; readonly section: SectionId; readonly field: string }
  | { readonly kind: 'section'; readonly section: SectionId }
  | { readonly kind: 'details'; readonly field: string }
  | { readonly kind: 'approval' };

export interface ReviewVerdict {
  readonly pass: boolean;
  /** One sentence of evidence: what passed, or the gap that fails, by name. */
  readonly reason: string;
  /** Set when the item fails: where to go to fix it. */
  readonly fix?: FixTarget;
}

/** One item of the template's review checklist and the rule that decides it. */
export interface ReviewRule {
  readonly id: string;
  /** The template's own words: "Risk assessment done". */
  readonly title: string;
  /**
   * `derived` is what the sections' background analyses made of the document (OpenAPI
   * problems, ...); a rule that needs one says so while it is missing.
   */
  check(this: void, doc: ArchDocument, derived: DerivedBySection): ReviewVerdict;
}

export interface ReviewItem extends ReviewVerdict {
  readonly id: string;
  readonly title: string;
}
