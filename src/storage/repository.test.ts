import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { createEmptyDocument } from '../document/create';
import { createExampleDocument } from '../document/example';
import { openDatabase, type ArchbenchDb } from './db';
import { freshIndexedDB } from './testing';
import {
  DeletedElsewhereError,
  DocumentRepository,
  StaleWriteError,
  TRASH_DAYS,
} from './repository';

let repo: DocumentRepository;
let db: ArchbenchDb;

beforeEach(async () => {
  freshIndexedDB();
  db = await openDatabase('archbench-test');
  repo = new DocumentRepository(db);
});

describe('DocumentRepository', () => {
  it('stores and loads a document unchanged', async () => {
    const doc = await createExampleDocument('2026-11-25T10:00:00.000Z');
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
    expect((await db.get('documents', doc.id))?.revision).toBe(2);
  });

  it('reports a damaged record instead of loading it', async () => {
    const doc = createEmptyDocument('2026-11-25T10:00:00.000Z');
    await db.put('documents', {
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

  it('refuses a write based on a revision another tab has replaced', async () => {
    const doc = createEmptyDocument('2026-11-25T10:00:00.000Z', 'Mine');
    const first = await repo.save(doc);
    const theirs = { ...doc, meta: { ...doc.meta, title: 'Theirs' } };
    expect(await repo.save(theirs, first)).toBe(first + 1);
    const stale = repo.save({ ...doc, meta: { ...doc.meta, title: 'Stale' } }, first);
    await expect(stale).rejects.toBeInstanceOf(StaleWriteError);
    const error = (await stale.catch((e: unknown) => e)) as StaleWriteError;
    expect(error.stored.revision).toBe(first + 1);
    expect(error.stored.result.ok && error.stored.result.document.meta.title).toBe('Theirs');
    // Nothing was written by the stale attempt.
    const loaded = await repo.load(doc.id);
    expect(loaded?.ok && loaded.document.meta.title).toBe('Theirs');
  });

  it('puts a write of a document deleted meanwhile into the trash, not back in the list', async () => {
    const doc = createEmptyDocument('2026-11-25T10:00:00.000Z', 'Going');
    const seen = await repo.save(doc);
    await repo.delete(doc.id, '2026-11-25T11:00:00.000Z');
    const edited = { ...doc, meta: { ...doc.meta, title: 'Going, edited' } };
    await expect(repo.save(edited, seen)).rejects.toBeInstanceOf(DeletedElsewhereError);
    expect(await repo.list()).toEqual([]);
    expect(await repo.listTrash()).toEqual([
      { id: doc.id, title: 'Going, edited', deleted: '2026-11-25T11:00:00.000Z' },
    ]);
    // Deleted for good meanwhile: the edits still land in the trash, to restore or let go.
    await repo.purgeTrash();
    await expect(repo.save(edited, seen)).rejects.toBeInstanceOf(DeletedElsewhereError);
    expect((await repo.listTrash()).map((t) => t.title)).toEqual(['Going, edited']);
    expect(await repo.restoreFromTrash(doc.id)).toBe(true);
    expect(await repo.load(doc.id)).toEqual({ ok: true, document: edited });
  });

  it('keeps a late write based on an older revision than the trashed copy as a version', async () => {
    const doc = createEmptyDocument('2026-11-25T10:00:00.000Z', 'Base');
    const base = await repo.save(doc);
    const theirs = { ...doc, meta: { ...doc.meta, title: 'Theirs, then deleted' } };
    await repo.save(theirs, base);
    await repo.delete(doc.id);
    const mine = { ...doc, meta: { ...doc.meta, title: 'Mine, based on the first' } };
    await expect(repo.save(mine, base)).rejects.toBeInstanceOf(DeletedElsewhereError);
    // The trashed copy keeps the newer text; the late edits are a version of the document.
    expect((await repo.listTrash()).map((t) => t.title)).toEqual(['Theirs, then deleted']);
    const [version] = await repo.listVersions(doc.id);
    expect(version?.reason).toBe('conflict');
    expect(await repo.loadVersion(version?.id ?? '')).toEqual({ ok: true, document: mine });
  });

  it('counts revisions on through the trash, so an older tab cannot write over a restore', async () => {
    const doc = createEmptyDocument('2026-11-25T10:00:00.000Z', 'Counted');
    await repo.save(doc);
    const seen = await repo.save(doc, 1);
    await repo.delete(doc.id);
    await repo.restoreFromTrash(doc.id);
    expect((await repo.loadWithRevision(doc.id))?.revision).toBe(seen + 1);
    await expect(repo.save(doc, seen)).rejects.toBeInstanceOf(StaleWriteError);
  });

  it('empties only what is still in the trash, keeping the versions of a restored document', async () => {
    const doc = createEmptyDocument('2026-11-25T10:00:00.000Z', 'Back again');
    await repo.save(doc);
    await repo.saveVersion(doc, 'Kept', 'manual');
    await repo.delete(doc.id);
    await repo.restoreFromTrash(doc.id);
    await repo.purgeTrash([doc.id]);
    expect((await repo.listVersions(doc.id)).map((v) => v.name)).toEqual(['Kept']);
  });

  it('recovers unsaved edits only where they are newer, never over a newer format or out of the trash', async () => {
    const doc = createEmptyDocument('2026-11-25T10:00:00.000Z', 'Stored');
    const edited = (title: string, updated: string) => ({
      ...doc,
      meta: { ...doc.meta, title, updated },
    });
    await repo.save(edited('Stored', '2026-11-25T11:00:00.000Z'));
    expect(await repo.recover(edited('Older', '2026-11-25T10:30:00.000Z'))).toBe(false);
    expect(await repo.recover(edited('Newer', '2026-11-25T12:00:00.000Z'))).toBe(true);
    expect((await repo.list()).map((d) => d.title)).toEqual(['Newer']);

    // Deleted since: the edits go to the trashed copy, and the list stays without it.
    await repo.delete(doc.id);
    expect(await repo.recover(edited('Latest', '2026-11-25T13:00:00.000Z'))).toBe(true);
    expect(await repo.list()).toEqual([]);
    expect((await repo.listTrash()).map((t) => t.title)).toEqual(['Latest']);

    // Written by a newer Archbench: left as it is, the edits kept as a version.
    await repo.restoreFromTrash(doc.id);
    const future = { ...edited('Future', '2026-11-25T14:00:00.000Z'), schemaVersion: 99 };
    const row = await db.get('documents', doc.id);
    if (row) await db.put('documents', { ...row, data: future });
    expect(await repo.recover(edited('Late', '2026-11-25T15:00:00.000Z'))).toBe(true);
    expect((await db.get('documents', doc.id))?.data).toEqual(future);
    expect((await repo.listVersions(doc.id)).map((v) => v.reason)).toEqual(['conflict']);
  });

  it('moves deleted documents to the trash, restores them, and empties it after 30 days', async () => {
    const kept = createEmptyDocument('2026-11-25T10:00:00.000Z', 'Kept');
    const old = createEmptyDocument('2026-11-25T10:00:00.000Z', 'Old');
    await repo.save(kept);
    await repo.save(old);
    await repo.saveVersion(old, 'v1', 'manual');
    await repo.delete(kept.id, '2026-11-20T10:00:00.000Z');
    await repo.delete(old.id, '2026-10-01T10:00:00.000Z');
    expect((await repo.list()).length).toBe(0);
    expect((await repo.listTrash()).map((t) => t.title)).toEqual(['Kept', 'Old']);

    await repo.purgeExpired(Date.parse('2026-11-25T10:00:00.000Z'));
    expect(TRASH_DAYS).toBe(30);
    expect((await repo.listTrash()).map((t) => t.title)).toEqual(['Kept']);
    expect(await repo.listVersions(old.id)).toEqual([]);

    expect(await repo.restoreFromTrash(kept.id)).toBe(true);
    expect(await repo.load(kept.id)).toEqual({ ok: true, document: kept });
    expect(await repo.listTrash()).toEqual([]);
    expect(await repo.restoreFromTrash(kept.id)).toBe(false);
  });

  it('keeps named versions per document, newest first', async () => {
    const doc = await createExampleDocument('2026-11-25T10:00:00.000Z');
    const other = createEmptyDocument('2026-11-25T10:00:00.000Z');
    await repo.saveVersion(doc, 'First', 'manual', '2026-11-25T10:00:00.000Z');
    const changed = { ...doc, meta: { ...doc.meta, title: 'Changed' } };
    const second = await repo.saveVersion(
      changed,
      'Second',
      'approval',
      '2026-11-25T11:00:00.000Z',
    );
    await repo.saveVersion(other, 'Elsewhere', 'manual');
    const list = await repo.listVersions(doc.id);
    expect(list.map((v) => [v.name, v.reason])).toEqual([
      ['Second', 'approval'],
      ['First', 'manual'],
    ]);
    expect(await repo.loadVersion(second.id)).toEqual({ ok: true, document: changed });
    await repo.deleteVersion(second.id);
    expect((await repo.listVersions(doc.id)).map((v) => v.name)).toEqual(['First']);
  });

  it('opens a version-1 database and keeps its documents', async () => {
    // Written as the releases that stored through Dexie wrote it.
    Dexie.dependencies.indexedDB = freshIndexedDB();
    const v1 = new Dexie('archbench-upgrade');
    v1.version(1).stores({ documents: 'id, updated', settings: 'key' });
    const doc = createEmptyDocument('2026-11-25T10:00:00.000Z', 'From v1');
    await v1.table('documents').put({
      id: doc.id,
      title: 'From v1',
      status: 'Draft',
      updated: doc.meta.updated,
      revision: 3,
      data: doc,
    });
    v1.close();
    const upgraded = new DocumentRepository(await openDatabase('archbench-upgrade'));
    expect(await upgraded.load(doc.id)).toEqual({ ok: true, document: doc });
    expect(await upgraded.listTrash()).toEqual([]);
  });
});
