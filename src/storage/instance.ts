import type { RestoreResult } from '../document/restore';
import type { ArchDocument } from '../document/schema';
import type { VersionReason } from './db';
import type { DocumentSummary, TrashSummary, VersionSummary } from './repository';

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
  /** The diagrams' last drawings, kept between visits; none where IndexedDB is refused. */
  drawings?: {
    get(key: string): Promise<string | undefined>;
    put(key: string, svg: string): Promise<void>;
  };
}

let current: Storage | null = null;

/** Made the app's storage by connectStorage or, where IndexedDB is refused, memoryStorage. */
export function provideStorage(storage: Storage): Storage {
  current = storage;
  return storage;
}

/** The app's storage, for the features that keep documents and versions. */
export function requireStorage(): Storage {
  if (!current) throw new Error('the browser’s storage is not open yet');
  return current;
}
