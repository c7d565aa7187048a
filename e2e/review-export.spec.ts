import { readFileSync } from 'node:fs';
import { Lexer, type Tokens } from 'marked';
import type { Page } from '@playwright/test';
import { test, expect, expectSaved, newDocument, openSection, sections } from './fixtures';

const checklistButton = (page: Page) =>
  page.getByRole('button', { name: /^Review checklist: \d+\/10 pass$/ });

async function openExport(page: Page) {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  return page.getByRole('dialog', { name: 'Export' });
}

async function documentCount(page: Page): Promise<number> {
  await page.getByRole('button', { name: 'Documents' }).click();
  const list = page
    .getByRole('dialog', { name: 'Documents' })
    .getByRole('list', { name: 'Documents' });
  await expect(list).toBeVisible();
  const count = await list.getByRole('listitem').count();
  const dialog = page.getByRole('dialog', { name: 'Documents' });
  await dialog.getByRole('button', { name: 'Close' }).click();
  return count;
}

test('a new empty document: the checklist fails everywhere, Markdown and PDF export say why', async ({
  page,
}) => {
  await page.goto('/');
  await newDocument(page, 'Empty document', 'Payments');
  await expect(checklistButton(page)).toHaveAccessibleName('Review checklist: 0/10 pass');
  await expect(sections(page).getByRole('button', { name: /Review checklist/ })).toContainText(
    '0 of 10 pass',
  );

  const dialog = await openExport(page);
  for (const name of ['Export Markdown', 'Export PDF']) {
    const button = dialog.getByRole('button', { name });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    // The reason is part of the button's description, so a screen reader reads it out.
    await expect(button).toHaveAccessibleDescription(
      /Opens when every review item passes; 10 of 10 fail: All components are clearly defined, .*Stakeholder approval obtained\./,
    );
  }
  // A click on a closed export downloads nothing.
  let downloads = 0;
  page.on('download', () => downloads++);
  // Playwright waits for enabled buttons; a user can still click one that says it is closed.
  await dialog.getByRole('button', { name: 'Export Markdown' }).click({ force: true });
  await expect(dialog.getByRole('button', { name: 'Export JSON' })).not.toHaveAttribute(
    'aria-disabled',
  );
  expect(downloads).toBe(0);

  // The checklist names each gap and opens the field that fixes it.
  await dialog.getByRole('button', { name: 'Open the review checklist' }).click();
  const checklist = page.getByRole('dialog', { name: 'Review checklist' });
  await expect(checklist.getByRole('status')).toContainText('0 of 10 pass');
  const risk = checklist.getByRole('listitem').filter({ hasText: 'Risk assessment done' });
  await expect(risk).toContainText('No risk is listed.');
  await risk.getByRole('button', { name: 'Open 14. Risks and Mitigations' }).click();
  await expect(checklist).toBeHidden();
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(
    '14. Risks and Mitigations',
  );
  await expect(page.getByRole('button', { name: 'Add risk' })).toBeFocused();

  // Fix it: a risk without mitigation fails by name, with one it passes.
  await page.getByRole('button', { name: 'Add risk' }).click();
  await page.getByRole('textbox', { name: 'Risk 1' }).fill('Vendor lock-in');
  await checklistButton(page).click();
  await expect(risk).toContainText('1 risk has no mitigation: Vendor lock-in.');
  await checklist.getByRole('button', { name: 'Close' }).first().click();
  await page.getByRole('textbox', { name: 'Mitigation 1' }).fill('Terraform modules per provider');
  await checklistButton(page).click();
  await expect(risk).toContainText('1 risk, each with a mitigation.');
  await expect(checklist.getByRole('status')).toContainText('1 of 10 pass');
});

test('the worked example with an approval opens the exports; the Markdown reads as GitHub will read it; a change clears the approval', async ({
  page,
}) => {
  test.slow();
  await page.goto('/');
  await newDocument(page, 'Worked example');
  await expect(checklistButton(page)).toHaveAccessibleName('Review checklist: 9/10 pass');
  await checklistButton(page).click();
  const checklist = page.getByRole('dialog', { name: 'Review checklist' });
  const approval = checklist
    .getByRole('listitem')
    .filter({ hasText: 'Stakeholder approval obtained' });
  await expect(approval).toContainText('No approver is named. No approval date is entered.');
  await approval.getByRole('button', { name: 'Enter the approval' }).click();
  await expect(checklist.getByLabel('Approver')).toBeFocused();
  await page.keyboard.type('Maria Chen (CTO)');
  await checklist.getByLabel('Approval date').fill('2026-11-24');
  await expect(approval).toContainText('Approved by Maria Chen (CTO) on 2026-11-24.');
  await expect(checklist.getByRole('status')).toContainText('10 of 10 pass');
  await checklist.getByRole('button', { name: 'Export…' }).click();

  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByRole('button', { name: 'Export Markdown' })).not.toHaveAttribute(
    'aria-disabled',
  );
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export Markdown' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('shopstream-platform-architecture.md');
  const markdown = readFileSync(await download.path(), 'utf8');

  // Read by marked, a parser the preview does not use.
  const tokens = Lexer.lex(markdown, { gfm: true });
  const h2 = tokens.filter((t): t is Tokens.Heading => t.type === 'heading' && t.depth === 2);
  expect(h2.map((h) => h.text)).toHaveLength(15);
  expect(h2[13]?.text).toBe('14. Risks and Mitigations');
  const tables = tokens.filter((t): t is Tokens.Table => t.type === 'table');
  expect(tables.length).toBeGreaterThan(10);
  for (const table of tables) {
    for (const row of table.rows) expect(row).toHaveLength(table.header.length);
  }
  const fences = tokens.filter((t): t is Tokens.Code => t.type === 'code' && t.lang === 'mermaid');
  expect(fences.length).toBe((markdown.match(/^```mermaid$/gm) ?? []).length);
  expect(fences.some((f) => f.text.includes('API Gateway'))).toBe(true);

  // Export PDF: the print view of this document opens in a new tab, approval on its cover.
  const opening = page.waitForEvent('popup');
  await dialog.getByRole('button', { name: 'Export PDF' }).click();
  const printTab = await opening;
  const id = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('doc') ?? '';
  expect(new URL(printTab.url()).pathname).toBe('/print.html');
  expect(printTab.url()).toContain(`doc=${id}`);
  await expect(printTab.locator('#root')).toHaveAttribute('data-state', 'ready', {
    timeout: 30_000,
  });
  await expect(printTab.locator('.print-cover')).toContainText('Maria Chen (CTO)');
  await printTab.close();
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Any later change clears the approval, and the checklist says whose it was.
  await openSection(page, '14. Risks and Mitigations');
  await page.getByRole('textbox', { name: 'Mitigation 1' }).press('End');
  await page.keyboard.type(' Reviewed quarterly.');
  await expect(checklistButton(page)).toHaveAccessibleName('Review checklist: 9/10 pass');
  await checklistButton(page).click();
  await expect(approval).toContainText(
    'The approval (Maria Chen (CTO), 2026-11-24) was cleared because the document changed after it',
  );
  await expectSaved(page);
  await page.reload();
  await expect(checklistButton(page)).toHaveAccessibleName('Review checklist: 9/10 pass');
});

test('JSON export then import gives an equal second document; a broken file changes nothing', async ({
  page,
}, testInfo) => {
  test.slow();
  await page.goto('/');
  await newDocument(page, 'Worked example');
  await expectSaved(page);
  const dialog = await openExport(page);
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export JSON' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('shopstream-platform-architecture.json');
  const json = readFileSync(await download.path(), 'utf8');
  const exported = JSON.parse(json) as { id: string; meta: object; sections: object };
  await dialog.getByRole('button', { name: 'Close' }).click();
  expect(await documentCount(page)).toBe(1);

  // A broken file: a clear message, no new document, the open one untouched.
  const broken = testInfo.outputPath('broken.json');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(broken, json.replace('"sections"', '"sections": 1, "x"').slice(0, 5000));
  await page.getByRole('button', { name: 'New document' }).click();
  const newDialog = page.getByRole('dialog', { name: 'New document' });
  await newDialog.getByTestId('import-file').setInputFiles(broken);
  await expect(newDialog.getByRole('alert')).toContainText(
    /^broken\.json is not valid JSON .*Nothing was imported\./,
  );
  const damaged = testInfo.outputPath('damaged.json');
  writeFileSync(damaged, JSON.stringify({ ...exported, sections: { risks: { risks: 'none' } } }));
  await newDialog.getByTestId('import-file').setInputFiles(damaged);
  await expect(newDialog.getByRole('alert')).toContainText(
    'damaged.json: The document is damaged: section 14. Risks and Mitigations › risks should be a list',
  );
  await newDialog.getByRole('button', { name: 'Close' }).click();
  expect(await documentCount(page)).toBe(1);

  // The real file: a second document, equal but for its id.
  const good = testInfo.outputPath('backup.json');
  writeFileSync(good, json);
  await page.getByRole('button', { name: 'New document' }).click();
  await newDialog.getByTestId('import-file').setInputFiles(good);
  await expect(newDialog).toBeHidden();
  await expectSaved(page);
  expect(await documentCount(page)).toBe(2);
  const again = await openExport(page);
  const second = page.waitForEvent('download');
  await again.getByRole('button', { name: 'Export JSON' }).click();
  const reimported = JSON.parse(
    readFileSync(await (await second).path(), 'utf8'),
  ) as typeof exported;
  expect(reimported.id).not.toBe(exported.id);
  expect(reimported.sections).toEqual(exported.sections);
  expect(reimported.meta).toEqual(exported.meta);
});
