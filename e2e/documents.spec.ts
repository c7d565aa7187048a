import { test, expect, expectSaved, newDocument, openSection, preview, sections } from './fixtures';

test('the first visit offers an empty document or the worked example', async ({ page }) => {
  await page.goto('/');
  await expect(
    page.getByRole('heading', { name: 'Design a system, document it as you go.' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Open the worked example' }).click();
  await expect(page.getByRole('textbox', { name: 'Document title' })).toHaveValue(
    'ShopStream Platform Architecture',
  );
  const nav = sections(page);
  await expect(nav.getByRole('button', { name: /^\d+\. / })).toHaveCount(15);
  await expect(
    nav.getByRole('button', { name: '3. Architectural Decisions', exact: true }),
  ).toBeVisible();
  await expect(preview(page).getByRole('heading', { name: '15. Appendices' })).toBeVisible();
});

test('two documents are kept apart and both come back after a reload', async ({ page }) => {
  await page.goto('/');
  await newDocument(page, 'Empty document', 'Alpha platform');
  await page.getByLabel('Overview').fill('Alpha is the payments core.');
  await newDocument(page, 'Empty document', 'Beta platform');
  await expect(page.getByLabel('Overview')).toHaveValue('');
  await page.getByLabel('Overview').fill('Beta is the search service.');
  await expectSaved(page);

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Document title' })).toHaveValue('Beta platform');
  await expect(page.getByLabel('Overview')).toHaveValue('Beta is the search service.');

  await page.getByRole('button', { name: 'Documents' }).click();
  const list = page
    .getByRole('dialog', { name: 'Documents' })
    .getByRole('list', { name: 'Documents' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  // What is stored, of how much, and whether the browser may clear it.
  await expect(page.getByRole('dialog', { name: 'Documents' })).toContainText(
    /This browser holds [\d.]+ (bytes|kB|MB) for Archbench, of [\d.]+ [kMGT]?B it allows\./,
  );
  await list
    .getByRole('button', { name: /Alpha platform/ })
    .first()
    .click();
  await expect(page.getByRole('textbox', { name: 'Document title' })).toHaveValue('Alpha platform');
  await expect(page.getByLabel('Overview')).toHaveValue('Alpha is the payments core.');
  await expect(preview(page).getByText('Alpha is the payments core.')).toBeVisible();
  await expect(preview(page).getByText('Beta is the search service.')).toHaveCount(0);
});

test('documents can be renamed, duplicated and deleted, and delete asks first', async ({
  page,
}) => {
  await page.goto('/');
  await newDocument(page, 'Worked example');
  await expectSaved(page);
  await page.getByRole('button', { name: 'Documents' }).click();
  const dialog = page.getByRole('dialog', { name: 'Documents' });
  const items = dialog.getByRole('list', { name: 'Documents' }).getByRole('listitem');

  await dialog.getByRole('button', { name: 'Rename ShopStream Platform Architecture' }).click();
  await dialog
    .getByRole('textbox', { name: 'New title for ShopStream Platform Architecture' })
    .fill('ShopStream v2');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('textbox', { name: 'Document title' })).toHaveValue('ShopStream v2');

  await dialog.getByRole('button', { name: 'Duplicate ShopStream v2' }).click();
  await expect(items).toHaveCount(2);
  await expect(items.filter({ hasText: 'ShopStream v2 (copy)' })).toHaveCount(1);

  await dialog.getByRole('button', { name: 'Delete ShopStream v2 (copy)' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Move to trash?' });
  await expect(confirm).toContainText('“ShopStream v2 (copy)” will be moved to the trash');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(items).toHaveCount(2);

  await dialog.getByRole('button', { name: 'Delete ShopStream v2 (copy)' }).click();
  await page
    .getByRole('alertdialog', { name: 'Move to trash?' })
    .getByRole('button', { name: 'Move to trash' })
    .click();
  await expect(items).toHaveCount(1);
  await page.keyboard.press('Escape');

  await page.reload();
  await page.getByRole('button', { name: 'Documents' }).click();
  await expect(
    page
      .getByRole('dialog', { name: 'Documents' })
      .getByRole('list', { name: 'Documents' })
      .getByRole('listitem'),
  ).toHaveCount(1);
});

test('deleting the open document opens the next one, and the last leaves the start screen', async ({
  page,
}) => {
  await page.goto('/');
  await newDocument(page, 'Empty document', 'First');
  await newDocument(page, 'Empty document', 'Second');
  await page.getByRole('button', { name: 'Documents' }).click();
  const dialog = page.getByRole('dialog', { name: 'Documents' });
  await dialog.getByRole('button', { name: 'Delete Second' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.getByRole('textbox', { name: 'Document title' })).toHaveValue('First');
  await dialog.getByRole('button', { name: 'Delete First' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Move to trash' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Start an empty document' })).toBeVisible();
});

test('selecting a section scrolls the preview to it', async ({ page }) => {
  await page.goto('/');
  await newDocument(page, 'Worked example');
  await openSection(page, '12. Cost Analysis');
  const heading = preview(page).getByRole('heading', { name: '12. Cost Analysis' });
  await expect(heading).toBeInViewport();
  await openSection(page, '1. Executive Summary');
  await expect(
    preview(page).getByRole('heading', { name: '1. Executive Summary' }),
  ).toBeInViewport();
  await expect(heading).not.toBeInViewport();
});
