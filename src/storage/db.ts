import type { CheckpointReason } from '../core/document/checkpoint';
import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPObjectStore,
  type IDBPTransaction,
  type StoreNames,
} from 'idb';

/** One row per document. `title`, `status` and `updated` are an index for the list only. */
export interface StoredDocument {
  id: string;
  title: string;
  status: string;
  updated: string;
  /** Incremented on every write; a write that expects another revision is stale (other tab). */
  revision: number;
  /** The document as JSON; it goes through restoreDocument() on the way out. */
  data: unknown;
}

/** What the documents list shows of a document: written with it, read without it. */
export interface StoredSummary {
  id: string;
  title: string;
  status: string;
  updated: string;
}

/** A diagram's last drawing (see diagrams/keptDrawings.ts), found by a hash of what made it. */
export interface StoredDrawing {
  key: string;
  svg: string;
  /** When it was last shown or drawn (ms since 1970): the least recently used go first. */
  used: number;
}

export interface Setting {
  key: string;
  value: unknown;
}

/** Why a named version was saved: by hand, or automatically before a risky change. */
export type VersionReason = CheckpointReason;

/** A named copy of a document at one moment (see src/versions). */
export interface StoredVersion {
  id: string;
  docId: string;
  name: string;
  reason: VersionReason;
  created: string;
  data: unknown;
}

/** A deleted document, kept for TRASH_DAYS before it is removed for good. */
export interface TrashedDocument {
  id: string;
  title: string;
  deleted: string;
  /** The document's revision: it goes on counting when the document is restored. */
  revision: number;
  data: unknown;
}

interface ArchbenchSchema extends DBSchema {
  documents: { key: string; value: StoredDocument; indexes: { updated: string } };
  settings: { key: string; value: Setting };
  versions: { key: string; value: StoredVersion; indexes: { docId: string; created: string } };
  trash: { key: string; value: TrashedDocument; indexes: { deleted: string } };
  summaries: { key: string; value: StoredSummary; indexes: { updated: string } };
  drawings: { key: string; value: StoredDrawing; indexes: { used: number } };
}

export type ArchbenchDb = IDBPDatabase<ArchbenchSchema>;
export type StoreName = StoreNames<ArchbenchSchema>;
export type WriteTransaction<S extends StoreName[]> = IDBPTransaction<
  ArchbenchSchema,
  S,
  'readwrite'
>;

export const summaryOf = ({ id, title, status, updated }: StoredSummary): StoredSummary => ({
  id,
  title,
  status,
  updated,
});

/**
 * The releases before this one stored through Dexie, which writes its schema version n as
 * IndexedDB version n × 10: the numbers stay, so their databases open as they are.
 */
const VERSION = 30;

/** Opens (or creates, or upgrades) the one database that holds all documents. */
export function openDatabase(name = 'archbench'): Promise<ArchbenchDb> {
  return openDB<ArchbenchSchema>(name, VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 10) {
        db.createObjectStore('documents', { keyPath: 'id' }).createIndex('updated', 'updated');
        db.createObjectStore('settings', { keyPath: 'key' });
      }
      // Version 20 only adds stores: existing documents are untouched.
      if (oldVersion < 20) {
        const versions = db.createObjectStore('versions', { keyPath: 'id' });
        versions.createIndex('docId', 'docId');
        versions.createIndex('created', 'created');
        db.createObjectStore('trash', { keyPath: 'id' }).createIndex('deleted', 'deleted');
      }
      // Version 30 adds the documents list's own table, so that listing does not read every
      // whole document (it is filled once from the documents), and the diagrams' last drawings.
      if (oldVersion < 30) {
        const summaries = db.createObjectStore('summaries', { keyPath: 'id' });
        summaries.createIndex('updated', 'updated');
        db.createObjectStore('drawings', { keyPath: 'key' }).createIndex('used', 'used');
        void fillSummaries(tx.objectStore('documents'), tx.objectStore('summaries'));
      }
    },
    // Another tab is opening a newer schema: this tab lets it, and its next write fails with
    // the save alert (Export JSON keeps the text) rather than holding every tab back.
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
    },
  });
}

type UpgradeStore<S extends StoreName> = IDBPObjectStore<
  ArchbenchSchema,
  StoreName[],
  S,
  'versionchange'
>;

async function fillSummaries(
  documents: UpgradeStore<'documents'>,
  summaries: UpgradeStore<'summaries'>,
): Promise<void> {
  for (let cursor = await documents.openCursor(); cursor; cursor = await cursor.continue()) {
    void summaries.put(summaryOf(cursor.value));
  }
}

/**
 * Runs `work` in one read-write transaction over `stores`: all of its writes land, or (when it
 * throws) none of them do, and the error reaches the caller. Only IndexedDB requests may be
 * awaited inside, or the browser commits the transaction early.
 */
export async function inTransaction<S extends StoreName[], T>(
  db: ArchbenchDb,
  stores: S,
  work: (tx: WriteTransaction<S>) => Promise<T>,
): Promise<T> {
  const tx = db.transaction(stores, 'readwrite');
  try {
    const result = await work(tx);
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished: nothing of it to undo.
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
}
