import type { ArchDocument } from '../document/schema';
import { toMarkdown } from '../document/markdown/exportMarkdown';
import { deriveAll } from '../document/markdown/toMarkdown';
import { downloadBlob } from '../ui/download';
import { exportFileName } from './fileName';

// Loaded when an export is asked for: the Markdown's packed copy of the document needs
// deflate, which the first download does without.

/**
 * Exactly toMarkdown's output, with every section's analyses run first (the ER diagram from
 * SQL, the endpoint table from OpenAPI), as the preview shows them.
 */
export async function downloadMarkdown(doc: ArchDocument): Promise<void> {
  const markdown = toMarkdown(doc, await deriveAll(doc));
  downloadBlob(
    new Blob([markdown], { type: 'text/markdown;charset=utf-8' }),
    exportFileName(doc, 'md'),
  );
}

/** The whole document as stored: a backup that Import reads back as a new document. */
export function downloadJson(doc: ArchDocument): void {
  downloadBlob(
    new Blob([`${JSON.stringify(doc, null, 2)}\n`], { type: 'application/json' }),
    exportFileName(doc, 'json'),
  );
}
