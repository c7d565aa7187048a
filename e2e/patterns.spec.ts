import { readFileSync } from 'node:fs';
import { test, expect, newDocument, openSection, preview } from './fixtures';

test('a circuit breaker applied to two components is in 3.1’s table and the Markdown; a pattern’s missing 3.2 layer is added from its suggestion', async ({
  page,
}) => {
  test.slow();
  await page.goto('/');
  await newDocument(page, 'Worked example');
  await openSection(page, '3. Architectural Decisions');
  await page.getByRole('button', { name: 'Apply pattern' }).click();
  const dialog = page.getByRole('dialog', { name: 'Apply pattern' });
  await dialog.getByLabel('Pattern').selectOption({ label: 'Circuit breaker' });
  await expect(dialog).toContainText('Stops calling a failing dependency for a while');
  const appliedTo = dialog.getByRole('group', { name: 'Applied to' });
  await appliedTo.getByRole('checkbox', { name: 'Auth Service' }).check();
  await appliedTo.getByRole('checkbox', { name: 'User Service' }).check();
  await expect(dialog.getByLabel('Failure threshold')).toHaveValue('5');
  await dialog.getByLabel('Reset timeout').fill('30 s');
  await dialog.getByLabel('Rationale').fill('Calls to the databases fail fast while one is down');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog).toBeHidden();

  const row = preview(page)
    .locator('[data-part="architecturalDecisions"]')
    .getByRole('row')
    .filter({ hasText: 'Reset timeout: 30 s' });
  await expect(row).toContainText('Circuit breaker');
  await expect(row).toContainText('Failure threshold: 5');
  await expect(row).toContainText('Reset timeout: 30 s');

  // Event sourcing asks for an event store that 3.2 does not have: one click adds the layer.
  await page.getByRole('button', { name: 'Apply pattern' }).click();
  await dialog.getByLabel('Pattern').selectOption({ label: 'Event sourcing with snapshots' });
  await dialog.getByRole('button', { name: 'Apply' }).click();
  const note = page.getByRole('note', { name: 'Layers the patterns need' });
  await expect(note).toContainText(
    'Event sourcing with snapshots needs an Event store layer in 3.2',
  );
  await note.getByRole('button', { name: 'Add Event store to 3.2' }).click();
  await expect(note).toBeHidden();
  await expect(
    preview(page).getByRole('row').filter({ hasText: 'Needed by Event sourcing with snapshots' }),
  ).toContainText('Event store');
  // Removed again: its row leaves the table.
  await page.getByRole('button', { name: 'Remove Event sourcing with snapshots' }).click();
  await expect(
    preview(page)
      .getByRole('row')
      .filter({ hasText: /^\s*Event sourcing/ }),
  ).toHaveCount(0);

  // The approved document's Markdown carries the table as GitHub will show it.
  await page.getByRole('button', { name: /^Review checklist: / }).click();
  const checklist = page.getByRole('dialog', { name: 'Review checklist' });
  const approval = checklist
    .getByRole('listitem')
    .filter({ hasText: 'Stakeholder approval obtained' });
  await approval.getByRole('button', { name: 'Enter the approval' }).click();
  await page.keyboard.type('Maria Chen (CTO)');
  await checklist.getByLabel('Approval date').fill('2026-12-06');
  await checklist.getByRole('button', { name: 'Export…' }).click();
  const exporting = page.getByRole('dialog', { name: 'Export' });
  const downloading = page.waitForEvent('download');
  await exporting.getByRole('button', { name: 'Export Markdown' }).click();
  const markdown = readFileSync(await (await downloading).path(), 'utf8');
  expect(markdown).toContain(
    '**Patterns applied**\n\n| Pattern | Applied to | Parameters | Rationale |',
  );
  expect(markdown).toContain(
    '| Circuit breaker | Auth Service, User Service | Failure threshold: 5<br>Reset timeout: 30 s | Calls to the databases fail fast while one is down |',
  );
});
