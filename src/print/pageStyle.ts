import type { DocumentMetadata } from '../document/schema';

/** Text as a CSS string literal: quotes and backslashes escaped, control characters gone. */
export function cssString(text: string): string {
  const escaped = [...text]
    .map((c) => (c < ' ' || c === '\u007f' ? ' ' : c))
    .join('')
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"');
  return `"${escaped}"`;
}

/**
 * The running header and the page numbers, as CSS page margin boxes. Their text depends on
 * the document, and CSS cannot take it from the page (Chromium has no string-set), so the
 * rule is written for each document. The browser's own print and the headless export both
 * use it: one mechanism, one look. The cover (first page) carries neither; that rule is here
 * too because Chromium lets the later @page rule win over the more specific :first.
 */
export function pageStyle(meta: Pick<DocumentMetadata, 'title' | 'version'>, draft: boolean) {
  const title = meta.title.trim() || 'System Architecture Document';
  const version = meta.version.trim() ? `Version ${meta.version.trim()}` : '';
  const right = [draft ? 'DRAFT' : '', version].filter(Boolean).join('  ·  ');
  return `@page {
  @top-left { content: ${cssString(title)}; }
  @top-right { content: ${cssString(right)}; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); }
}
@page :first {
  @top-left { content: none; }
  @top-right { content: none; }
  @bottom-right { content: none; }
}`;
}
