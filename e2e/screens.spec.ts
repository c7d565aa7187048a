import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { test, expect, newDocument, openSection, preview } from './fixtures';

/**
 * Screenshots of each screen and dialog, wide and narrow, to look at (test-results/screens/),
 * each scanned by axe with its full rule set. With UPDATE_SCREENSHOTS=1 the README's
 * screenshot in docs/ is refreshed too.
 */
const dir = 'test-results/screens';
mkdirSync(dir, { recursive: true });

/** A screenshot and its axe scan: of the open dialog alone, when one is open (the page behind
 * it was scanned as a screen of its own), else of the whole page. */
async function shoot(page: Page, name: string) {
  await page.screenshot({ path: `${dir}/${name}.png` });
  const dialog = (await page.locator('dialog[open]').count()) > 0;
  await expectNoSeriousViolations(page, dialog ? 'dialog[open]' : undefined);
  if (process.env.UPDATE_SCREENSHOTS && name === 'workspace-wide') {
    await page.screenshot({ path: 'docs/screenshot.png' });
  }
}

/** The component diagram of the preview, full screen. */
async function fullScreen(page: Page, label: string) {
  const figure = preview(page).getByRole('figure', { name: '4.1 Component Diagram' });
  await figure.getByRole('button', { name: 'Full screen' }).click();
  const viewer = page.getByRole('dialog', { name: '4.1 Component Diagram' });
  await expect(viewer.locator('svg').first()).toBeVisible();
  await shoot(page, `full-screen-${label}`);
  await page.keyboard.press('Escape');
  await expect(viewer).toBeHidden();
}

for (const [label, viewport] of [
  ['wide', { width: 1440, height: 900 }],
  ['narrow', { width: 390, height: 844 }],
] as const) {
  test.describe(`screens, ${label}`, () => {
    test.use({ viewport });

    test(`start, workspace, dialogs (${label})`, async ({ page }) => {
      // Every screen and dialog, drawn, photographed and scanned: minutes on two busy cores.
      test.setTimeout(6 * 60_000);
      await page.goto('/');
      await expect(page.getByRole('button', { name: 'Start an empty document' })).toBeVisible();
      await shoot(page, `start-${label}`);

      await newDocument(page, 'Worked example');
      await openSection(page, '4. System Components');
      await expect(page.locator('.monaco-editor').first()).toBeVisible();
      if (label === 'wide') await expect(page.locator('.diagram__svg > svg').first()).toBeVisible();
      await page.waitForTimeout(500);
      await shoot(page, `workspace-${label}`);

      // The diagram field's dialogs.
      await page.getByRole('button', { name: 'Insert starter diagram' }).first().click();
      await expect(page.getByRole('dialog', { name: /^Starter diagrams for / })).toBeVisible();
      await shoot(page, `starters-${label}`);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Import from Mermaid Live' }).first().click();
      await expect(
        page.getByRole('dialog', { name: /^Import from Mermaid Live into / }),
      ).toBeVisible();
      await shoot(page, `mermaid-live-import-${label}`);
      await page.keyboard.press('Escape');
      if (label === 'wide') await fullScreen(page, label);

      await openSection(page, '14. Risks and Mitigations');
      await shoot(page, `table-${label}`);

      // 3.1's applied patterns and the dialog that applies one; 8.1's cloud template.
      await openSection(page, '3. Architectural Decisions');
      await page.getByRole('button', { name: 'Apply pattern' }).scrollIntoViewIfNeeded();
      await shoot(page, `patterns-${label}`);
      await page.getByRole('button', { name: 'Apply pattern' }).click();
      await expect(page.getByRole('dialog', { name: 'Apply pattern' })).toBeVisible();
      await shoot(page, `apply-pattern-${label}`);
      await page.keyboard.press('Escape');
      await openSection(page, '8. Deployment Architecture');
      if (label === 'wide') {
        const cloud = page.getByRole('figure', { name: '8.1 Infrastructure: cloud architecture' });
        await expect(cloud.locator('.diagram__svg > svg')).toBeVisible();
        await cloud.scrollIntoViewIfNeeded();
      }
      await shoot(page, `cloud-${label}`);

      await openSection(page, '5. Data Architecture');
      if (label === 'wide') {
        const er = page.getByRole('figure', {
          name: '5.2 Database Design: entity-relationship diagram',
        });
        await expect(er.locator('.diagram__svg > svg')).toBeVisible();
        await er.scrollIntoViewIfNeeded();
      }
      await shoot(page, `data-${label}`);

      if (label === 'narrow') {
        await page.getByRole('tab', { name: 'Preview' }).click();
        await expect(page.locator('.diagram__svg > svg').first()).toBeVisible();
        await shoot(page, `preview-${label}`);
        await fullScreen(page, label);
        await page.getByRole('tab', { name: 'Edit' }).click();
      }

      // The dialogs load on first use: each is waited for, or Escape would come before it.
      await page.getByRole('button', { name: 'New document' }).click();
      await expect(page.getByRole('dialog', { name: 'New document' })).toBeVisible();
      await shoot(page, `new-document-${label}`);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Documents' }).click();
      await expect(
        page.getByRole('dialog', { name: 'Documents' }).getByRole('list', { name: 'Documents' }),
      ).toBeVisible();
      await shoot(page, `documents-${label}`);
      await page
        .getByRole('dialog', { name: 'Documents' })
        .getByRole('button', { name: /^Delete / })
        .first()
        .click();
      const confirm = page.getByRole('alertdialog', { name: 'Move to trash?' });
      await expect(confirm).toBeVisible();
      await shoot(page, `confirm-${label}`);
      await confirm.getByRole('button', { name: 'Cancel' }).click();
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: /^Review checklist: / }).click();
      await expect(page.getByRole('dialog', { name: 'Review checklist' })).toBeVisible();
      await shoot(page, `checklist-${label}`);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: /^Inspections/ }).click();
      await expect(
        page.getByRole('dialog', { name: 'Inspections' }).getByRole('heading').first(),
      ).toBeVisible();
      await shoot(page, `inspections-${label}`);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      await expect(page.getByRole('dialog', { name: 'Export' })).toBeVisible();
      await shoot(page, `export-${label}`);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Share link' }).click();
      await expect(page.getByRole('textbox', { name: 'Share link URL' })).toHaveValue(/#share=/);
      await shoot(page, `share-${label}`);
      const link = await page.getByRole('textbox', { name: 'Share link URL' }).inputValue();
      await page.keyboard.press('Escape');

      // Versions: one saved by hand, then an edit, compared with the document as it is now.
      await page.getByRole('button', { name: 'Versions' }).click();
      const versions = page.getByRole('dialog', { name: 'Versions' });
      await versions.getByLabel('Version name').fill('Sent for review');
      await versions.getByRole('button', { name: 'Save version' }).click();
      await expect(versions.getByRole('listitem')).toHaveCount(1);
      await page.keyboard.press('Escape');
      await openSection(page, '14. Risks and Mitigations');
      await page.getByRole('button', { name: 'Add risk' }).click();
      await page.getByRole('button', { name: 'Versions' }).click();
      await versions.getByRole('button', { name: /^Compare/ }).click();
      await expect(versions.getByRole('region', { name: 'Differences' })).toBeVisible();
      await shoot(page, `versions-${label}`);
      await page.keyboard.press('Escape');

      await page.goto(link);
      await expect(page.getByRole('main', { name: 'Shared document' })).toBeVisible();
      await expect(page.locator('.diagram__svg > svg').first()).toBeVisible();
      await shoot(page, `shared-${label}`);
    });
  });
}
