import { printHash } from './route';

/**
 * Opens the print view of a stored document in a new tab; it loads the document from this
 * browser's storage, draws it and opens the browser's print dialog by itself. Call it from
 * the click itself (browsers block pop-ups opened later), after pending edits are saved:
 * the new tab reads what IndexedDB holds.
 */
export function openPrintView(docId: string, options: { draft?: boolean } = {}): void {
  const url = new URL(`${import.meta.env.BASE_URL}print.html`, window.location.href);
  url.hash = printHash(docId, options);
  window.open(url.href, '_blank', 'noopener');
}
