import type { StoreApi, UseBoundStore } from 'zustand';
import type { RestoreResult } from '../core/document/restore';
import type { ArchDocument } from '../core/document/schema';
import type { EditorState } from '../editor/store';
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
const loadMerge = () => import('../core/versions/merge').then((m) => m.mergeDocuments);

/** Another tab writing between our merge and our write this often means something is wrong. */
const MAX_MERGES = 3;

/**
 * Two tabs on one document. Every write names the revision it was based on; a stale one is
 * merged (per field, three-way, against the last stored version this tab saw) and written
 * again, never applied blindly. Every write is announced on a BroadcastChannel so that the
 * other tabs show it at once.
 */
export function connectTabs(
  repo: DocumentRepository,
  editor: UseBoundStore<StoreApi<EditorState>>,
  events: TabEvents,
  { isWriting }: { isWriting: (id: string) => boolean },
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

  /** The open document becomes `stored`, keeping any edit made since `sent` was written. */
  async function deliver(sent: ArchDocument, stored: ArchDocument) {
    const mergeDocuments = await loadMerge();
    // From here to receiveDocument nothing waits, so no keystroke can fall in between.
    const open = editor.getState().doc;
    if (open?.id !== stored.id) return;
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
          if (mine !== doc) await deliver(doc, mine);
          return;
        } catch (error) {
          if (error instanceof DeletedElsewhereError) {
            seen.delete(doc.id);
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
    // A write of pending edits finds out on its own (DeletedElsewhereError).
    if (isWriting(id) || (await repo.loadWithRevision(id))) return;
    if (editor.getState().doc?.id !== id || isWriting(id)) return;
    seen.delete(id);
    events.onDeleted(id);
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
    const theirs = loaded.result.document;
    seen.set(id, { revision: loaded.revision, doc: theirs });
    await deliver(known?.doc ?? open, theirs);
  }

  channel?.addEventListener('message', (event: MessageEvent<{ id: string; revision: number }>) => {
    void received(event.data.id, event.data.revision);
  });

  return { load, write, announce };
}
