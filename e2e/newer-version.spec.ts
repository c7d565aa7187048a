import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { createExampleDocument } from '../src/document/example';
import type { ArchDocument } from '../src/document/schema';
import { SCHEMA_VERSION } from '../src/document/schema';
import { encodeShare } from '../src/document/share/codec';
import { test, expect, expectSaved, newDocument, preview } from './fixtures';

/*
 * A document written by a newer Archbench (another tab after an update, or a link from a
 * colleague's newer copy) is shown read-only with a message: never edited here, never saved
 * over, since this version would drop what it does not know.
 */

const NEWER = SCHEMA_VERSION + 1;

interface StoredRow {
  revision: number;
  data: Record<string, unknown>;
}

/** The stored record of a document, read (or changed) with IndexedDB itself, as a test. */
async function storedRow(page: Page, id: string, change?: Record<string, unknown>) {
  return page.evaluate(
    async ({ id, change }) => {
      const request = <T>(r: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
        });
      const db = await request(indexedDB.open('archbench'));
      const store = db.transaction('documents', 'readwrite').objectStore('documents');
      const row = (await request(store.get(id))) as StoredRow;
      if (change) {
        row.data = { ...row.data, ...change };
        await request(store.put(row));
      }
      db.close();
      return row;
    },
    { id, change },
  );
}

test('a stored document from a newer version opens read-only, and nothing overwrites it', async ({
  page,
}) => {
  await page.goto('/');
  await newDocument(page, 'Empty document', 'Written by the future');
  await page.getByLabel('Overview').fill('Text the newer version wrote.');
  await expectSaved(page);
  const id = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('doc') ?? '';
  const future = { schemaVersion: NEWER, reviewers: [{ name: 'A field this version lacks' }] };
  const before = await storedRow(page, id, future);

  await page.reload();
  const screen = page.getByRole('main', { name: 'Read-only document' });
  await expect(screen).toContainText('Read-only: Written by the future');
  await expect(screen.getByRole('note')).toContainText(
    `written by a newer version of Archbench (format ${NEWER}; this version reads up to ${SCHEMA_VERSION})`,
  );
  await expect(preview(page)).toContainText('Text the newer version wrote.');
  await expectNoSeriousViolations(page);
  // Nothing to edit, and the stored record is as the newer version left it.
  await expect(page.getByRole('textbox')).toHaveCount(0);
  expect(await storedRow(page, id)).toEqual(before);
  expect((await storedRow(page, id)).data).toMatchObject(future);

  // A copy can be edited here; the original stays as it was.
  await screen.getByRole('button', { name: 'Save a copy' }).click();
  await expect(page.getByRole('textbox', { name: 'Document title' })).toHaveValue(
    'Written by the future (copy)',
  );
  await expect(page.getByLabel('Overview')).toHaveValue('Text the newer version wrote.');
  await expectSaved(page);
  expect(await storedRow(page, id)).toEqual(before);

  // The Documents list still offers the original, which opens read-only again.
  await page.getByRole('button', { name: 'Documents' }).click();
  await page
    .getByRole('dialog', { name: 'Documents' })
    .getByRole('button', { name: /^Written by the future Draft/ })
    .click();
  const again = page.getByRole('main', { name: 'Read-only document' });
  await expect(again).toBeVisible();
  // The Documents dialog closes a moment after the screen behind it changes.
  await expect(page.getByRole('dialog', { name: 'Documents' })).toBeHidden();
  await again.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('textbox', { name: 'Document title' })).toHaveValue(
    'Written by the future (copy)',
  );
});

test('a share link holding a newer version’s document opens read-only, saying so', async ({
  browser,
}) => {
  const doc = await createExampleDocument('2026-11-25T10:00:00.000Z');
  const newer = { ...doc, schemaVersion: NEWER, reviewers: [] } as unknown as ArchDocument;
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/#share=${await encodeShare(newer)}`);
  const shared = page.getByRole('main', { name: 'Shared document' });
  await expect(shared).toContainText(`Shared document, read-only: ${doc.meta.title}`);
  await expect(shared.getByRole('note')).toContainText(
    `written by a newer version of Archbench (format ${NEWER};`,
  );
  await expect(
    shared.getByRole('heading', { level: 2, name: '14. Risks and Mitigations' }),
  ).toBeVisible();
  await context.close();
});
