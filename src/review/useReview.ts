import { useEffect, useMemo } from 'react';
import { create } from 'zustand';
import {
  loadReviewRules,
  reviewDocument,
  type DocumentRule,
  type Review,
} from '../document/checklist/review';
import type { ArchDocument } from '../document/schema';
import type { DerivedBySection } from '../document/markdown/toMarkdown';
import { useDerived } from '../derived/store';
import { useSettled } from '../derived/settled';

// The rules come in their own chunk, a moment after the app starts: the first paint does
// not wait for them, and the checklist appears once they are there.
const useRules = create<{ rules: readonly DocumentRule[] | null }>()(() => ({ rules: null }));
let loading: Promise<void> | null = null;
function loadRules(): void {
  loading ??= loadReviewRules().then((rules) => useRules.setState({ rules }));
}

// The top bar and the navigator both show the verdict: one computation per change serves both.
let last: { doc: ArchDocument; derived: DerivedBySection; review: Review } | null = null;
function review(doc: ArchDocument, rules: readonly DocumentRule[], derived: DerivedBySection) {
  if (last?.doc !== doc || last.derived !== derived) {
    last = { doc, derived, review: reviewDocument(doc, rules, derived) };
  }
  return last.review;
}

/** The checklist's verdict on the open document, recomputed when typing pauses. */
export function useReview(): Review | null {
  const doc = useSettled((s) => s.doc);
  const derived = useDerived((s) => s.bySection);
  const rules = useRules((s) => s.rules);
  useEffect(loadRules, []);
  return useMemo(() => (doc && rules ? review(doc, rules, derived) : null), [doc, rules, derived]);
}
