/**
 * The URL fragment names the open document ("#doc=<id>"), so a reload or a bookmark comes
 * back to it. Share links will use the fragment too, under another key.
 */
export interface Route {
  docId?: string;
}

export function readRoute(hash = window.location.hash): Route {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const docId = params.get('doc');
  return docId ? { docId } : {};
}

export function writeRoute(route: Route): void {
  const hash = route.docId ? `#doc=${encodeURIComponent(route.docId)}` : '';
  if (window.location.hash !== hash) {
    history.replaceState(null, '', `${window.location.pathname}${window.location.search}${hash}`);
  }
}
