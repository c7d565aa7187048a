import { restoreDocument } from '../document/restore';
import type { ArchDocument } from '../document/schema';
import type { DocumentRepository } from './repository';

/**
 * A synchronous safety net for the moment the page goes away: an IndexedDB write started in
 * `pagehide` may not finish, a localStorage write does. The copy is moved into IndexedDB on
 * the next start and removed once a normal write of the document succeeds.
 */
const PREFIX = 'archbench:unsaved:';

export function writeBackup(doc: ArchDocument): void {
  try {
    localStorage.setItem(PREFIX + doc.id, JSON.stringify(doc));
  } catch {
    // Storage full or unavailable: the IndexedDB flush is the remaining chance.
  }
}

export function clearBackup(id: string): void {
  try {
    localStorage.removeItem(PREFIX + id);
  } catch {
    // Nothing to clear when localStorage is unavailable.
  }
}

/** Moves any backups newer than what IndexedDB holds into IndexedDB. */
export async function recoverBackups(repo: DocumentRepository): Promise<number> {
  let recovered = 0;
  let keys: string[];
  try {
    keys = Object.keys(localStorage).filter((k) => k.startsWith(PREFIX));
  } catch {
    return 0;
  }
  for (const key of keys) {
    let value: unknown = null;
    try {
      value = JSON.parse(localStorage.getItem(key) ?? 'null');
    } catch {
      // A torn write: nothing usable in it.
    }
    const restored = restoreDocument(value);
    if (restored.ok && (await repo.recover(restored.document))) recovered++;
    localStorage.removeItem(key);
  }
  return recovered;
}
