import { test, expect, expectSaved, newDocument, openSection } from './fixtures';
import type { Page } from '@playwright/test';

const overview = (page: Page) => page.getByLabel('Overview');
const title = (page: Page) => page.getByRole('textbox', { name: 'Document title' });

test('two tabs on one document: edits show in both, different fields merge, nothing is lost', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await newDocument(page, 'Empty document', 'Two tabs');
  await expectSaved(page);
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(title(other)).toHaveValue('Two tabs');

  // An edit in one tab appears in the other without a reload.
  await overview(page).fill('Written in the first tab.');
  await expect(overview(other)).toHaveValue('Written in the first tab.');

  // Both tabs edit different fields at once: the later write is stale and merged.
  await Promise.all([
    overview(page).fill('Overview from tab one.'),
    title(other).fill('Title from tab two'),
  ]);
  for (const p of [page, other]) {
    await expect(overview(p)).toHaveValue('Overview from tab one.');
    await expect(title(p)).toHaveValue('Title from tab two');
  }
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(other.getByRole('alert')).toHaveCount(0);

  await expectSaved(other);
  await other.reload();
  await expect(overview(other)).toHaveValue('Overview from tab one.');
  await expect(title(other)).toHaveValue('Title from tab two');
});

test('two tabs changing the same field: one text stays, the other is kept as a version', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await newDocument(page, 'Empty document', 'Conflict');
  await expectSaved(page);
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(title(other)).toHaveValue('Conflict');

  // Both tabs type before either writes (the browser's clock holds the autosave); then both
  // write: whichever comes second is stale and must merge.
  await context.clock.install();
  await context.clock.pauseAt(Date.now() + 60_000);
  await overview(page).fill('Text typed in tab one.');
  await overview(other).fill('Text typed in tab two.');
  await context.clock.runFor(1000);

  // The tab whose write came second was told, and names the field.
  const notice = (p: Page) =>
    p.getByRole('alert').filter({ hasText: 'was changed in another tab at the same time' });
  await expect
    .poll(async () => (await notice(page).count()) + (await notice(other).count()))
    .toBe(1);
  const told = (await notice(page).count()) === 1 ? page : other;
  const kept = told === page ? 'Text typed in tab one.' : 'Text typed in tab two.';
  const lost = told === page ? 'Text typed in tab two.' : 'Text typed in tab one.';
  await expect(notice(told)).toContainText('1. Executive Summary › Overview');
  for (const p of [page, other]) await expect(overview(p)).toHaveValue(kept);

  // The other tab's text is in the version the notice names, and a restore brings it back.
  await told.getByRole('button', { name: 'Versions' }).click();
  const dialog = told.getByRole('dialog', { name: 'Versions' });
  const version = dialog.getByRole('listitem').filter({ hasText: 'Another tab’s version' });
  await expect(version).toContainText('from another tab');
  await version.getByRole('button', { name: /^Compare/ }).click();
  const differences = dialog.getByRole('region', { name: 'Differences' });
  await expect(differences).toContainText('Overview');
  await expect(differences.locator('del')).toContainText(lost);
  await expect(differences.locator('ins')).toContainText(kept);
  await version.getByRole('button', { name: /^Restore/ }).click();
  await expect(dialog.getByRole('status').first()).toContainText('Restored “Another tab’s version');
  await told.keyboard.press('Escape');
  await openSection(told, '1. Executive Summary');
  await expect(overview(told)).toHaveValue(lost);
});

test('a document deleted in one tab closes in the other, and edits typed there go to the trash', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await newDocument(page, 'Empty document', 'Kept elsewhere');
  await newDocument(page, 'Empty document', 'Going away');
  await expectSaved(page);
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(title(other)).toHaveValue('Going away');

  // One tab types; before its autosave runs, the other deletes the document.
  await context.clock.install();
  await context.clock.pauseAt(Date.now() + 60_000);
  await overview(page).fill('Last words, typed as it was deleted.');
  await other.getByRole('button', { name: 'Documents' }).click();
  const documents = other.getByRole('dialog', { name: 'Documents' });
  await documents.getByRole('button', { name: 'Delete Going away' }).click();
  await other.getByRole('alertdialog').getByRole('button', { name: 'Move to trash' }).click();
  await expect(documents.getByRole('list', { name: 'Documents' })).not.toContainText('Going away');
  await context.clock.runFor(1000);

  // The typing tab is told, and shows the remaining document; the deleted one stays deleted.
  await expect(page.getByRole('alert')).toContainText(
    '“Going away” was moved to the trash in another tab, with any edits made here.',
  );
  await expect(title(page)).toHaveValue('Kept elsewhere');
  await context.clock.resume();
  await page.getByRole('button', { name: 'Documents' }).click();
  const list = page.getByRole('dialog', { name: 'Documents' });
  await expect(list.getByRole('list', { name: 'Documents' }).getByRole('listitem')).toHaveCount(1);

  // Restored from the trash, it has the text typed last.
  await list.getByText('Trash (1)').click();
  await list.getByRole('button', { name: 'Restore Going away' }).click();
  await list.getByRole('button', { name: /^Going away Draft/ }).click();
  await expect(title(page)).toHaveValue('Going away');
  await expect(overview(page)).toHaveValue('Last words, typed as it was deleted.');
});
