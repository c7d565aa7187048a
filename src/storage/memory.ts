import type { StoreApi, UseBoundStore } from 'zustand';
import type { ArchDocument } from '../core/document/schema';
import type { EditorState } from '../editor/store';
import type { Storage } from './connect';
import { useSaveStatus } from './saveStatus';

/**
 * Where IndexedDB is refused (some private windows, strict privacy settings): documents live
 * in this tab only. The app keeps working, and the top bar says plainly that nothing is kept.
 */
export function memoryStorage(
  editor: UseBoundStore<StoreApi<EditorState>>,
  reason: string,
): Storage {
  const documents = new Map<string, ArchDocument>();
  const settings = new Map<string, unknown>();
  // Edits are kept as they happen, so that switching documents loses nothing in this tab.
  editor.subscribe((state) => {
    if (state.doc && state.changeSeq > 0) documents.set(state.doc.id, state.doc);
  });
  useSaveStatus.setState({
    state: 'memory',
    message: `This browser does not let Archbench store documents (${reason}). You can keep working, but documents last only while this tab is open: use Export JSON to keep your work.`,
  });
  return {
    list: () =>
      Promise.resolve(
        [...documents.values()]
          .sort((a, b) => b.meta.updated.localeCompare(a.meta.updated))
          .map((d) => ({
            id: d.id,
            title: d.meta.title,
            status: d.meta.status,
            updated: d.meta.updated,
          })),
      ),
    load: (id) => {
      const doc = documents.get(id);
      return Promise.resolve(doc ? { ok: true, document: doc } : undefined);
    },
    save: (doc) => {
      documents.set(doc.id, doc);
      return Promise.resolve(true);
    },
    flush: () => Promise.resolve(true),
    deleteDocument: (id) => {
      documents.delete(id);
      return Promise.resolve();
    },
    getSetting: <T>(key: string) => Promise.resolve(settings.get(key) as T | undefined),
    setSetting: (key, value) => {
      settings.set(key, value);
      return Promise.resolve();
    },
  };
}
