import { create } from 'zustand';

const PREFIX = '#share=';

/** The share payload in a URL fragment ("#share=<payload>"), or null. */
export function readShareToken(hash = window.location.hash): string | null {
  return hash.startsWith(PREFIX) ? hash.slice(PREFIX.length) : null;
}

/** The link for a payload: this page, with the document in the fragment. */
export function shareUrl(token: string, location: Location = window.location): string {
  return `${location.origin}${location.pathname}${PREFIX}${token}`;
}

/**
 * The shared document being looked at (its payload from the URL). A shared document lives only here: it is never in the editor, so nothing
 * can save it by accident.
 */
export const useShare = create<{
  token: string | null;
  leave: () => void;
}>()((set) => ({
  token: null,
  leave: () => {
    if (readShareToken()) {
      history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
    }
    set({ token: null });
  },
}));
