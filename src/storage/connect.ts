import type { OpenDocument } from './port';
import { provideStorage, type Storage } from './instance';
import { Autosaver } from './autosave';
import { clearBackup, recoverBackups, writeBackup } from './backup';
import { openDatabase } from './db';
import { DrawingCache } from './drawings';
import { DocumentRepository } from './repository';
import { useSaveStatus } from './saveStatus';
import { connectTabs, type TabEvents } from './tabs';
import { requestPersistence } from './usage';

export type { Storage } from './instance';

/**
 * The one subscriber that persists the editor: every edit (changeSeq > 0) schedules a write;
 * the page going hidden or away flushes it, with a synchronous backup as the last resort.
 */
export async function connectStorage(editor: OpenDocument, events: TabEvents): Promise<Storage> {
  // Opened here, so that a browser refusing IndexedDB is known before anything relies on it.
  const db = await openDatabase();
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

  return provideStorage({
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
    drawings: new DrawingCache(db),
  });
}
