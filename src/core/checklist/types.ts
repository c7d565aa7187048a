/**
 * Where the fix for a failing item is: a field of a section (its anchor is
 * fieldAnchor(section, field)), a whole section, the document details, or the approval in the
 * checklist itself. Sections are named by id: the core knows none of them.
 */
export type FixTarget =
  | { readonly kind: 'field'; readonly section: string; readonly field: string }
  | { readonly kind: 'section'; readonly section: string }
  | { readonly kind: 'details'; readonly field: string }
  | { readonly kind: 'approval' };

export interface ReviewVerdict {
  readonly pass: boolean;
  /** One sentence of evidence: what passed, or the gap that fails, by name. */
  readonly reason: string;
  /** Set when the item fails: where to go to fix it. */
  readonly fix?: FixTarget;
}

/**
 * One item of the template's review checklist and the rule that decides it, reading `Input`
 * (a section's data, or the whole document for the rules about the document itself).
 */
export interface ReviewRule<Input, Derived = unknown> {
  readonly id: string;
  /** The template's own words: "Risk assessment done". */
  readonly title: string;
  /** The item's place in the template's checklist (1-based), which is not section order. */
  readonly item: number;
  /**
   * `derived` is what the background analysis made of the input (OpenAPI problems, ...); a
   * rule that needs it says so while it is missing.
   */
  check(this: void, input: Input, derived: Derived | undefined): ReviewVerdict;
}

export interface ReviewItem extends ReviewVerdict {
  readonly id: string;
  readonly title: string;
}
