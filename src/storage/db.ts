import type { CheckpointReason } from '../core/document/checkpoint';
import Dexie, { type EntityTable } from 'dexie';

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

export type ArchbenchDb = Dexie & {
  documents: EntityTable<StoredDocument, 'id'>;
  settings: EntityTable<Setting, 'key'>;
  versions: EntityTable<StoredVersion, 'id'>;
  trash: EntityTable<TrashedDocument, 'id'>;
  summaries: EntityTable<StoredSummary, 'id'>;
  drawings: EntityTable<StoredDrawing, 'key'>;
};

export const summaryOf = ({ id, title, status, updated }: StoredSummary): StoredSummary => ({
  id,
  title,
  status,
  updated,
});

/** Opens (or creates) the one database that holds all documents. */
export function openDatabase(name = 'archbench'): ArchbenchDb {
  const db = new Dexie(name) as ArchbenchDb;
  db.version(1).stores({ documents: 'id, updated', settings: 'key' });
  // Version 2 only adds stores: existing documents are untouched.
  db.version(2).stores({
    documents: 'id, updated',
    settings: 'key',
    versions: 'id, docId, created',
    trash: 'id, deleted',
  });
  // Version 3 adds the documents list's own table, so that listing does not read every whole
  // document (it is filled once from the documents), and the diagrams' last drawings.
  db.version(3)
    .stores({
      documents: 'id, updated',
      settings: 'key',
      versions: 'id, docId, created',
      trash: 'id, deleted',
      summaries: 'id, updated',
      drawings: 'key, used',
    })
    .upgrade(async (tx) => {
      const summaries = tx.table<StoredSummary, string>('summaries');
      await tx
        .table<StoredDocument, string>('documents')
        .each((row) => void summaries.put(summaryOf(row)));
    });
  return db;
}
