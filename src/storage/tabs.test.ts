// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmptyDocument } from '../document/create';
import type { ArchDocument } from '../document/schema';
import { createEditorStore } from '../editor/store';
import { connectStorage, type Storage } from './connect';
import { openDatabase } from './db';
import { freshIndexedDB } from './testing';
import { DocumentRepository } from './repository';

/*
 * Two tabs on one database, each with its own editor, autosaver and BroadcastChannel, wired
 * as the app wires them (connectStorage). Races are made by hand: an edit is typed in a tab
 * and its write held back (no flush) while the other tab writes or deletes.
 */

interface Tab {
  editor: ReturnType<typeof createEditorStore>;
  storage: Storage;
  conflicts: string[][];
  deleted: string[];
}

async function openTab(): Promise<Tab> {
  const editor = createEditorStore();
  const tab: Tab = { editor, storage: null as unknown as Storage, conflicts: [], deleted: [] };
  tab.storage = await connectStorage(editor, {
    onListChanged: () => {},
    onConflict: (fields) => tab.conflicts.push(fields),
    onDeleted: (id) => {
      tab.deleted.push(id);
      editor.getState().closeDocument();
    },
  });
  return tab;
}

async function show(tab: Tab, id: string) {
  const loaded = await tab.storage.load(id);
  if (!loaded?.ok) throw new Error(`cannot open ${id}`);
  tab.editor.getState().showDocument(loaded.document);
}

const overview = (text: string) => ({ overview: text });
const typeOverview = (tab: Tab, text: string) =>
  tab.editor.getState().updateSection('executiveSummary', overview(text));
const typeTitle = (tab: Tab, title: string) => tab.editor.getState().setMeta({ title });

/** Lets BroadcastChannel messages arrive and what they start finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

let repo: DocumentRepository;
let doc: ArchDocument;
let a: Tab;
let b: Tab;

beforeEach(async () => {
  freshIndexedDB();
  repo = new DocumentRepository(await openDatabase());
  doc = createEmptyDocument('2026-11-25T10:00:00.000Z', 'Shared');
  await repo.save(doc);
  [a, b] = [await openTab(), await openTab()];
  await show(a, doc.id);
  await show(b, doc.id);
});

afterEach(async () => {
  await Promise.all([a.storage.flush(), b.storage.flush()]);
  await settle();
});

async function stored(): Promise<ArchDocument | undefined> {
  const loaded = await repo.load(doc.id);
  return loaded?.ok ? loaded.document : undefined;
}

describe('two tabs on one document', () => {
  it('merge edits of different fields, whichever writes second', async () => {
    typeOverview(a, 'From A');
    typeTitle(b, 'From B');
    await a.storage.flush();
    await b.storage.flush(); // stale: merged with A's write
    await settle();
    const both = { title: 'From B', overview: 'From A' };
    for (const tab of [a, b]) {
      const open = tab.editor.getState().doc;
      expect({
        title: open?.meta.title,
        overview: open?.sections.executiveSummary.overview,
      }).toEqual(both);
    }
    const saved = await stored();
    expect({
      title: saved?.meta.title,
      overview: saved?.sections.executiveSummary.overview,
    }).toEqual(both);
    expect([...a.conflicts, ...b.conflicts]).toEqual([]);
  });

  it('keep a document deleted in one tab deleted, with every edit the other was writing in the trash', async () => {
    typeOverview(a, 'First words');
    await b.storage.deleteDocument(doc.id);
    const writing = a.storage.flush(); // finds the document gone: to the trash, the tab told
    typeOverview(a, 'Second words'); // a keystroke on its way meanwhile
    await writing;
    await a.storage.flush();
    await settle();
    expect(await repo.list()).toEqual([]);
    expect(a.deleted).toContain(doc.id);
    expect(await repo.restoreFromTrash(doc.id)).toBe(true);
    expect((await stored())?.sections.executiveSummary.overview).toBe('Second words');
  });

  it('never let an older tab write over a document restored from the trash and edited', async () => {
    typeOverview(a, 'Before the delete');
    await a.storage.flush();
    await settle();
    await b.storage.deleteDocument(doc.id);
    await b.storage.restoreFromTrash(doc.id);
    await show(b, doc.id);
    typeTitle(b, 'Edited after the restore');
    await b.storage.flush();
    // A missed all of that (its document stayed open): its next write is stale, and merges.
    typeOverview(a, 'Typed in the older tab');
    await a.storage.flush();
    await settle();
    const saved = await stored();
    expect(saved?.meta.title).toBe('Edited after the restore');
    expect(saved?.sections.executiveSummary.overview).toBe('Typed in the older tab');
  });

  it('keep the other tab’s edit when this tab moves to another document during a merge', async () => {
    const other = createEmptyDocument('2026-11-25T10:00:00.000Z', 'Other');
    await repo.save(other);
    typeTitle(b, 'Title from B');
    await b.storage.flush();
    // A types before hearing of B's write, then switches documents while its write merges,
    // and its next keystroke in the old document waits in the queue.
    typeOverview(a, 'A, first');
    const writing = a.storage.flush();
    typeOverview(a, 'A, second');
    await show(a, other.id);
    await writing;
    await a.storage.flush();
    await settle();
    const saved = await stored();
    expect(saved?.meta.title).toBe('Title from B');
    expect(saved?.sections.executiveSummary.overview).toBe('A, second');
  });
});
