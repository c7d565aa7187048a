import type { ArchDocument } from '../document/schema';
import type { OpenDocument } from './port';
import { provideStorage } from './instance';
import { newId } from '../core/ids';
import type { Storage } from './connect';
import { versionSummary } from './repository';
import type { StoredVersion, TrashedDocument } from './db';
import { useSaveStatus } from './saveStatus';

/**
 * Where IndexedDB is refused (some private windows, strict privacy settings): documents live
 * in this tab only. The app keeps working, and the top bar says plainly that nothing is kept.
 */
export function memoryStorage(editor: OpenDocument, reason: string): Storage {
  const documents = new Map<string, ArchDocument>();
  const settings = new Map<string, unknown>();
  const versions = new Map<string, StoredVersion & { data: ArchDocument }>();
  const trash = new Map<string, TrashedDocument & { data: ArchDocument }>();
  // Edits are kept as they happen, so that switching documents loses nothing in this tab.
  editor.subscribe((state) => {
    if (state.doc && state.changeSeq > 0) documents.set(state.doc.id, state.doc);
  });
  useSaveStatus.setState({
    state: 'memory',
    message: `This browser does not let Archbench store documents (${reason}). You can keep working, but documents last only while this tab is open: use Export JSON to keep your work.`,
  });
  return provideStorage({
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
      const doc = documents.get(id);
      if (doc) {
        const deleted = new Date().toISOString();
        trash.set(id, { id, title: doc.meta.title, deleted, revision: 0, data: doc });
      }
      documents.delete(id);
      return Promise.resolve();
    },
    listTrash: () =>
      Promise.resolve(
        [...trash.values()]
          .sort((a, b) => b.deleted.localeCompare(a.deleted))
          .map(({ id, title, deleted }) => ({ id, title, deleted })),
      ),
    restoreFromTrash: (id) => {
      const item = trash.get(id);
      if (item) documents.set(id, item.data);
      trash.delete(id);
      return Promise.resolve(!!item);
    },
    purgeTrash: (ids) => {
      for (const id of ids ?? [...trash.keys()]) trash.delete(id);
      return Promise.resolve();
    },
    saveVersion: (doc, name, reason) => {
      const version = {
        id: newId(),
        docId: doc.id,
        name,
        reason,
        created: new Date().toISOString(),
      };
      versions.set(version.id, { ...version, data: doc });
      return Promise.resolve(version);
    },
    listVersions: (docId) =>
      Promise.resolve(
        [...versions.values()]
          .filter((v) => v.docId === docId)
          .sort((a, b) => b.created.localeCompare(a.created))
          .map(versionSummary),
      ),
    loadVersion: (id) => {
      const version = versions.get(id);
      return Promise.resolve(version ? { ok: true, document: version.data } : undefined);
    },
    deleteVersion: (id) => {
      versions.delete(id);
      return Promise.resolve();
    },
    getSetting: <T>(key: string) => Promise.resolve(settings.get(key) as T | undefined),
    setSetting: (key, value) => {
      settings.set(key, value);
      return Promise.resolve();
    },
  });
}
