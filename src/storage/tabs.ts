import type { RestoreResult } from '../document/restore';
import type { ArchDocument } from '../document/schema';
import type { OpenDocument } from './port';
import { DeletedElsewhereError, StaleWriteError, type DocumentRepository } from './repository';

/** What the rest of the app hears about other tabs. */
export interface TabEvents {
  /** Stored documents changed elsewhere (a title, a new, deleted or restored document). */
  onListChanged: () => void;
  /**
   * This tab's edits and another tab's touched the same fields: this tab's text was kept, and
   * the other tab's document saved as the named version `versionName`.
   */
  onConflict: (fields: string[], versionName: string) => void;
  /** The open document was moved to the trash in another tab (this tab's edits with it). */
  onDeleted: (id: string) => void;
}

interface Seen {
  revision: number;
  doc: ArchDocument;
}

/**
 * Another tab stored a version this tab cannot read (a newer Archbench's, or damaged): it is
 * never overwritten, so this tab's edits wait in memory (see describeFailure).
 */
export class UnmergeableError extends Error {
  override readonly name = 'UnmergeableError';
}

const CHANNEL = 'archbench-documents';
// Needed only when two tabs write one document: not part of the first download.
const loadMerge = () => import('../document/versions/merge').then((m) => m.mergeDocuments);

/** What tabs needs of the autosaver's queue. */
export interface WriteQueue {
  /** Whether a version of the document waits to be written or is being written. */
  isWriting: (id: string) => boolean;
  waiting: (id: string) => ArchDocument | undefined;
  replaceWaiting: (doc: ArchDocument) => void;
}

/** Another tab writing between our merge and our write this often means something is wrong. */
const MAX_MERGES = 3;
const RECHECK_MS = 500;

/**
 * Two tabs on one document. Every write names the revision it was based on; a stale one is
 * merged (per field, three-way, against the last stored version this tab saw) and written
 * again, never applied blindly. Every write is announced on a BroadcastChannel so that the
 * other tabs show it at once.
 */
export function connectTabs(
  repo: DocumentRepository,
  editor: OpenDocument,
  events: TabEvents,
  { isWriting, waiting, replaceWaiting }: WriteQueue,
) {
  const seen = new Map<string, Seen>();
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);

  const announce = (id: string, revision = 0) => channel?.postMessage({ id, revision });

  async function load(id: string): Promise<RestoreResult | undefined> {
    const loaded = await repo.loadWithRevision(id);
    if (loaded?.result.ok) seen.set(id, { revision: loaded.revision, doc: loaded.result.document });
    return loaded?.result;
  }

  /** Both tabs changed the same fields: theirs is kept as a named version, and the user told. */
  async function keepTheirs(theirs: ArchDocument, conflicts: readonly { label: string }[]) {
    const name = `Another tab’s version, ${new Date().toLocaleTimeString()}`;
    await repo.saveVersion(theirs, name, 'conflict');
    events.onConflict(
      conflicts.map((c) => c.label),
      name,
    );
  }

  /**
   * `stored` (at `revision`) is in storage now: the open document becomes it, keeping any edit
   * made since `sent`. A version of it still waiting to be written (the user has moved on to
   * another document) is merged the same way, or its write would drop `stored`'s edits.
   */
  async function deliver(sent: ArchDocument, stored: ArchDocument, revision: number) {
    const mergeDocuments = await loadMerge();
    // From here on nothing waits: the base and what is built on it change together.
    seen.set(stored.id, { revision, doc: stored });
    const open = editor.getState().doc;
    if (open?.id !== stored.id) {
      const queued = waiting(stored.id);
      if (!queued || queued === sent) return;
      const { document, conflicts } = mergeDocuments(sent, queued, stored);
      replaceWaiting(document);
      if (conflicts.length > 0) await keepTheirs(stored, conflicts);
      return;
    }
    if (open === sent) {
      editor.getState().receiveDocument(stored, { save: false });
      return;
    }
    const { document, conflicts } = mergeDocuments(sent, open, stored);
    editor.getState().receiveDocument(document, { save: true });
    if (conflicts.length > 0) await keepTheirs(stored, conflicts);
  }

  async function merge(base: Seen, mine: ArchDocument, error: StaleWriteError) {
    const { result, revision } = error.stored;
    // A stored version this app cannot read (damaged, newer) is never overwritten.
    if (!result.ok) throw new UnmergeableError(result.message);
    const mergeDocuments = await loadMerge();
    const { document, conflicts } = mergeDocuments(base.doc, mine, result.document);
    if (conflicts.length > 0) await keepTheirs(result.document, conflicts);
    seen.set(mine.id, { revision, doc: result.document });
    return document;
  }

  async function write(doc: ArchDocument): Promise<void> {
    const original = seen.get(doc.id);
    let mine = doc;
    try {
      for (let attempt = 0; ; attempt++) {
        const base = seen.get(doc.id);
        try {
          const revision = await repo.save(mine, base?.revision);
          seen.set(doc.id, { revision, doc: mine });
          announce(doc.id, revision);
          if (mine !== doc) await deliver(doc, mine, revision);
          return;
        } catch (error) {
          if (error instanceof DeletedElsewhereError) {
            // Later writes go on naming a revision, so they too land in the trash, never back
            // in the list (a write without one would bring the document back).
            if (error.revision !== null) seen.set(doc.id, { revision: error.revision, doc: mine });
            announce(doc.id);
            events.onDeleted(doc.id);
            return;
          }
          if (!(error instanceof StaleWriteError) || !base || attempt >= MAX_MERGES) throw error;
          mine = await merge(base, mine, error);
        }
      }
    } catch (error) {
      // The autosaver retries with `doc`: it must be merged against what `doc` was based on.
      if (original) seen.set(doc.id, original);
      else seen.delete(doc.id);
      throw error;
    }
  }

  /** The open document is gone (deleted in another tab): this tab closes it too. */
  async function checkDeleted(id: string) {
    if (editor.getState().doc?.id !== id) return;
    // A write under way finds out by itself (DeletedElsewhereError), unless it ended before
    // the delete: look again once it is done.
    if (isWriting(id)) {
      setTimeout(() => void checkDeleted(id), RECHECK_MS);
      return;
    }
    if (await repo.loadWithRevision(id)) return;
    if (editor.getState().doc?.id === id && !isWriting(id)) events.onDeleted(id);
  }

  async function received(id: string, revision: number) {
    events.onListChanged();
    const known = seen.get(id);
    const open = editor.getState().doc;
    if (open?.id !== id) return;
    // Revision 0: the document was deleted or restored, not written.
    if (revision === 0) return checkDeleted(id);
    if ((known && revision <= known.revision) || isWriting(id)) return;
    const loaded = await repo.loadWithRevision(id);
    // An edit typed meanwhile is not based on this version: its write will be stale and merge.
    if (!loaded?.result.ok || isWriting(id) || editor.getState().doc !== open) return;
    await deliver(known?.doc ?? open, loaded.result.document, loaded.revision);
  }

  channel?.addEventListener('message', (event: MessageEvent<{ id: string; revision: number }>) => {
    void received(event.data.id, event.data.revision);
  });

  return { load, write, announce };
}
