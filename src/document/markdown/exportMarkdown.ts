import type { ArchDocument } from '../schema';
import { documentComment } from './embedded';
import { toMarkdownParts, type DerivedBySection } from './toMarkdown';

// Apart from toMarkdownParts (which the preview needs at once) because the comment's packed
// copy needs deflate: the export loads this module, and fflate with it, when it is used.

/**
 * The whole document as GitHub-flavoured Markdown: the text the preview shows part by part,
 * then one HTML comment carrying the document itself, so that importing the export gives the
 * document back exactly (see embedded.ts).
 */
export function toMarkdown(doc: ArchDocument, derived: DerivedBySection = {}): string {
  const body = `${toMarkdownParts(doc, derived)
    .map((p) => p.markdown)
    .join('\n\n')}\n`;
  return `${body}\n${documentComment(body, doc)}\n`;
}
