import { mkdirSync } from 'node:fs';
import { expectNoSeriousViolations } from './axe';
import type { Locator, Page } from '@playwright/test';
import { test, expect, expectSaved, newDocument, openSection, preview } from './fixtures';

const DATABASES = ['PostgreSQL', 'MySQL', 'MongoDB'];
const CRITERIA = ['Performance', 'Scalability', 'Team expertise', 'Cost'];
// Equal weights: PostgreSQL 4.0, MySQL 3.75, MongoDB 3.75. Scalability weighted 5:
// PostgreSQL 3.5, MySQL 3.4, MongoDB 4.4.
const SCORES: Record<string, number[]> = {
  Performance: [4, 4, 5],
  Scalability: [3, 3, 5],
  'Team expertise': [5, 3, 2],
  Cost: [4, 5, 3],
};

/** Builds "Which database?" from an empty section 3; returns the comparison's region. */
async function buildComparison(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Add comparison' }).click();
  const comparison = page.getByRole('region', { name: 'Comparison 1' });
  await expect(comparison.getByLabel('Question')).toBeFocused();
  await page.keyboard.type('Which database?');
  await comparison.getByLabel('Layer').fill('Database');

  for (const [i, name] of DATABASES.entries()) {
    await comparison.getByRole('button', { name: 'Add candidate' }).click();
    await expect(
      comparison.getByRole('textbox', { name: `Candidate ${i + 1}`, exact: true }),
    ).toBeFocused();
    await page.keyboard.type(name);
  }

  // The presets, taken from the dialog (Performance, Scalability, Team expertise, Cost).
  await comparison.getByRole('button', { name: 'Add preset criteria' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add preset criteria' });
  for (const name of CRITERIA) await dialog.getByRole('checkbox', { name }).check();
  await dialog.getByRole('button', { name: 'Add 4 criteria' }).click();
  await expect(dialog).toBeHidden();
  for (const [i, name] of CRITERIA.entries()) {
    await expect(
      comparison.getByRole('textbox', { name: `Criterion ${i + 1}`, exact: true }),
    ).toHaveValue(name);
  }
  // Each share shows in the criteria list and beside its row of the score table.
  await expect(comparison.getByText('25%', { exact: true })).toHaveCount(8);

  for (const criterion of CRITERIA) {
    for (const [i, db] of DATABASES.entries()) {
      const score = String(SCORES[criterion]?.[i]);
      await comparison
        .getByRole('combobox', { name: `${db} score for ${criterion}` })
        .selectOption(score);
    }
  }
  return comparison;
}

test('a comparison of three databases: weights move the leader, adoption flows into 3.2 and the decision log', async ({
  page,
}) => {
  test.slow(); // A long flow: building, scoring, adopting twice, reloading.
  await page.goto('/');
  await newDocument(page, 'Empty document', 'Storefront');
  await openSection(page, '3. Architectural Decisions');
  const comparison = await buildComparison(page);
  const verdict = comparison.getByRole('status');

  await expect(verdict).toHaveText(/^Leader: PostgreSQL/);
  await expect(verdict).toContainText('4.0 / 5');

  // A missing score is shown as missing, never as a zero.
  await comparison.getByRole('combobox', { name: 'MySQL score for Performance' }).selectOption('');
  await expect(comparison.getByText('3 of 4 scored')).toBeVisible();
  await expect(comparison.getByText(/MySQL is not in the chart/)).toBeVisible();
  await comparison.getByRole('combobox', { name: 'MySQL score for Performance' }).selectOption('4');
  await comparison.getByRole('button', { name: 'Note: MongoDB, Scalability' }).click();
  await expect(comparison.getByLabel('MongoDB note for Scalability')).toBeFocused();
  await page.keyboard.type('Sharding built in');

  // An invalid weight is kept with a message; a valid one moves the leader.
  const weight = comparison.getByRole('spinbutton', { name: 'Weight of Scalability' });
  await weight.fill('-2');
  await expect(comparison.getByRole('alert')).toContainText('cannot be negative');
  await expect(verdict).toHaveText(/^Leader: PostgreSQL/);
  await weight.fill('5');
  await expect(comparison.getByRole('alert')).toHaveCount(0);
  await expect(verdict).toHaveText(/^Leader: MongoDB/);
  await expect(verdict).toContainText('4.4 / 5');
  await expect(comparison.getByText('63%', { exact: true })).toHaveCount(2);

  // The preview: the table with totals, the leader, the chart.
  const part = preview(page).locator('[data-part="architecturalDecisions"]');
  await expect(part.getByRole('heading', { name: 'Comparison: Which database?' })).toBeVisible();
  await expect(part.getByRole('row').filter({ hasText: 'Weighted total' })).toContainText('4.4 ✓');
  await expect(part.getByText('Leader: MongoDB')).toBeVisible();
  await expect(
    part
      .getByRole('figure', { name: 'Which database? Scores per criterion' })
      .locator('.diagram__svg > svg'),
  ).toBeVisible();

  // Adopt the leader: 3.2 in the form and in the preview, and an accepted ADR.
  await comparison.getByRole('button', { name: 'Adopt MongoDB' }).click();
  await expect(comparison.getByText('Adopted', { exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Layer 1' })).toHaveValue('Database');
  await expect(page.getByRole('textbox', { name: 'Technology 1' })).toHaveValue('MongoDB');
  const stackTable = part.getByRole('table').first();
  await expect(stackTable.getByRole('row').nth(1).getByRole('cell').nth(1)).toHaveText('MongoDB');
  const log = preview(page).locator('[data-part="appendices"]');
  await expect(log.getByRole('heading', { name: 'C. Decision Log' })).toBeVisible();
  const first = log.getByRole('row').filter({ hasText: 'Use MongoDB for Database' });
  await expect(first).toContainText('Accepted');

  // Adopt another: the first record is superseded, the new one accepted, 3.2 follows.
  await comparison.getByRole('button', { name: 'Adopt PostgreSQL instead' }).click();
  await expect(comparison.getByRole('button', { name: 'Adopt MongoDB instead' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Technology 1' })).toHaveValue('PostgreSQL');
  await expect(first).toContainText('Superseded');
  await expect(
    log.getByRole('row').filter({ hasText: 'Use PostgreSQL for Database' }),
  ).toContainText('Accepted');
  await expect(stackTable.getByRole('row').nth(1).getByRole('cell').nth(1)).toHaveText(
    'PostgreSQL',
  );

  // Everything is in the document: it survives a reload.
  await expectSaved(page);
  await page.reload();
  await openSection(page, '3. Architectural Decisions');
  const reloaded = page.getByRole('region', { name: 'Comparison 1' });
  await expect(reloaded.getByRole('status')).toHaveText(/^Leader: MongoDB/);
  await expect(reloaded.getByLabel('MongoDB note for Scalability')).toHaveValue(
    'Sharding built in',
  );

  // Removing a comparison asks first.
  await reloaded.getByRole('button', { name: 'Remove comparison 1' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Remove comparison 1?' });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(reloaded).toBeVisible();
  await reloaded.getByRole('button', { name: 'Remove comparison 1' }).click();
  await confirm.getByRole('button', { name: 'Remove comparison' }).click();
  await expect(page.getByRole('region', { name: 'Comparison 1' })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Technology 1' })).toHaveValue('PostgreSQL');
});

for (const [label, viewport] of [
  ['wide', { width: 1440, height: 900 }],
  ['narrow', { width: 390, height: 844 }],
] as const) {
  test(`the comparison editor, to look at (${label})`, async ({ page }) => {
    test.slow(); // Mermaid draws, axe runs twice.
    mkdirSync('test-results/comparisons', { recursive: true });
    await page.setViewportSize(viewport);
    await page.goto('/');
    await newDocument(page, 'Worked example');
    await openSection(page, '3. Architectural Decisions');
    const comparison = page.getByRole('region', { name: 'Comparison 1' });
    await expect(comparison.locator('.diagram__svg > svg')).toBeVisible();
    await comparison.scrollIntoViewIfNeeded();
    // The panes scroll, not the page: a page that scrolls leaves a blank band under the app.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(viewport.height);
    const shots = 'test-results/comparisons';
    for (const [name, anchor] of [
      ['top', comparison.getByRole('heading', { name: /^Comparison 1/ })],
      ['scores', comparison.getByText('Scores', { exact: true })],
      ['chart', comparison.getByText('Chart', { exact: true })],
    ] as const) {
      await anchor.evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${shots}/editor-${name}-${label}.png` });
    }
    await expectNoSeriousViolations(page, 'main');

    await comparison.getByRole('button', { name: 'Add preset criteria' }).click();
    await page.screenshot({ path: `${shots}/presets-${label}.png` });
    await expectNoSeriousViolations(page, 'dialog[open]');
    await page.keyboard.press('Escape');
    if (label === 'wide') {
      const part = page.locator('[data-part="architecturalDecisions"]');
      await part.getByRole('heading', { name: /^Comparison:/ }).scrollIntoViewIfNeeded();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${shots}/preview-${label}.png` });
    }
  });
}
