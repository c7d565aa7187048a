import {
  test,
  expect,
  expectSaved,
  newDocument,
  openSection,
  preview,
  typeInCodeEditor,
} from './fixtures';

test('fields of every kind show in the preview as they are typed, and survive a reload', async ({
  page,
}) => {
  await page.goto('/');
  await newDocument(page, 'Empty document', 'Ledger Service Architecture');
  const view = preview(page);
  await expect(
    view.getByRole('heading', { level: 1, name: 'Ledger Service Architecture' }),
  ).toBeVisible();

  // Text and select fields of the metadata.
  await openSection(page, 'Document details');
  await page.getByLabel('Version').fill('2.1');
  await page.getByLabel('Status').selectOption('In review');
  await page.getByLabel('Authors').fill('Mia Chen');
  await expect(view.getByRole('table').first()).toContainText('2.1');
  await expect(view.getByRole('table').first()).toContainText('In review');

  // Markdown text and a list.
  await openSection(page, '1. Executive Summary');
  await page.getByLabel('Overview').fill('The ledger records **every** movement of money.');
  await expect(view.locator('strong', { hasText: 'every' })).toBeVisible();
  await page.getByRole('button', { name: 'Add decision' }).click();
  await page.keyboard.type('Event sourcing for the ledger');
  await page.keyboard.press('Enter');
  await page.keyboard.type('PostgreSQL as the event store');
  await expect(
    view.getByRole('listitem').filter({ hasText: 'Event sourcing for the ledger' }),
  ).toBeVisible();
  await expect(
    view.getByRole('listitem').filter({ hasText: 'PostgreSQL as the event store' }),
  ).toBeVisible();

  // A select of the template's fixed set.
  await openSection(page, '3. Architectural Decisions');
  await page.getByLabel('Chosen architecture pattern').selectOption({ label: 'Event-driven' });
  await expect(view.getByText('Event-driven')).toBeVisible();

  // Checkboxes.
  await openSection(page, '7. Security Architecture');
  await page.getByRole('checkbox', { name: 'mTLS' }).check();
  await expect(view.getByText('mTLS')).toBeVisible();

  // A table with a select column; a pipe in a cell stays in its cell.
  await openSection(page, '14. Risks and Mitigations');
  await page.getByRole('button', { name: 'Add risk' }).click();
  await page.getByRole('textbox', { name: 'Risk 1' }).fill('Double posting | replay');
  await page.getByRole('combobox', { name: 'Probability 1' }).selectOption('High');
  await page.getByRole('textbox', { name: 'Mitigation 1' }).fill('Idempotency keys');
  const row = view.getByRole('row').filter({ hasText: 'Double posting | replay' });
  await expect(row.getByRole('cell')).toHaveText([
    'Double posting | replay',
    'High',
    'Medium',
    'Idempotency keys',
  ]);

  await expectSaved(page);
  await page.reload();

  await expect(page.getByRole('textbox', { name: 'Document title' })).toHaveValue(
    'Ledger Service Architecture',
  );
  await expect(view.getByRole('table').first()).toContainText('In review');
  await expect(view.locator('strong', { hasText: 'every' })).toBeVisible();
  await expect(view.getByText('Event-driven')).toBeVisible();
  await expect(view.getByRole('row').filter({ hasText: 'Double posting | replay' })).toBeVisible();
  await openSection(page, '14. Risks and Mitigations');
  await expect(page.getByRole('textbox', { name: 'Mitigation 1' })).toHaveValue('Idempotency keys');
  await openSection(page, '1. Executive Summary');
  await expect(page.getByRole('textbox', { name: 'Decision 2' })).toHaveValue(
    'PostgreSQL as the event store',
  );
});

test('rows of a table can be reordered and removed', async ({ page }) => {
  await page.goto('/');
  await newDocument(page, 'Worked example');
  await openSection(page, '14. Risks and Mitigations');
  await expect(page.getByRole('textbox', { name: 'Risk 1' })).toHaveValue('Data breach');
  await page.getByRole('button', { name: 'Move risk 1 down' }).click();
  await expect(page.getByRole('textbox', { name: 'Risk 1' })).toHaveValue('Service outage');
  await expect(page.getByRole('textbox', { name: 'Risk 2' })).toHaveValue('Data breach');
  const rows = preview(page).getByRole('row');
  await expect(
    rows.filter({ hasText: 'Service outage' }).locator('xpath=following-sibling::tr[1]'),
  ).toContainText('Data breach');
  await page.getByRole('button', { name: 'Remove risk 3' }).click();
  await expect(page.getByRole('textbox', { name: 'Risk 3' })).toHaveCount(0);
  await expect(preview(page).getByText('Performance degradation')).toHaveCount(0);
});

test('a diagram is drawn as it is typed, and a broken one shows its error in place', async ({
  page,
}) => {
  await page.goto('/');
  await newDocument(page, 'Empty document');
  await openSection(page, '4. System Components');
  await typeInCodeEditor(
    page,
    'Component diagram',
    'graph LR\nShop[Storefront] --> Pay[Payments Gateway]\n',
  );
  const diagram = preview(page).getByRole('figure', { name: '4.1 Component Diagram', exact: true });
  await expect(diagram.locator('.diagram__svg > svg')).toBeVisible();
  await expect(diagram.getByText('Payments Gateway', { exact: true })).toBeVisible();

  await typeInCodeEditor(page, 'Component diagram', 'Pay --> \n');
  await expect(diagram.getByText(/Diagram error on line \d+/)).toBeVisible();
  // The rest of the document still renders.
  await expect(preview(page).getByRole('heading', { name: '15. Appendices' })).toBeVisible();
  await expect(
    preview(page).getByRole('heading', { name: '4.2 Component Descriptions' }),
  ).toBeVisible();

  await expectSaved(page);
  await page.reload();
  await expect(preview(page).getByText(/Diagram error on line \d+/)).toBeVisible();
});
