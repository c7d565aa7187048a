import { IDBFactory } from 'fake-indexeddb';
import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { createEmptyDocument } from '../core/document/create';
import { createExampleDocument } from '../core/document/example';
import { openDatabase } from './db';
import { DocumentRepository } from './repository';

let repo: DocumentRepository;
let db: ReturnType<typeof openDatabase>;

beforeEach(() => {
  Dexie.dependencies.indexedDB = new IDBFactory();
  db = openDatabase('archbench-test');
  repo = new DocumentRepository(db);
});

describe('DocumentRepository', () => {
  it('stores and loads a document unchanged', async () => {
    const doc = createExampleDocument('2026-11-25T10:00:00.000Z');
    await repo.save(doc);
    expect(await repo.load(doc.id)).toEqual({ ok: true, document: doc });
  });

  it('lists documents newest first, and deletes', async () => {
    const older = createEmptyDocument('2026-11-20T10:00:00.000Z', 'Older');
    const newer = createEmptyDocument('2026-11-25T10:00:00.000Z', 'Newer');
    await repo.save(older);
    await repo.save(newer);
    expect((await repo.list()).map((d) => d.title)).toEqual(['Newer', 'Older']);
    await repo.delete(newer.id);
    expect((await repo.list()).map((d) => d.title)).toEqual(['Older']);
    expect(await repo.load(newer.id)).toBeUndefined();
  });

  it('counts revisions per write', async () => {
    const doc = createEmptyDocument('2026-11-25T10:00:00.000Z');
    await repo.save(doc);
    await repo.save(doc);
    expect((await db.documents.get(doc.id))?.revision).toBe(2);
  });

  it('reports a damaged record instead of loading it', async () => {
    const doc = createEmptyDocument('2026-11-25T10:00:00.000Z');
    await db.documents.put({
      id: doc.id,
      title: 'x',
      status: 'Draft',
      updated: doc.meta.updated,
      revision: 1,
      data: { ...doc, meta: { ...doc.meta, status: 'Lost' } },
    });
    const loaded = await repo.load(doc.id);
    expect(loaded?.ok).toBe(false);
    expect(loaded && !loaded.ok && loaded.message).toContain('metadata › status');
  });

  it('keeps settings', async () => {
    await repo.setSetting('lastOpened', 'abc');
    expect(await repo.getSetting('lastOpened')).toBe('abc');
    expect(await repo.getSetting('missing')).toBeUndefined();
  });
});
