import type { RestoreResult } from '../document/restore';
import { openDatabase } from '../storage/db';
import { DocumentRepository } from '../storage/repository';

/**
 * Reads one document from this browser's storage, read-only: the print view never writes,
 * and it closes the database at once so it cannot hold up the app's own connection.
 */
export async function loadStoredDocument(id: string): Promise<RestoreResult | undefined> {
  const db = await openDatabase();
  try {
    return await new DocumentRepository(db).load(id);
  } finally {
    db.close();
  }
}
