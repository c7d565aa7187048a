/**
 * print.html's fragment: "#doc=<id>" names the stored document to print, "&noprint" leaves
 * the print dialog closed (tests, screenshots), "&draft" marks the pages DRAFT. A fragment,
 * like the app's own route, so the id never reaches a server log.
 */
export interface PrintRoute {
  docId?: string;
  print: boolean;
  draft: boolean;
}

export function readPrintRoute(hash: string): PrintRoute {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const docId = params.get('doc') ?? '';
  return {
    ...(docId ? { docId } : {}),
    print: !params.has('noprint'),
    draft: params.has('draft'),
  };
}

/** The fragment that opens `docId` in the print view. */
export function printHash(docId: string, options: { draft?: boolean } = {}): string {
  const params = new URLSearchParams({ doc: docId });
  if (options.draft) params.set('draft', '');
  return `#${params.toString().replace(/=(?=&|$)/g, '')}`;
}
