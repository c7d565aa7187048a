import { useEffect, useMemo } from 'react';
import { create } from 'zustand';
import type { InspectionReport, inspectDocument } from '../document/inspections/inspect';
import { useDerived } from '../derived/store';
import { useSettled } from '../derived/settled';

type Inspect = typeof inspectDocument;

// The rules come in their own chunk (with the checklist's), a moment after start: the first
// screen does not wait for them.
const useRules = create<{ inspect: Inspect | null }>()(() => ({ inspect: null }));
let loading: Promise<void> | null = null;
function load(): void {
  loading ??= import('../document/inspections/inspect').then(({ inspectDocument }) =>
    useRules.setState({ inspect: inspectDocument }),
  );
}

/** The inspections' report on the open document, when typing pauses; null with no document. */
export function useInspections(): InspectionReport | null {
  const doc = useSettled((s) => s.doc);
  const derived = useDerived((s) => s.bySection);
  const inspect = useRules((s) => s.inspect);
  useEffect(load, []);
  return useMemo(() => (doc && inspect ? inspect(doc, derived) : null), [doc, derived, inspect]);
}

const WORDS = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['suggestion', 'suggestions'],
} as const;

/** "1 error, 3 warnings and 2 suggestions"; "nothing found" when all are 0. */
export function countsSentence(counts: InspectionReport['counts']): string {
  const parts = (['error', 'warning', 'info'] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${WORDS[s][counts[s] === 1 ? 0 : 1]}`);
  if (parts.length === 0) return 'nothing found';
  return parts.length === 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

export const SEVERITY_LABELS = {
  error: 'Error',
  warning: 'Warning',
  info: 'Suggestion',
  off: 'Off',
} as const;
