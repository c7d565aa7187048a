import type { StoreApi, UseBoundStore } from 'zustand';
import type { EditorState } from '../editor/store';
import { Autosaver } from './autosave';
import { clearBackup, recoverBackups, writeBackup } from './backup';
import { openDatabase } from './db';
import { DocumentRepository } from './repository';
import { useSaveStatus } from './saveStatus';

export interface Storage {
  repo: DocumentRepository;
  /** Writes any pending change now; call before switching or deleting documents. */
  flush: () => Promise<void>;
}

/**
 * The one subscriber that persists the editor: every edit (changeSeq > 0) schedules a write;
 * the page going hidden or away flushes it, with a synchronous backup as the last resort.
 */
export async function connectStorage(
  editor: UseBoundStore<StoreApi<EditorState>>,
): Promise<Storage> {
  const repo = new DocumentRepository(openDatabase());
  await recoverBackups(repo);

  const autosaver = new Autosaver(
    async (doc) => {
      await repo.save(doc);
      clearBackup(doc.id);
    },
    (state, message) => useSaveStatus.setState({ state, message }),
  );

  editor.subscribe((state, previous) => {
    if (state.doc && state.changeSeq > 0 && state.changeSeq !== previous.changeSeq) {
      autosaver.schedule(state.doc);
    }
  });

  const flushOnHide = () => {
    const unsaved = autosaver.unsaved;
    if (unsaved) writeBackup(unsaved);
    void autosaver.flush();
  };
  window.addEventListener('pagehide', flushOnHide);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushOnHide();
  });
  // Only when writes are failing is there something a reload would lose.
  window.addEventListener('beforeunload', (event) => {
    if (useSaveStatus.getState().state === 'error') event.preventDefault();
  });

  return { repo, flush: () => autosaver.flush() };
}
