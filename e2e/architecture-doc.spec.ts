import { test, expect, openSection, preview } from './fixtures';

const architecture = new URL('../docs/ARCHITECTURE.md', import.meta.url).pathname;

// docs/ARCHITECTURE.md draws who may import whom in Mermaid: the app itself must draw it.
test('the architecture document imports and its import-rules diagram is drawn', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start an empty document' })).toBeVisible();
  await page.getByRole('button', { name: 'New document' }).click();
  const dialog = page.getByRole('dialog', { name: 'New document' });
  await dialog.getByTestId('import-file').setInputFiles(architecture);
  const report = page.getByRole('dialog', { name: 'Imported ARCHITECTURE.md' });
  await expect(report).toContainText('Who may import whom');
  await report.getByRole('button', { name: 'Done' }).click();

  await expect(page.getByRole('textbox', { name: 'Document title' })).toHaveValue('Architecture');
  await openSection(page, '3. Architectural Decisions');
  const figure = preview(page).getByRole('figure', { name: 'Who may import whom' });
  const drawing = figure.getByRole('document', { name: 'Who may import whom' });
  await expect(drawing).toBeVisible();
  // Every layer of the diagram is a box in the drawing, none lost to a parse error.
  for (const layer of ['core:', 'sections/nn-name:', 'document:', 'storage:', 'app:']) {
    await expect(drawing).toContainText(layer);
  }
});
