import Dexie, { type EntityTable } from 'dexie';

/** One row per document. `title`, `status` and `updated` are an index for the list only. */
export interface StoredDocument {
  id: string;
  title: string;
  status: string;
  updated: string;
  /** Incremented on every write; lets later code detect a stale write from another tab. */
  revision: number;
  /** The document as JSON; it goes through restoreDocument() on the way out. */
  data: unknown;
}

export interface Setting {
  key: string;
  value: unknown;
}

export type ArchbenchDb = Dexie & {
  documents: EntityTable<StoredDocument, 'id'>;
  settings: EntityTable<Setting, 'key'>;
};

/** Opens (or creates) the one database that holds all documents. */
export function openDatabase(name = 'archbench'): ArchbenchDb {
  const db = new Dexie(name) as ArchbenchDb;
  db.version(1).stores({ documents: 'id, updated', settings: 'key' });
  return db;
}
