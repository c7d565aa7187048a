import { test, expect, expectSaved, newDocument, openSection, preview } from './fixtures';

test('named versions: save, compare section by section, restore (the present saved first)', async ({
  page,
}) => {
  test.slow(); // The worked example, its diagrams drawn, and two reloads.
  await page.goto('/');
  await newDocument(page, 'Worked example');
  await page.getByRole('button', { name: 'Versions' }).click();
  const dialog = page.getByRole('dialog', { name: 'Versions' });
  await dialog.getByLabel('Version name').fill('Sent for review');
  await dialog.getByRole('button', { name: 'Save version' }).click();
  await expect(dialog.getByRole('status').first()).toHaveText(
    'Saved the version “Sent for review”.',
  );
  await page.keyboard.press('Escape');

  // Edits after the version: a text field, a row removed, a diagram line.
  await page.getByLabel('Overview').fill('A shorter overview.');
  await openSection(page, '14. Risks and Mitigations');
  await page.getByRole('button', { name: 'Remove risk 1' }).click();
  await expectSaved(page);

  await page.getByRole('button', { name: 'Versions' }).click();
  await dialog
    .getByRole('button', { name: 'Compare “Sent for review” with the current document' })
    .click();
  const differences = dialog.getByRole('region', { name: 'Differences' });
  await expect(differences.getByRole('status')).toHaveText(
    '2 sections changed: 1 field, 1 row removed',
  );
  await expect(differences.getByRole('heading', { name: '1. Executive Summary' })).toBeVisible();
  await expect(
    differences.getByRole('heading', { name: '14. Risks and Mitigations' }),
  ).toBeVisible();
  await expect(differences.locator('ins')).toContainText('A shorter overview.');
  await expect(differences.locator('del').filter({ hasText: 'Removed:' })).toHaveCount(1);

  await dialog.getByRole('button', { name: 'Restore “Sent for review”' }).click();
  await expect(dialog.getByRole('status').first()).toContainText(
    'The document as it was is saved as the version “Before restoring “Sent for review””.',
  );
  const before = dialog.getByRole('listitem').filter({ hasText: 'Before restoring' });
  await expect(before).toContainText('before a restore');
  await page.keyboard.press('Escape');
  await expect(preview(page)).not.toContainText('A shorter overview.');
  await expectSaved(page);
  await page.reload();
  await openSection(page, '1. Executive Summary');
  await expect(page.getByLabel('Overview')).not.toHaveValue('A shorter overview.');

  // The restore itself can be taken back: the version saved before it holds the edit.
  await page.getByRole('button', { name: 'Versions' }).click();
  await dialog.getByRole('button', { name: /^Restore “Before restoring/ }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByLabel('Overview')).toHaveValue('A shorter overview.');
});

test('a diagram change shows as a line diff', async ({ page }) => {
  await page.goto('/');
  await newDocument(page, 'Empty document');
  await page.getByLabel('Overview').fill('Before the diagram.');
  await page.getByRole('button', { name: 'Versions' }).click();
  const dialog = page.getByRole('dialog', { name: 'Versions' });
  await dialog.getByRole('button', { name: 'Save version' }).click();
  await expect(dialog.getByRole('listitem')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await openSection(page, '4. System Components');
  await page.getByRole('button', { name: 'Insert starter diagram' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Insert Sequence diagram' }).click();
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('sequenceDiagram');
  await page.getByRole('button', { name: 'Versions' }).click();
  await dialog.getByRole('button', { name: /^Compare/ }).click();
  const differences = dialog.getByRole('region', { name: 'Differences' });
  await expect(differences.locator('.diff__line--added').first()).toBeVisible();
  await expect(differences.getByRole('heading', { name: '4. System Components' })).toBeVisible();
  await expect(differences.locator('.diff__line--added').first()).toContainText('sequenceDiagram');
});

test('undo and redo take edits back and forth, and what is undone is saved', async ({ page }) => {
  await page.goto('/');
  await newDocument(page, 'Empty document', 'Undo me');
  const undo = page.getByRole('button', { name: 'Undo' });
  const redo = page.getByRole('button', { name: 'Redo' });
  await expect(undo).toBeDisabled();
  await page.getByLabel('Overview').fill('First text.');
  await page.getByRole('textbox', { name: 'Document title' }).fill('Renamed');
  await undo.click();
  await expect(page.getByRole('textbox', { name: 'Document title' })).toHaveValue('Undo me');
  await expect(page.getByLabel('Overview')).toHaveValue('First text.');
  await undo.click();
  await expect(page.getByLabel('Overview')).toHaveValue('');
  await redo.click();
  await expect(page.getByLabel('Overview')).toHaveValue('First text.');
  // The keyboard shortcut, outside a text field.
  await page.getByRole('heading', { level: 2 }).first().click();
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(page.getByRole('textbox', { name: 'Document title' })).toHaveValue('Renamed');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(page.getByRole('textbox', { name: 'Document title' })).toHaveValue('Undo me');
  await expectSaved(page);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Document title' })).toHaveValue('Undo me');
  await expect(page.getByLabel('Overview')).toHaveValue('First text.');
});

test('a deleted document goes to the trash and comes back from it', async ({ page }) => {
  await page.goto('/');
  await newDocument(page, 'Empty document', 'Keep me');
  await newDocument(page, 'Empty document', 'Throw me away');
  await page.getByRole('button', { name: 'Documents' }).click();
  const dialog = page.getByRole('dialog', { name: 'Documents' });
  await dialog.getByRole('button', { name: 'Delete Throw me away' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Move to trash?' });
  await expect(confirm).toContainText('You can restore it from there for 30 days');
  await confirm.getByRole('button', { name: 'Move to trash' }).click();
  await expect(dialog.getByRole('list', { name: 'Documents' }).getByRole('listitem')).toHaveCount(
    1,
  );

  await dialog.getByText('Trash (1)').click();
  const trash = dialog.getByRole('list', { name: 'Trash' });
  await expect(trash).toContainText('Throw me away');
  await expect(trash).toContainText('30 days left');
  await page.keyboard.press('Escape');
  await page.reload();
  await page.getByRole('button', { name: 'Documents' }).click();
  await dialog.getByText('Trash (1)').click();
  await dialog.getByRole('button', { name: 'Restore Throw me away' }).click();
  await expect(dialog.getByRole('list', { name: 'Documents' }).getByRole('listitem')).toHaveCount(
    2,
  );
  await expect(dialog.getByText(/^Trash/)).toHaveCount(0);

  // Emptying the trash asks first.
  await dialog.getByRole('button', { name: 'Delete Keep me' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Move to trash' }).click();
  await dialog.getByText('Trash (1)').click();
  await dialog.getByRole('button', { name: 'Empty trash' }).click();
  await page
    .getByRole('alertdialog', { name: 'Empty the trash?' })
    .getByRole('button', { name: 'Delete for good' })
    .click();
  await expect(dialog.getByText(/^Trash/)).toHaveCount(0);
});
