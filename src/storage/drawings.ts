import { inTransaction, type ArchbenchDb } from './db';

/** How many drawings are kept; past it the least recently used go. */
export const KEPT_DRAWINGS = 300;

/** A drawing's "last used" is written again only when it is older than this. */
const USED_AGAIN_MS = 60 * 60 * 1000;

/**
 * The diagrams' last drawings, by the key the diagrams give (a hash of source, Mermaid's
 * version and configuration). A drawing is a few kB of SVG: 300 of them are a megabyte or two.
 */
export class DrawingCache {
  constructor(
    private readonly db: ArchbenchDb,
    private readonly limit = KEPT_DRAWINGS,
  ) {}

  async get(key: string): Promise<string | undefined> {
    const row = await this.db.get('drawings', key);
    // Marked as used for the next trim, without holding the caller up; a document opened again
    // within the hour writes nothing (an hour is nothing next to a trim of 300 drawings).
    const now = Date.now();
    if (row && now - row.used > USED_AGAIN_MS) {
      void this.db.put('drawings', { ...row, used: now }).catch(() => undefined);
    }
    return row?.svg;
  }

  async put(key: string, svg: string): Promise<void> {
    await inTransaction(this.db, ['drawings'], async (tx) => {
      const drawings = tx.objectStore('drawings');
      await drawings.put({ key, svg, used: Date.now() });
      const extra = (await drawings.count()) - this.limit;
      if (extra <= 0) return;
      const oldest = await drawings.index('used').getAllKeys(null, extra);
      for (const old of oldest) await drawings.delete(old);
    });
  }
}
