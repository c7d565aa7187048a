import { STATUSES, type DocumentMetadata } from '../schema';
import { tableOf, type Block, type Chunk } from '../../core/markdown/import/parse';

const HEADERS = ['Version', 'Status', 'Authors', 'Created', 'Updated'];

const isoDay = (text: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00.000Z`))
    ? `${text}T00:00:00.000Z`
    : null;

/**
 * The metadata table Archbench writes under the title (an export edited after the fact is
 * read by its headings): its values go back into the metadata instead of into the text.
 */
export function readMetadata(
  text: string,
  chunks: readonly Chunk[],
  meta: DocumentMetadata,
): { meta: DocumentMetadata; used: Set<Block> } {
  for (const block of chunks.flatMap((c) => c.blocks)) {
    if (block.node.type !== 'table') continue;
    const table = tableOf(text, block.node);
    const row = table.rows[0];
    if (table.headers.join('|') !== HEADERS.join('|') || table.rows.length !== 1 || !row) break;
    const [version = '', status = '', authors = '', created = '', updated = ''] = row;
    const known = STATUSES.find((s) => s === status.trim());
    return {
      meta: {
        ...meta,
        version: version.trim() || meta.version,
        status: known ?? meta.status,
        authors: authors.trim(),
        created: isoDay(created.trim()) ?? meta.created,
        updated: isoDay(updated.trim()) ?? meta.updated,
      },
      used: new Set([block]),
    };
  }
  return { meta, used: new Set() };
}
