import { create } from 'zustand';
import type { StoreApi, UseBoundStore } from 'zustand';
import type { ArchDocument } from '../document/schema';
import type { EditorState } from '../editor/store';

/**
 * The open document as it was when typing last paused: what the checks across the whole
 * document (the review checklist, the inspections) read, so that they never run on the
 * typing path. A document that is opened settles at once.
 */
export const useSettled = create<{ doc: ArchDocument | null }>()(() => ({ doc: null }));

export const SETTLE_MS = 300;

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
    if (!doc || !settled || doc.id !== settled.id) {
      settle(doc);
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(() => settle(editor.getState().doc), SETTLE_MS);
  });
  settle(editor.getState().doc);
}
