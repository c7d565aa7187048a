import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { createEmptyDocument } from '../document/create';
import { openDatabase } from './db';
import { freshIndexedDB } from './testing';
import { DocumentRepository } from './repository';

beforeEach(() => {
  // Old databases are written as the releases that stored through Dexie wrote them.
  Dexie.dependencies.indexedDB = freshIndexedDB();
});

describe('the documents list reads summaries, not documents', () => {
  it('follows every write: save, delete, restore from the trash, recover', async () => {
    const db = await openDatabase('archbench-test');
    const repo = new DocumentRepository(db);
    const a = createEmptyDocument('2026-11-20T10:00:00.000Z', 'Alpha');
    const b = createEmptyDocument('2026-11-25T10:00:00.000Z', 'Beta');
    await repo.save(a);
    await repo.save(b);
    await repo.save({
      ...a,
      meta: { ...a.meta, title: 'Alpha 2', updated: '2026-11-26T10:00:00.000Z' },
    });
    const titles = async () => (await repo.list()).map((d) => d.title);
    expect(await titles()).toEqual(['Alpha 2', 'Beta']);
    await repo.delete(b.id);
    expect(await titles()).toEqual(['Alpha 2']);
    await repo.restoreFromTrash(b.id);
    expect(await titles()).toEqual(['Alpha 2', 'Beta']);
    await repo.recover({
      ...b,
      meta: { ...b.meta, title: 'Beta typed', updated: '2026-11-27T10:00:00.000Z' },
    });
    expect(await repo.list()).toEqual([
      { id: b.id, title: 'Beta typed', status: 'Draft', updated: '2026-11-27T10:00:00.000Z' },
      { id: a.id, title: 'Alpha 2', status: 'Draft', updated: '2026-11-26T10:00:00.000Z' },
    ]);
    // The list's rows are the summaries' own.
    expect(await db.count('summaries')).toBe(2);
    db.close();
  });

  it('an older database gets its summaries when it is opened', async () => {
    // Version 2 of the schema, as the app wrote it before the summaries table.
    const old = new Dexie('archbench-upgrade');
    old.version(2).stores({
      documents: 'id, updated',
      settings: 'key',
      versions: 'id, docId, created',
      trash: 'id, deleted',
    });
    const doc = createEmptyDocument('2026-11-20T10:00:00.000Z', 'Stored before');
    await old.table('documents').put({
      id: doc.id,
      title: doc.meta.title,
      status: doc.meta.status,
      updated: doc.meta.updated,
      revision: 3,
      data: doc,
    });
    old.close();

    const db = await openDatabase('archbench-upgrade');
    const repo = new DocumentRepository(db);
    expect(await repo.list()).toEqual([
      { id: doc.id, title: 'Stored before', status: 'Draft', updated: doc.meta.updated },
    ]);
    expect(await repo.load(doc.id)).toEqual({ ok: true, document: doc });
    db.close();
  });
});
