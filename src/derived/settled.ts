import { create } from 'zustand';
import type { StoreApi, UseBoundStore } from 'zustand';
import type { ArchDocument } from '../document/schema';
import type { EditorState } from '../editor/store';
import { whenIdle } from '../ui/idle';

/**
 * The open document as it was when typing last paused: what the checks across the whole
 * document (the review checklist, the inspections) read, so that they never run on the
 * typing path. A document that is opened settles at once.
 */
export const useSettled = create<{ doc: ArchDocument | null }>()(() => ({ doc: null }));

export const SETTLE_MS = 300;
/** The longest a document just opened waits for a quiet moment before it is checked. */
const OPEN_MS = 1000;

export function startSettling(editor: UseBoundStore<StoreApi<EditorState>>): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const settle = (doc: ArchDocument | null) => {
    clearTimeout(timer);
    useSettled.setState({ doc });
  };
  editor.subscribe((state) => {
    const doc = state.doc;
    const settled = useSettled.getState().doc;
    if (doc === settled) return;
    if (!doc) {
      settle(doc);
      return;
    }
    if (!settled || doc.id !== settled.id) {
      // A document just opened settles once its first screen is drawn: the checks across it
      // must not hold up the preview and its diagrams.
      clearTimeout(timer);
      useSettled.setState({ doc: null });
      whenIdle(() => {
        if (editor.getState().doc?.id === doc.id && useSettled.getState().doc === null) {
          settle(editor.getState().doc);
        }
      }, OPEN_MS);
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(() => settle(editor.getState().doc), SETTLE_MS);
  });
  settle(editor.getState().doc);
}
