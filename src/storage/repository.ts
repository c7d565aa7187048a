import { restoreDocument, type RestoreResult } from '../core/document/restore';
import type { ArchDocument } from '../core/document/schema';
import type { ArchbenchDb } from './db';

export interface DocumentSummary {
  id: string;
  title: string;
  /** A DocumentStatus, or whatever an unreadable record holds. */
  status: string;
  updated: string;
}

/**
 * Everything the app does with stored documents. Documents leave storage only through
 * restoreDocument(), so a damaged or newer record is reported, never loaded half-valid.
 */
export class DocumentRepository {
  constructor(private readonly db: ArchbenchDb) {}

  /** All documents, most recently updated first. */
  async list(): Promise<DocumentSummary[]> {
    const rows = await this.db.documents.orderBy('updated').reverse().toArray();
    return rows.map(({ id, title, status, updated }) => ({ id, title, status, updated }));
  }

  async load(id: string): Promise<RestoreResult | undefined> {
    const row = await this.db.documents.get(id);
    return row ? restoreDocument(row.data) : undefined;
  }

  async save(doc: ArchDocument): Promise<void> {
    await this.db.transaction('rw', this.db.documents, async () => {
      const previous = await this.db.documents.get(doc.id);
      await this.db.documents.put({
        id: doc.id,
        title: doc.meta.title,
        status: doc.meta.status,
        updated: doc.meta.updated,
        revision: (previous?.revision ?? 0) + 1,
        data: doc,
      });
    });
  }

  async delete(id: string): Promise<void> {
    await this.db.documents.delete(id);
  }

  async getSetting<T>(key: string): Promise<T | undefined> {
    return (await this.db.settings.get(key))?.value as T | undefined;
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    await this.db.settings.put({ key, value });
  }
}
