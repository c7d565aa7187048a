import type { StoreApi, UseBoundStore } from 'zustand';
import type { EditorState } from '../editor/store';
import { Autosaver } from './autosave';
import { clearBackup, recoverBackups, writeBackup } from './backup';
import { openDatabase } from './db';
import type { RestoreResult } from '../core/document/restore';
import type { ArchDocument } from '../core/document/schema';
import { DocumentRepository, type DocumentSummary } from './repository';
import { useSaveStatus } from './saveStatus';
import { requestPersistence } from './usage';

/** What the rest of the app may do with stored documents. */
export interface Storage {
  list: () => Promise<DocumentSummary[]>;
  /** The newest version of a document: one still waiting to be written, or the stored one. */
  load: (id: string) => Promise<RestoreResult | undefined>;
  /** Writes a document now (through the autosaver, so a failure is retried, never lost). */
  save: (doc: ArchDocument) => Promise<boolean>;
  /** Writes any pending change now; true when everything is in IndexedDB. */
  flush: () => Promise<boolean>;
  /** Deletes a document for good, with any of its versions still waiting to be written. */
  deleteDocument: (id: string) => Promise<void>;
  getSetting: <T>(key: string) => Promise<T | undefined>;
  setSetting: (key: string, value: unknown) => Promise<void>;
}

/**
 * The one subscriber that persists the editor: every edit (changeSeq > 0) schedules a write;
 * the page going hidden or away flushes it, with a synchronous backup as the last resort.
 */
export async function connectStorage(
  editor: UseBoundStore<StoreApi<EditorState>>,
): Promise<Storage> {
  const db = openDatabase();
  // Opened here, so that a browser refusing IndexedDB is known before anything relies on it.
  await db.open();
  const repo = new DocumentRepository(db);
  await recoverBackups(repo);
  void requestPersistence();

  const autosaver: Autosaver = new Autosaver(
    async (doc) => {
      await repo.save(doc);
      // A newer version may have been backed up while this one was being written.
      if (!autosaver.hasPending(doc.id)) clearBackup(doc.id);
    },
    (state, message) => useSaveStatus.setState({ state, message }),
  );

  editor.subscribe((state, previous) => {
    if (state.doc && state.changeSeq > 0 && state.changeSeq !== previous.changeSeq) {
      autosaver.schedule(state.doc);
    }
  });

  const flushOnHide = () => {
    autosaver.unsaved.forEach(writeBackup);
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

  return {
    list: () => repo.list(),
    load: async (id) => {
      const unsaved = autosaver.unsaved.find((d) => d.id === id);
      return unsaved ? { ok: true, document: unsaved } : repo.load(id);
    },
    save: (doc) => {
      autosaver.schedule(doc);
      return autosaver.flush();
    },
    flush: () => autosaver.flush(),
    getSetting: (key) => repo.getSetting(key),
    setSetting: (key, value) => repo.setSetting(key, value),
    deleteDocument: async (id) => {
      await autosaver.discard(id);
      clearBackup(id);
      await repo.delete(id);
    },
  };
}
