import type { ArchbenchDb } from './db';

/** How many drawings are kept; past it the least recently used go. */
export const KEPT_DRAWINGS = 300;

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
    const row = await this.db.drawings.get(key);
    // Marked as used for the next trim, without holding the caller up.
    if (row) void this.db.drawings.update(key, { used: Date.now() }).catch(() => undefined);
    return row?.svg;
  }

  async put(key: string, svg: string): Promise<void> {
    const { drawings } = this.db;
    await this.db.transaction('rw', drawings, async () => {
      await drawings.put({ key, svg, used: Date.now() });
      const extra = (await drawings.count()) - this.limit;
      if (extra > 0)
        await drawings.bulkDelete(await drawings.orderBy('used').limit(extra).primaryKeys());
    });
  }
}
