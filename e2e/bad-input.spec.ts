import { test, expect, expectSaved, newDocument, openSection, preview } from './fixtures';

test('a failed write is an alert, the text stays, and it is saved once storage works again', async ({
  page,
}) => {
  await page.goto('/');
  await newDocument(page, 'Empty document', 'Quota test');
  await expectSaved(page);

  // Storage refuses every write, as when the browser's quota for the site is used up.
  await page.evaluate(() => {
    const proto = IDBObjectStore.prototype;
    const original = Object.getOwnPropertyDescriptor(proto, 'put') as PropertyDescriptor;
    Object.defineProperty(proto, 'put', {
      configurable: true,
      value: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    });
    (window as unknown as { restorePut: () => void }).restorePut = () =>
      Object.defineProperty(proto, 'put', original);
  });
  await page.getByLabel('Overview').fill('Text typed while storage is full.');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('storage for this site is full');
  await expect(alert).toContainText('Your changes are kept in this tab');
  await expect(alert.getByRole('button', { name: 'Export JSON…' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Not saved' })).toBeVisible();
  await expect(page.getByLabel('Overview')).toHaveValue('Text typed while storage is full.');
  await expect(preview(page).getByText('Text typed while storage is full.')).toBeVisible();

  await page.evaluate(() => (window as unknown as { restorePut: () => void }).restorePut());
  await expectSaved(page);
  await expect(alert).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel('Overview')).toHaveValue('Text typed while storage is full.');
});

test('text that is not a number gets a message in place and is kept', async ({ page }) => {
  await page.goto('/');
  await newDocument(page, 'Worked example');

  await openSection(page, '9. Performance Requirements');
  const availability = page.getByRole('textbox', { name: 'Availability' });
  await availability.fill('ninety-nine');
  await expect(availability).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Enter the availability as a percentage, e.g. 99.9.')).toBeVisible();
  await availability.fill('99.95');
  await expect(page.getByText(/allows 21 min 55 s of downtime per month/)).toBeVisible();
  await expect(
    preview(page).getByText(/99\.95 % \(allows 21 min 55 s of downtime per month/),
  ).toBeVisible();

  await openSection(page, '12. Cost Analysis');
  await page.getByRole('textbox', { name: 'Monthly cost 2' }).fill('about five hundred');
  await expect(page.getByRole('main').getByText(/Monthly cost 2 is not a number/)).toBeVisible();
  await expect(preview(page).getByText(/Monthly cost 2 is not a number/)).toBeVisible();
  await expectSaved(page);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Monthly cost 2' })).toHaveValue(
    'about five hundred',
  );
});

test('where the browser refuses IndexedDB, the app says so and keeps working in the tab', async ({
  page,
}) => {
  // As in private windows that block storage: no IndexedDB at all.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { configurable: true, value: undefined });
  });
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This browser does not let Archbench store documents');
  await expect(alert).toContainText('use Export JSON to keep your work');

  await newDocument(page, 'Empty document', 'First');
  await expect(page.getByRole('status').filter({ hasText: 'Not stored' })).toBeVisible();
  await page.getByLabel('Overview').fill('Kept in this tab.');
  await expect(preview(page).getByText('Kept in this tab.')).toBeVisible();

  // Another document and back: nothing typed is lost while the tab is open.
  await newDocument(page, 'Empty document', 'Second');
  await page.getByRole('button', { name: 'Documents' }).click();
  await expect(page.getByRole('dialog', { name: 'Documents' })).toContainText(
    'Documents are kept in this tab only.',
  );
  await page
    .getByRole('dialog', { name: 'Documents' })
    .getByRole('button', { name: /^First/ })
    .first()
    .click();
  await expect(page.getByLabel('Overview')).toHaveValue('Kept in this tab.');

  // The way out: the JSON file, offered by the alert itself.
  await alert.getByRole('button', { name: 'Export JSON…' }).click();
  const downloading = page.waitForEvent('download');
  await page
    .getByRole('dialog', { name: 'Export' })
    .getByRole('button', { name: 'Export JSON' })
    .click();
  expect((await downloading).suggestedFilename()).toBe('first.json');
});
