import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectNoSeriousViolations } from './axe';
import { test, expect, expectSaved, newDocument, openSection } from './fixtures';
import { createExampleDocument } from '../src/document/example';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RTO_ERROR =
  "The RTO of 2 hours is longer than the 43 min 50 s a month that 9.1's 99.9 % availability allows: one incident breaks the SLA.";

test('inspections find a design broken in three sections, link to the fixes and keep a severity', async ({
  page,
}) => {
  await page.goto('/');
  await newDocument(page, 'Worked example');
  const status = page.getByRole('button', { name: /^Inspections/ });
  await expect(status).toHaveAccessibleName('Inspections 0 to fix: 4 suggestions');

  await openSection(page, '11. Disaster Recovery');
  await page.getByRole('textbox', { name: 'RTO', exact: true }).fill('2 hours');
  await openSection(page, '14. Risks and Mitigations');
  await page.getByRole('textbox', { name: 'Mitigation 1' }).fill('');
  await openSection(page, '2. System Overview');
  await page.getByRole('textbox', { name: 'Interface 1' }).fill('Tax office');
  await expect(status).toHaveAccessibleName(
    'Inspections 3 to fix: 2 errors, 1 warning and 4 suggestions',
  );

  await status.click();
  const dialog = page.getByRole('dialog', { name: 'Inspections' });
  await expect(dialog.getByRole('status')).toContainText('2 errors, 1 warning and 4 suggestions.');
  await expect(dialog.getByText(RTO_ERROR)).toBeVisible();
  await expect(
    dialog.getByText('The high-impact risk Data breach has no mitigation.'),
  ).toBeVisible();
  await expect(
    dialog.getByText('The external interface Tax office (2.2) appears in no flow of 4.1 or 5.1.'),
  ).toBeVisible();
  await expect(dialog.getByRole('heading', { name: '11. Disaster Recovery' })).toBeVisible();
  await expectNoSeriousViolations(page, 'dialog[open]');

  await dialog.getByRole('radio', { name: 'Errors (2)' }).check();
  await expect(dialog.getByRole('listitem')).toHaveCount(2);
  await expect(dialog.getByText('Tax office', { exact: false })).toHaveCount(0);

  // The checklist says why "Documentation is comprehensive" fails.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /^Review checklist: / }).click();
  const checklist = page.getByRole('dialog', { name: 'Review checklist' });
  await expect(
    checklist.getByRole('listitem').filter({ hasText: 'Documentation is comprehensive' }),
  ).toContainText('2 inspections find errors; the first: ');
  await page.keyboard.press('Escape');

  // Fix the RTO by its link.
  await status.click();
  await dialog.getByRole('button', { name: 'Open 11. Disaster Recovery' }).click();
  await expect(dialog).toBeHidden();
  const rto = page.getByRole('textbox', { name: 'RTO', exact: true });
  await expect(rto).toBeFocused();
  await rto.fill('30 minutes');
  await expect(status).toHaveAccessibleName(
    'Inspections 2 to fix: 1 error, 1 warning and 4 suggestions',
  );

  // Turn a rule off for this document; the choice is saved with it.
  await status.click();
  // The filter stays as it was left.
  await expect(dialog.getByRole('radio', { name: 'Errors (1)' })).toBeChecked();
  await dialog.getByRole('radio', { name: /^All / }).check();
  await dialog
    .getByRole('combobox', { name: 'Severity of “Every external interface appears in a flow”' })
    .first()
    .selectOption('off');
  await expect(status).toHaveAccessibleName('Inspections 1 to fix: 1 error and 4 suggestions');
  await expect(dialog.getByRole('status')).toContainText('1 more from rules turned off.');
  await page.keyboard.press('Escape');
  await expectSaved(page);
  await page.reload();
  await expect(status).toHaveAccessibleName('Inspections 1 to fix: 1 error and 4 suggestions');
  await status.click();
  await dialog.getByText(/^All \d+ rules/).click();
  await expect(
    dialog.getByRole('combobox', {
      name: 'Severity of “Every external interface appears in a flow”',
    }),
  ).toHaveValue('off');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the Inspections panel shows its count and findings', async ({ page }) => {
    await page.goto('/');
    await newDocument(page, 'Worked example');
    // The word is read out, the count is what shows on a phone.
    const status = page.getByRole('button', { name: /^Inspections/ });
    await expect(status).toHaveAccessibleName('Inspections 0 to fix: 4 suggestions');
    await status.click();
    const dialog = page.getByRole('dialog', { name: 'Inspections' });
    await expect(dialog.getByRole('heading', { name: '15. Appendices' })).toBeVisible();
    await expectNoSeriousViolations(page, 'dialog[open]');
  });
});

function run(...args: string[]): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'scripts/inspect.ts', ...args], { cwd: ROOT });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout }));
  });
}

test('npm run inspect exits 1 on a document with an error, 0 once it is fixed', async () => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'archbench-inspect-'));
  try {
    const doc = await createExampleDocument('2026-12-01T10:00:00.000Z');
    doc.sections.disasterRecovery.rto = '2 hours';
    const file = join(dir, 'doc.json');
    writeFileSync(file, JSON.stringify(doc));
    const broken = await run(file);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain(`error   rto-within-sla  11. Disaster Recovery: ${RTO_ERROR}`);
    expect(broken.stdout).toContain('1 error, 0 warnings, 4 suggestions.');

    doc.sections.disasterRecovery.rto = '30 minutes';
    writeFileSync(file, JSON.stringify(doc));
    const json = await run(file, '--format', 'json');
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as { counts: Record<string, number> };
    expect(report.counts).toEqual({ error: 0, warning: 0, info: 4 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
