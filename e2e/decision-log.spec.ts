import { expectNoSeriousViolations } from './axe';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { test, expect, expectSaved, newDocument, openSection, preview } from './fixtures';

/** The decision log (15 C) of the worked example, opened. */
async function openLog(page: Page) {
  // Each test walks a whole flow of the worked example: give it room on a busy machine.
  test.slow();
  await page.goto('/');
  await newDocument(page, 'Worked example');
  await openSection(page, '15. Appendices');
  const log = page.getByRole('group', { name: 'Decisions (ADRs)' });
  await expect(log).toBeVisible();
  return log;
}

const corpusPath = (name: string) =>
  fileURLToPath(new URL(`../fixtures/corpus/docs/${name}`, import.meta.url));

test('filters by status, and supersede links change both records and the preview', async ({
  page,
}) => {
  const log = await openLog(page);
  const cards = log.getByRole('group', { name: /^ADR-\d{4}: / });
  const card = (n: string) => log.getByRole('group', { name: new RegExp(`^ADR-${n}: `) });
  await expect(cards).toHaveCount(5);

  // The filter hides cards, never data: the preview keeps all five records.
  const filter = page.getByLabel('Filter by status');
  await filter.selectOption('Superseded');
  await expect(cards).toHaveCount(1);
  await expect(card('0002')).toBeVisible();
  await expect(log.getByText('Showing 1 of 5 decisions')).toBeVisible();
  await filter.selectOption('Rejected');
  await expect(cards).toHaveCount(0);
  await expect(log.getByText('No rejected decisions.')).toBeVisible();
  await filter.selectOption('Accepted');
  await expect(cards).toHaveCount(4);
  await expect(preview(page).getByRole('heading', { name: /^ADR-000\d: / })).toHaveCount(5);
  await filter.selectOption('All');
  await expect(cards).toHaveCount(5);

  // "Superseded by 0005" on 0004: 0004 becomes Superseded, 0005 points back.
  await card('0004')
    .getByRole('button', { name: /^ADR-0004 / })
    .click();
  const supersededBy = card('0004').getByLabel('Superseded by', { exact: true });
  await supersededBy.selectOption('0005');
  await expect(card('0004').getByLabel('Status', { exact: true })).toHaveValue('Superseded');
  await expect(card('0005')).toContainText('Supersedes ADR-0004');
  await card('0005')
    .getByRole('button', { name: /^ADR-0005 / })
    .click();
  await expect(card('0005').getByLabel('Supersedes', { exact: true })).toHaveValue('0004');

  const view = preview(page);
  const row = view.getByRole('row').filter({ hasText: 'Apache Kafka for domain events' });
  await expect(row).toContainText('Superseded');
  await expect(row.getByRole('link', { name: 'ADR-0005' })).toHaveAttribute(
    'href',
    '#adr-0005-jwt-access-tokens-issued-by-the-auth-service',
  );
  await expect(
    view.getByRole('listitem').filter({ hasText: 'Supersedes: ADR-0004' }).getByRole('link'),
  ).toHaveAttribute('href', '#adr-0004-apache-kafka-for-domain-events');

  await filter.selectOption('Superseded');
  await expect(cards).toHaveCount(2);
  await filter.selectOption('All');

  // Clearing the link clears both ends.
  await supersededBy.selectOption('');
  await expect(card('0004').getByLabel('Status', { exact: true })).toHaveValue('Accepted');
  await expect(card('0005').getByLabel('Supersedes', { exact: true })).toHaveValue('');
  await expect(card('0005')).not.toContainText('Supersedes ADR-0004');
  await expect(view.getByText('Supersedes: ADR-0004')).toHaveCount(0);
  await expectSaved(page);
});

test('downloads the log as a zip of MADR files', async ({ page }) => {
  await openLog(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export MADR files' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('decision-log.zip');
  const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
  const names = Object.keys(files);
  expect(names).toHaveLength(5);
  for (const name of names) {
    expect(name).toMatch(/^\d{4}-[a-z0-9-]+\.md$/);
    const text = strFromU8(files[name] ?? new Uint8Array());
    expect(text).toMatch(/^---\nstatus: [a-z]/);
    expect(text).toContain('\n---\n\n# ');
    expect(text).toContain('## Decision Outcome\n\nChosen option: "');
  }
  expect(names).toContain('0003-a-postgresql-database-per-service.md');
  expect(
    strFromU8(
      files['0002-one-shared-postgresql-database-with-a-schema-per-service.md'] ?? new Uint8Array(),
    ),
  ).toContain('status: superseded by ADR-0003');
});

test('imports MADR files, adds and removes decisions', async ({ page }) => {
  const log = await openLog(page);
  await page
    .getByLabel('Import MADR files')
    .setInputFiles([
      corpusPath('madr-0010-support-categories.md'),
      corpusPath('madr-adr-template.md'),
    ]);
  const summary = log.getByRole('status');
  await expect(summary).toContainText('Imported 1 decision: ADR-0010 Support Categories.');
  await expect(summary).toContainText('Skipped madr-adr-template.md: a template, not a decision.');
  const cards = log.getByRole('group', { name: /^ADR-\d{4}: / });
  await expect(cards).toHaveCount(6);

  const imported = log.getByRole('group', { name: 'ADR-0010: Support Categories' });
  await imported.getByRole('button', { name: /^ADR-0010 / }).click();
  await expect(imported.getByLabel('Title', { exact: true })).toHaveValue('Support Categories');
  await expect(imported.getByLabel('Status', { exact: true })).toHaveValue('Proposed');
  await expect(imported.getByRole('textbox', { name: /^Option \d$/ })).toHaveCount(7);
  await expect(imported.getByLabel('Decision outcome', { exact: true })).toHaveValue(
    /^Chosen option: "Use subfolders with local IDs"/,
  );
  await expect(
    preview(page).getByRole('heading', { name: 'ADR-0010: Support Categories' }),
  ).toBeVisible();

  // An open card and the import summary, checked as the accessibility suite checks screens.
  await expectNoSeriousViolations(page, 'main');

  // A new decision gets the next number and the focus; removing one asks first.
  await log.getByRole('button', { name: 'Add decision' }).click();
  await page.keyboard.type('Use OpenTelemetry for traces');
  await expect(
    log.getByRole('group', { name: 'ADR-0011: Use OpenTelemetry for traces' }),
  ).toBeVisible();
  await log.getByRole('button', { name: 'Remove ADR-0010' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Remove ADR-0010?' });
  await confirm.getByRole('button', { name: 'Remove decision' }).click();
  await expect(cards).toHaveCount(6);
  await expect(log.getByRole('group', { name: /^ADR-0010/ })).toHaveCount(0);
  await expectSaved(page);
});

for (const [label, viewport] of [
  ['wide', { width: 1440, height: 900 }],
  ['narrow', { width: 390, height: 844 }],
] as const) {
  test(`screenshots of the decision log (${label})`, async ({ page }) => {
    const dir = 'test-results/decision-log';
    mkdirSync(dir, { recursive: true });
    await page.setViewportSize(viewport);
    const log = await openLog(page);
    // The log at the top of the form, and of the preview when there is one.
    await log.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    if (label === 'wide') {
      await preview(page)
        .getByRole('heading', { name: 'C. Decision Log' })
        .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    }
    await page.screenshot({ path: `${dir}/log-${label}.png` });
    await log.getByRole('button', { name: /^ADR-0003 / }).click();
    await log
      .getByRole('group', { name: /^ADR-0003: / })
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${dir}/card-${label}.png` });
    const card = log.getByRole('group', { name: /^ADR-0003: / });
    await card.getByLabel('Superseded by', { exact: true }).evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: `${dir}/links-${label}.png` });
    await card.getByRole('button', { name: 'Remove ADR-0003' }).click();
    await page.screenshot({ path: `${dir}/remove-${label}.png` });
    await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
    await page
      .getByLabel('Import MADR files')
      .setInputFiles([corpusPath('madr-0010-support-categories.md')]);
    await expect(log.getByRole('status')).toContainText('Imported 1 decision');
    await log.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${dir}/import-${label}.png` });
  });
}
