import { newId } from '../core/ids';
import { restoreDocument, type RestoreResult } from '../document/restore';
import type { ArchDocument } from '../document/schema';
import {
  inTransaction,
  summaryOf,
  type ArchbenchDb,
  type WriteTransaction,
  type StoredDocument,
  type StoredSummary,
  type StoredVersion,
  type VersionReason,
} from './db';

/** A document as the documents list shows it. */
export type DocumentSummary = StoredSummary;

export type VersionSummary = Omit<StoredVersion, 'data'>;

/** A stored version without its document, as lists show it. */
export const versionSummary = ({ id, docId, name, reason, created }: StoredVersion) => ({
  id,
  docId,
  name,
  reason,
  created,
});
export interface TrashSummary {
  id: string;
  title: string;
  deleted: string;
}

/** Deleted documents stay this long in the trash. */
export const TRASH_DAYS = 30;

/** A document as stored, with the revision a later write must name to replace it. */
export interface LoadedDocument {
  revision: number;
  result: RestoreResult;
}

/** Another tab wrote the document since this tab last read it. */
export class StaleWriteError extends Error {
  override readonly name = 'StaleWriteError';
  constructor(readonly stored: LoadedDocument) {
    super('the document was changed in another tab');
  }
}

/**
 * Another tab deleted the document this tab was writing. The write went to the trashed copy
 * (`revision` is that copy's revision now), or, when that copy had changed since this tab's
 * base, into a version of its own (`revision` null).
 */
export class DeletedElsewhereError extends Error {
  override readonly name = 'DeletedElsewhereError';
  constructor(readonly revision: number | null) {
    super('the document was moved to the trash in another tab');
  }
}

/**
 * Everything the app does with stored documents. Documents leave storage only through
 * restoreDocument(), so a damaged or newer record is reported, never loaded half-valid.
 */
export class DocumentRepository {
  constructor(private readonly db: ArchbenchDb) {}

  /** All documents, most recently updated first (from their summaries, not the documents). */
  async list(): Promise<DocumentSummary[]> {
    return (await this.db.getAllFromIndex('summaries', 'updated')).reverse().map(summaryOf);
  }

  async load(id: string): Promise<RestoreResult | undefined> {
    return (await this.loadWithRevision(id))?.result;
  }

  async loadWithRevision(id: string): Promise<LoadedDocument | undefined> {
    const row = await this.db.get('documents', id);
    return row ? { revision: row.revision, result: restoreDocument(row.data) } : undefined;
  }

  /**
   * Writes the document and returns its new revision. Given `expected`, the write happens
   * only if the stored revision is still that one; otherwise StaleWriteError carries what is
   * stored now, for the caller to merge. A document deleted since (by another tab) is never
   * brought back: see DeletedElsewhereError.
   */
  async save(doc: ArchDocument, expected?: number): Promise<number> {
    const written = await inTransaction(this.db, [...EVERY_COPY], async (tx) => {
      const previous = await tx.objectStore('documents').get(doc.id);
      if (!previous && expected !== undefined) {
        return { deleted: true as const, revision: await saveDeleted(tx, doc, expected) };
      }
      if (previous && expected !== undefined && previous.revision !== expected) {
        throw new StaleWriteError({
          revision: previous.revision,
          result: restoreDocument(previous.data),
        });
      }
      const revision = (previous?.revision ?? 0) + 1;
      await putDocument(tx, {
        id: doc.id,
        title: doc.meta.title,
        status: doc.meta.status,
        updated: doc.meta.updated,
        revision,
        data: doc,
      });
      return { deleted: false as const, revision };
    });
    if (written.deleted) throw new DeletedElsewhereError(written.revision);
    return written.revision;
  }

  /**
   * Puts back edits that were not written before the page went away (see backup.ts), when
   * they are newer than what is stored; true when they were. A record this version cannot
   * read (a newer Archbench's) is never replaced: the edits become a version of it. A document
   * deleted meanwhile stays deleted: the edits go to its copy in the trash.
   */
  async recover(doc: ArchDocument): Promise<boolean> {
    return inTransaction(this.db, [...EVERY_COPY], async (tx) => {
      const documents = tx.objectStore('documents');
      const trash = tx.objectStore('trash');
      // Stored text at least as new as the edits wins (it was written after them).
      const newer = (stored: unknown) => {
        const result = restoreDocument(stored);
        return result.ok && result.document.meta.updated >= doc.meta.updated;
      };
      const row = await documents.get(doc.id);
      if (row && !restoreDocument(row.data).ok) {
        await putVersion(tx, doc, 'Unsaved edits recovered after a restart', 'conflict');
        return true;
      }
      if (row && newer(row.data)) return false;
      const trashed = row ? undefined : await trash.get(doc.id);
      if (trashed) {
        if (newer(trashed.data)) return false;
        await trash.put({
          ...trashed,
          title: doc.meta.title,
          revision: trashed.revision + 1,
          data: doc,
        });
        return true;
      }
      await putDocument(tx, {
        id: doc.id,
        title: doc.meta.title,
        status: doc.meta.status,
        updated: doc.meta.updated,
        revision: (row?.revision ?? 0) + 1,
        data: doc,
      });
      return true;
    });
  }

  /** Moves the document to the trash (its versions stay with it until it is purged). */
  async delete(id: string, now = new Date().toISOString()): Promise<void> {
    await inTransaction(this.db, ['documents', 'trash', 'summaries'], async (tx) => {
      const row = await tx.objectStore('documents').get(id);
      if (!row) return;
      const { title, revision, data } = row;
      await tx.objectStore('trash').put({ id, title, deleted: now, revision, data });
      await tx.objectStore('documents').delete(id);
      await tx.objectStore('summaries').delete(id);
    });
  }

  async listTrash(): Promise<TrashSummary[]> {
    const rows = (await this.db.getAllFromIndex('trash', 'deleted')).reverse();
    return rows.map(({ id, title, deleted }) => ({ id, title, deleted }));
  }

  /** Puts a trashed document back among the documents; false when it is no longer there. */
  async restoreFromTrash(id: string): Promise<boolean> {
    return inTransaction(this.db, ['documents', 'trash', 'summaries'], async (tx) => {
      const row = await tx.objectStore('trash').get(id);
      if (!row) return false;
      const result = restoreDocument(row.data);
      const meta = result.ok ? result.document.meta : undefined;
      await putDocument(tx, {
        id,
        title: row.title,
        status: meta?.status ?? 'Draft',
        updated: meta?.updated ?? row.deleted,
        // Counting on, so that a tab still holding an older revision cannot write over it.
        revision: row.revision + 1,
        data: row.data,
      });
      await tx.objectStore('trash').delete(id);
      return true;
    });
  }

  /** Removes trashed documents (and their versions) for good: the given ones, or all. */
  async purgeTrash(ids?: readonly string[]): Promise<void> {
    await inTransaction(this.db, ['trash', 'versions'], async (tx) => {
      // Only what is still in the trash: another tab may have restored one meanwhile.
      const inTrash = await tx.objectStore('trash').getAllKeys();
      const targets = ids ? inTrash.filter((id) => ids.includes(id)) : inTrash;
      const versions = tx.objectStore('versions');
      for (const id of targets) {
        await tx.objectStore('trash').delete(id);
        for (const key of await versions.index('docId').getAllKeys(id)) await versions.delete(key);
      }
    });
  }

  /** Empties the trash of documents deleted more than TRASH_DAYS ago. */
  async purgeExpired(now = Date.now()): Promise<void> {
    const cutoff = new Date(now - TRASH_DAYS * 24 * 3600 * 1000).toISOString();
    const expired = await this.db.getAllKeysFromIndex(
      'trash',
      'deleted',
      IDBKeyRange.upperBound(cutoff, true),
    );
    if (expired.length > 0) await this.purgeTrash(expired);
  }

  async saveVersion(
    doc: ArchDocument,
    name: string,
    reason: VersionReason,
    created = new Date().toISOString(),
  ): Promise<VersionSummary> {
    return inTransaction(this.db, ['versions'], (tx) => putVersion(tx, doc, name, reason, created));
  }

  /** A document's versions, newest first. */
  async listVersions(docId: string): Promise<VersionSummary[]> {
    const rows = await this.db.getAllFromIndex('versions', 'docId', docId);
    rows.sort((a, b) => (a.created < b.created ? 1 : a.created > b.created ? -1 : 0));
    return rows.map(versionSummary);
  }

  async loadVersion(id: string): Promise<RestoreResult | undefined> {
    const row = await this.db.get('versions', id);
    return row ? restoreDocument(row.data) : undefined;
  }

  async deleteVersion(id: string): Promise<void> {
    await this.db.delete('versions', id);
  }

  async getSetting<T>(key: string): Promise<T | undefined> {
    return (await this.db.get('settings', key))?.value as T | undefined;
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    await this.db.put('settings', { key, value });
  }
}

/** Every store a document's copies live in: a write may move it between them. */
const EVERY_COPY = ['documents', 'trash', 'versions', 'summaries'] as const;
type CopyTransaction = WriteTransaction<(typeof EVERY_COPY)[number][]>;

/** What a write needs of a transaction: the stores it puts rows into. */
interface Writes {
  objectStore(name: 'documents'): { put(row: StoredDocument): Promise<unknown> };
  objectStore(name: 'summaries'): { put(row: StoredSummary): Promise<unknown> };
  objectStore(name: 'versions'): { put(row: StoredVersion): Promise<unknown> };
}

/** A document and its line in the list are written together, in the caller's transaction. */
async function putDocument(tx: Writes, row: StoredDocument): Promise<void> {
  await tx.objectStore('documents').put(row);
  await tx.objectStore('summaries').put(summaryOf(row));
}

async function putVersion(
  tx: Writes,
  doc: ArchDocument,
  name: string,
  reason: VersionReason,
  created = new Date().toISOString(),
): Promise<VersionSummary> {
  const version = { id: newId(), docId: doc.id, name, reason, created };
  await tx.objectStore('versions').put({ ...version, data: doc });
  return version;
}

/**
 * A write of a document that was deleted meanwhile: it updates the trashed copy when that is
 * the version the write was based on (or puts one back when the trash was emptied); a write
 * based on an older version is kept as a version instead of replacing newer trashed text.
 */
async function saveDeleted(
  tx: CopyTransaction,
  doc: ArchDocument,
  expected: number,
): Promise<number | null> {
  const trashed = await tx.objectStore('trash').get(doc.id);
  if (trashed && trashed.revision !== expected) {
    await putVersion(tx, doc, 'Edits made in another tab as it was deleted', 'conflict');
    return null;
  }
  const deleted = trashed?.deleted ?? new Date().toISOString();
  const revision = expected + 1;
  await tx
    .objectStore('trash')
    .put({ id: doc.id, title: doc.meta.title, deleted, revision, data: doc });
  return revision;
}
