import { fnv1a32 } from '../../core/hash';
import { packDocument } from '../packed';
import type { ArchDocument } from '../schema';

/**
 * The exported Markdown carries the document itself in one closing HTML comment (invisible on
 * GitHub and in previews), so importing Archbench's own export gives back exactly the document,
 * not a reading of its headings. A hash of the Markdown above the comment tells whether that
 * text was edited since: then the comment no longer describes it.
 */
const MARK = '<!-- archbench:document v1 ';
const COMMENT = /^<!-- archbench:document v1 ([A-Za-z0-9_-]*) fnv1a32:([0-9a-f]{8}) -->\s*$/;

// Line endings and trailing blank lines change in transit (editors, Git on Windows) without
// anyone editing the document.
const hashOf = (body: string) => fnv1a32(body.replace(/\r\n?/g, '\n').trimEnd());

/** The comment that ends an exported document: its packed copy and the hash of `body`. */
export function documentComment(body: string, doc: ArchDocument): string {
  return `${MARK}${packDocument(doc)} fnv1a32:${hashOf(body)} -->`;
}

export interface Embedded {
  /** The Markdown above the comment. */
  body: string;
  packed: string;
  /** False when the Markdown above was changed after the export. */
  intact: boolean;
}

/** The document comment that ends `markdown`, or null when it has none. */
export function findEmbedded(markdown: string): Embedded | null {
  const at = markdown.lastIndexOf(MARK);
  if (at < 0) return null;
  const match = COMMENT.exec(markdown.slice(at));
  if (!match) return null;
  const body = markdown.slice(0, at);
  return { body, packed: match[1] ?? '', intact: hashOf(body) === match[2] };
}
