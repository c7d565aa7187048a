import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { test, expect, expectSaved, newDocument, openSection, preview } from './fixtures';

// Real decision folders of public projects (fixtures/corpus/README.md names their sources).
const corpus = fileURLToPath(new URL('../fixtures/corpus/adr/', import.meta.url));
const filesIn = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const path = join(dir, n);
    return statSync(path).isDirectory() ? filesIn(path) : [path];
  });

/** A project's decision folder zipped as a user would zip it, paths kept. */
function zipOf(project: string) {
  const base = join(corpus, project);
  const entries = filesIn(base).map((f) => [
    relative(base, f).split(sep).join('/'),
    new Uint8Array(readFileSync(f)),
  ]);
  const zip = zipSync(Object.fromEntries(entries) as Record<string, Uint8Array>);
  return { name: `${project}.zip`, mimeType: 'application/zip', buffer: Buffer.from(zip) };
}

/** The decision log (15 C) of a new empty document, opened. */
async function openEmptyLog(page: Page) {
  await page.goto('/');
  await newDocument(page, 'Empty document');
  await openSection(page, '15. Appendices');
  const log = page.getByRole('group', { name: 'Decisions (ADRs)' });
  await expect(log).toBeVisible();
  return log;
}

test('imports an adr-tools folder as a zip: statuses, titles and supersede links as written', async ({
  page,
}) => {
  const log = await openEmptyLog(page);
  await page.getByLabel('Import MADR files').setInputFiles(zipOf('dds-web'));
  const summary = log.getByRole('status');
  await expect(summary).toContainText(
    'Imported 9 decisions: ADR-0001 Use Flask as the DDS Python framework, ADR-0002 Use a relational database,',
  );
  // Nothing to report: every status was a word the log has, every link found its record.
  await expect(summary.getByRole('listitem')).toHaveCount(0);

  const cards = log.getByRole('group', { name: /^ADR-\d{4}: / });
  await expect(cards).toHaveCount(9);
  const card = (n: string) => log.getByRole('group', { name: new RegExp(`^ADR-${n}: `) });
  // The number is the record's, not part of its title ("# 4. Scrypt as ...").
  await expect(card('0004')).toHaveAccessibleName(
    'ADR-0004: Scrypt as the password hashing algorithm',
  );
  await expect(card('0004').getByRole('button', { name: /^ADR-0004 / })).toContainText(
    'Superseded',
  );
  await expect(card('0004')).toContainText('Superseded by ADR-0005');
  await expect(card('0005').getByRole('button', { name: /^ADR-0005 / })).toContainText('Accepted');
  await expect(card('0005')).toContainText('Supersedes ADR-0004');
  await expect(card('0016')).toContainText('Supersedes ADR-0015');

  const filter = page.getByLabel('Filter by status');
  await filter.selectOption('Superseded');
  await expect(cards).toHaveCount(3);
  await filter.selectOption('Accepted');
  await expect(cards).toHaveCount(6);
  await filter.selectOption('All');

  // The record opens with its fields filled: Nygard's Context and Decision, the date line.
  await card('0005')
    .getByRole('button', { name: /^ADR-0005 / })
    .click();
  await expect(card('0005').getByLabel('Status', { exact: true })).toHaveValue('Accepted');
  await expect(card('0005').getByLabel('Supersedes', { exact: true })).toHaveValue('0004');
  await expect(card('0005').getByLabel('Decision outcome', { exact: true })).toHaveValue(
    'Use Argon2id as the password hashing algorithm.',
  );
  const row = preview(page).getByRole('row').filter({ hasText: 'Scrypt as the password hashing' });
  await expect(row).toContainText('Superseded');
  await expect(row.getByRole('link', { name: 'ADR-0005' })).toBeVisible();
  await expectSaved(page);
});

test('imports Markdown files of a folder, skipping its template, and says so', async ({ page }) => {
  const log = await openEmptyLog(page);
  const folder = join(corpus, 'govuk-infrastructure/docs/architecture/decisions');
  await page
    .getByLabel('Import MADR files')
    .setInputFiles(readdirSync(folder).map((name) => join(folder, name)));
  const summary = log.getByRole('status');
  await expect(summary).toContainText(
    'Imported 3 decisions: ADR-0001 Record architecture decisions, ADR-0007 Use Fluent Bit, Elasticsearch and Kibana for application logs, ADR-0011 Use AWS Graviton (ARM) for compute instances.',
  );
  await expect(summary.getByRole('list', { name: 'Skipped files' })).toHaveText(
    'Skipped 0000-TEMPLATE.md: a template, not a decision.',
  );
  const cards = log.getByRole('group', { name: /^ADR-\d{4}: / });
  await expect(cards).toHaveCount(3);
  await expect(log.getByRole('group', { name: /Template/ })).toHaveCount(0);
  const seven = log.getByRole('group', { name: /^ADR-0007: / });
  await expect(seven.getByRole('button', { name: /^ADR-0007 / })).toContainText('Deprecated');
});

test('imports a folder of "<slug>/index.md" records, skipping its README', async ({ page }) => {
  const log = await openEmptyLog(page);
  await page.getByLabel('Import MADR files').setInputFiles(zipOf('pipecd-tutorial'));
  const summary = log.getByRole('status');
  await expect(summary).toContainText(
    'Imported 4 decisions: ADR-0001 Local Architecture, ADR-0002 Pipeline, ADR-0003 Publish Site, ADR-0004 Table of Contents.',
  );
  await expect(summary.getByRole('list', { name: 'Skipped files' })).toHaveText(
    'Skipped pipecd-tutorial.zip: adr/README.md: an index page, not a decision.',
  );
  await expect(summary).toContainText(
    'pipecd-tutorial.zip: adr/20240524-pipeline/index.md: the name starts with a date (2024-05-24), not a number, imported as ADR-0002',
  );
  const cards = log.getByRole('group', { name: /^ADR-\d{4}: / });
  await expect(cards).toHaveCount(4);
  await expect(cards.first().getByRole('button', { name: /^ADR-0001 / })).toContainText('Proposed');
  await expect(
    preview(page).getByRole('heading', { name: 'ADR-0004: Table of Contents' }),
  ).toBeVisible();
});
