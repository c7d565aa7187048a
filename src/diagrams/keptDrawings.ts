import { MERMAID_SETTINGS } from './mermaidSettings';

/**
 * The last drawing of each diagram, kept between visits (storage gives the place: see
 * keepDrawingsIn), so that a document opens with its diagrams on screen before Mermaid has
 * even loaded. A drawing is found by its source together with Mermaid's version and the
 * configuration it was drawn with: a change to any of them misses, and the drawing is made
 * afresh. What is not used for a while is dropped by the store (least recently used).
 */
export interface DrawingStore {
  get(key: string): Promise<string | undefined>;
  put(key: string, svg: string): Promise<void>;
}

let store: DrawingStore | null = null;
// What else a drawing depends on besides its source.
const CONFIGURATION = `mermaid ${__MERMAID_VERSION__} ${JSON.stringify(MERMAID_SETTINGS)}`;

/** Where drawings are kept; without one (IndexedDB refused) nothing is. */
export function keepDrawingsIn(where: DrawingStore | null): void {
  store = where;
}

async function keyOf(source: string): Promise<string | null> {
  // SHA-256 needs a secure context (https or localhost); elsewhere nothing is kept.
  if (!store || !globalThis.crypto?.subtle) return null;
  const bytes = new TextEncoder().encode(`${CONFIGURATION}\n${source}`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The kept drawing of this source, if there is one; never throws. */
export async function keptDrawing(source: string): Promise<string | undefined> {
  try {
    const key = await keyOf(source);
    return key && store ? await store.get(key) : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps a fresh drawing for the next visit; a store that fails loses only the shortcut. */
export async function keepDrawing(source: string, svg: string): Promise<void> {
  try {
    const key = await keyOf(source);
    if (key && store) await store.put(key, svg);
  } catch {
    // Quota or a closed database: the next visit draws again.
  }
}
