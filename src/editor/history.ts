import type { ArchDocument } from '../document/schema';

/**
 * Undo and redo for the session, as a pure value. Typing into one field makes one step, not
 * one per keystroke: an edit of the same target within COALESCE_MS joins the previous step.
 */
export interface History {
  past: readonly ArchDocument[];
  future: readonly ArchDocument[];
  /** What the last step edited ("section:risks", "meta") and when, for coalescing. */
  lastTarget: string;
  lastAt: number;
}

export const COALESCE_MS = 1000;
/** Steps kept; documents share unchanged parts, so each step costs little. */
export const HISTORY_LIMIT = 200;

export const emptyHistory: History = { past: [], future: [], lastTarget: '', lastAt: 0 };

/** Records that `before` was replaced by an edit of `target` at time `at`. */
export function record(
  history: History,
  before: ArchDocument,
  target: string,
  at: number,
): History {
  const joins = target === history.lastTarget && at - history.lastAt < COALESCE_MS;
  const past = joins ? history.past : [...history.past, before].slice(-HISTORY_LIMIT);
  return { past, future: [], lastTarget: target, lastAt: at };
}

/** The document to show after undo, and the history after it; null when there is nothing. */
export function undo(
  history: History,
  present: ArchDocument,
): { doc: ArchDocument; history: History } | null {
  const doc = history.past.at(-1);
  if (!doc) return null;
  return {
    doc,
    history: {
      past: history.past.slice(0, -1),
      future: [present, ...history.future],
      lastTarget: '',
      lastAt: 0,
    },
  };
}

export function redo(
  history: History,
  present: ArchDocument,
): { doc: ArchDocument; history: History } | null {
  const doc = history.future[0];
  if (!doc) return null;
  return {
    doc,
    history: {
      past: [...history.past, present],
      future: history.future.slice(1),
      lastTarget: '',
      lastAt: 0,
    },
  };
}
