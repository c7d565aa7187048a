import type { OpenDocument } from './port';
import { Autosaver } from './autosave';
import { clearBackup, recoverBackups, writeBackup } from './backup';
import { openDatabase, type VersionReason } from './db';
import type { RestoreResult } from '../document/restore';
import type { ArchDocument } from '../document/schema';
import {
  DocumentRepository,
  type DocumentSummary,
  type TrashSummary,
  type VersionSummary,
} from './repository';
import { useSaveStatus } from './saveStatus';
import { connectTabs, type TabEvents } from './tabs';
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
  /** Moves a document to the trash, with any of its versions still waiting to be written. */
  deleteDocument: (id: string) => Promise<void>;
  listTrash: () => Promise<TrashSummary[]>;
  restoreFromTrash: (id: string) => Promise<boolean>;
  /** Deletes trashed documents for good: the given ones, or all of them. */
  purgeTrash: (ids?: readonly string[]) => Promise<void>;
  saveVersion: (doc: ArchDocument, name: string, reason: VersionReason) => Promise<VersionSummary>;
  listVersions: (docId: string) => Promise<VersionSummary[]>;
  loadVersion: (id: string) => Promise<RestoreResult | undefined>;
  deleteVersion: (id: string) => Promise<void>;
  getSetting: <T>(key: string) => Promise<T | undefined>;
  setSetting: (key: string, value: unknown) => Promise<void>;
}

/**
 * The one subscriber that persists the editor: every edit (changeSeq > 0) schedules a write;
 * the page going hidden or away flushes it, with a synchronous backup as the last resort.
 */
export async function connectStorage(editor: OpenDocument, events: TabEvents): Promise<Storage> {
  const db = openDatabase();
  // Opened here, so that a browser refusing IndexedDB is known before anything relies on it.
  await db.open();
  const repo = new DocumentRepository(db);
  await recoverBackups(repo);
  void repo.purgeExpired();
  void requestPersistence();

  const tabs = connectTabs(repo, editor, events, {
    isWriting: (id) => autosaver.hasPending(id) || autosaver.isWriting(id),
    waiting: (id) => autosaver.waiting(id),
    replaceWaiting: (doc) => autosaver.replaceWaiting(doc),
  });
  const autosaver: Autosaver = new Autosaver(
    async (doc) => {
      await tabs.write(doc);
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
      return unsaved ? { ok: true, document: unsaved } : tabs.load(id);
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
      tabs.announce(id);
    },
    listTrash: () => repo.listTrash(),
    restoreFromTrash: async (id) => {
      const restored = await repo.restoreFromTrash(id);
      tabs.announce(id);
      return restored;
    },
    purgeTrash: (ids) => repo.purgeTrash(ids),
    saveVersion: (doc, name, reason) => repo.saveVersion(doc, name, reason),
    listVersions: (docId) => repo.listVersions(docId),
    loadVersion: (id) => repo.loadVersion(id),
    deleteVersion: (id) => repo.deleteVersion(id),
  };
}
