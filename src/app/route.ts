import type { StoreApi, UseBoundStore } from 'zustand';
import type { EditorState, PanelId } from '../editor/store';
import { isSectionId } from '../document/registry';

/**
 * The URL fragment names the open document and section ("#doc=<id>&section=<id>"), so a
 * reload or a bookmark comes back to the same place. Share links will use the fragment too,
 * under another key.
 */
export interface Route {
  docId?: string;
  section?: PanelId;
}

export function readRoute(hash = window.location.hash): Route {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const docId = params.get('doc') ?? undefined;
  const section = params.get('section') ?? '';
  return {
    ...(docId ? { docId } : {}),
    ...(section === 'details' || isSectionId(section) ? { section } : {}),
  };
}

function writeRoute(route: Route): void {
  const params = new URLSearchParams();
  if (route.docId) params.set('doc', route.docId);
  if (route.docId && route.section) params.set('section', route.section);
  const hash = params.size ? `#${params.toString()}` : '';
  if (window.location.hash !== hash) {
    history.replaceState(null, '', `${window.location.pathname}${window.location.search}${hash}`);
  }
}

/** Keeps the fragment in step with the editor: the one writer of the URL. */
export function syncRoute(editor: UseBoundStore<StoreApi<EditorState>>): void {
  const write = ({ doc, selectedSection }: EditorState) =>
    writeRoute(doc ? { docId: doc.id, section: selectedSection } : {});
  editor.subscribe((state, previous) => {
    if (state.doc?.id !== previous.doc?.id || state.selectedSection !== previous.selectedSection) {
      write(state);
    }
  });
}
