import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { test, expect, expectSaved, newDocument, openSection, preview } from './fixtures';

const corpusPath = (name: string) =>
  new URL(`../fixtures/corpus/docs/${name}`, import.meta.url).pathname;

async function importFile(page: Page, path: string) {
  await page.getByRole('button', { name: 'New document' }).click();
  const dialog = page.getByRole('dialog', { name: 'New document' });
  await dialog.getByTestId('import-file').setInputFiles(path);
  await expect(dialog).toBeHidden();
}

test('an arc42 document imports by its headings into the closest sections, with a report', async ({
  page,
}) => {
  test.slow();
  await page.goto('/');
  await newDocument(page, 'Empty document', 'Already here');
  await expectSaved(page);
  await importFile(page, corpusPath('tractusx-dpp-arc42.md'));

  const report = page.getByRole('dialog', { name: 'Imported tractusx-dpp-arc42.md' });
  await expect(report).toContainText('Read by its headings');
  const row = (heading: string) =>
    report.getByRole('row').filter({ has: page.getByRole('cell', { name: heading, exact: true }) });
  await expect(row('System Scope and Context')).toContainText('2. System Overview');
  await expect(row('Authentication & Authorization')).toContainText('7. Security Architecture');
  await expectNoSeriousViolations(page, 'dialog[open]');
  await report.getByRole('button', { name: 'Done' }).click();

  // The text is in the document: the security section carries the imported heading's text.
  await expect(page.getByRole('textbox', { name: 'Document title' })).toHaveValue(
    /Digital Product Pass/,
  );
  await openSection(page, '7. Security Architecture');
  await expect(preview(page).locator('[data-part="securityArchitecture"]')).toContainText(
    'End User Token',
  );
  await expectSaved(page);

  // The document that was open before is still there, unchanged.
  await page.getByRole('button', { name: 'Documents' }).click();
  await expect(page.getByRole('dialog', { name: 'Documents' })).toContainText('Already here');
});

test('a Markdown export of Archbench imports back as the same document', async ({
  page,
}, testInfo) => {
  test.slow();
  await page.goto('/');
  await newDocument(page, 'Worked example');
  await page.getByRole('button', { name: /^Review checklist: / }).click();
  const checklist = page.getByRole('dialog', { name: 'Review checklist' });
  await checklist.getByLabel('Approver').fill('Maria Chen');
  await checklist.getByLabel('Approval date').fill('2026-11-24');
  await checklist.getByRole('button', { name: 'Export…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export' });
  const md = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Export Markdown' }).click();
  const markdownPath = testInfo.outputPath('shopstream.md');
  await (await md).saveAs(markdownPath);
  const json = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Export JSON' }).click();
  const original = JSON.parse(readFileSync(await (await json).path(), 'utf8')) as {
    id: string;
    sections: unknown;
  };
  await exportDialog.getByRole('button', { name: 'Close' }).click();

  await importFile(page, markdownPath);
  const report = page.getByRole('dialog', { name: 'Imported shopstream.md' });
  await expect(report).toContainText('came back exactly as it was exported');
  await report.getByRole('button', { name: 'Done' }).click();
  await expectSaved(page);

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const again = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Export JSON' }).click();
  const imported = JSON.parse(readFileSync(await (await again).path(), 'utf8')) as typeof original;
  expect(imported.id).not.toBe(original.id);
  expect(imported.sections).toEqual(original.sections);
});
