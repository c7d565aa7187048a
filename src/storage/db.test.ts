import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { createEmptyDocument } from '../document/create';
import { inTransaction, openDatabase } from './db';
import { DrawingCache } from './drawings';
import { DocumentRepository } from './repository';
import { freshIndexedDB } from './testing';

beforeEach(() => {
  Dexie.dependencies.indexedDB = freshIndexedDB();
});

describe('the database', () => {
  it('opens a database the last Dexie-based release wrote, as it is', async () => {
    // Schema 3 exactly as that release declared it.
    const old = new Dexie('archbench');
    old.version(3).stores({
      documents: 'id, updated',
      settings: 'key',
      versions: 'id, docId, created',
      trash: 'id, deleted',
      summaries: 'id, updated',
      drawings: 'key, used',
    });
    const doc = createEmptyDocument('2026-11-20T10:00:00.000Z', 'Kept across the change');
    const row = { id: doc.id, title: doc.meta.title, status: 'Draft', updated: doc.meta.updated };
    await old.table('documents').put({ ...row, revision: 4, data: doc });
    await old.table('summaries').put(row);
    await old.table('drawings').put({ key: 'k', svg: '<svg>kept</svg>', used: 1 });
    await old.table('settings').put({ key: 'theme', value: 'dark' });
    old.close();

    const db = await openDatabase();
    expect(db.version).toBe(30);
    const repo = new DocumentRepository(db);
    expect(await repo.list()).toEqual([row]);
    expect(await repo.loadWithRevision(doc.id)).toEqual({
      revision: 4,
      result: { ok: true, document: doc },
    });
    expect(await repo.getSetting('theme')).toBe('dark');
    expect(await new DrawingCache(db).get('k')).toBe('<svg>kept</svg>');
    // And it goes on counting revisions from where that release left off.
    expect(await repo.save(doc, 4)).toBe(5);
    db.close();
  });

  it('lands all of a transaction or none of it', async () => {
    const db = await openDatabase();
    const failing = inTransaction(db, ['settings'], async (tx) => {
      await tx.objectStore('settings').put({ key: 'a', value: 1 });
      throw new Error('changed its mind');
    });
    await expect(failing).rejects.toThrow('changed its mind');
    expect(await db.get('settings', 'a')).toBeUndefined();
    await inTransaction(db, ['settings'], async (tx) => {
      await tx.objectStore('settings').put({ key: 'a', value: 2 });
    });
    expect(await db.get('settings', 'a')).toEqual({ key: 'a', value: 2 });
    db.close();
  });
});
