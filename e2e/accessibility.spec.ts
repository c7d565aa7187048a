import { expectNoSeriousViolations } from './axe';
import { test, expect, newDocument, openSection } from './fixtures';

test('the start screen has no serious accessibility violations', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start an empty document' })).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('the workspace with the worked example has no serious accessibility violations', async ({
  page,
}) => {
  await page.goto('/');
  await newDocument(page, 'Worked example');
  test.slow();
  await expect(page.locator('.diagram__svg > svg').first()).toBeVisible();
  await expectNoSeriousViolations(page);
  for (const name of ['4. System Components', '9. Performance Requirements', '15. Appendices']) {
    await openSection(page, name);
    await expectNoSeriousViolations(page, 'main');
  }
});

test('the dialogs have no serious accessibility violations', async ({ page }) => {
  await page.goto('/');
  await newDocument(page, 'Empty document');
  // Each dialog loads on first use: the scan waits for it, or it would scan nothing.
  for (const name of ['New document', 'Documents', 'Versions']) {
    await page.getByRole('button', { name, exact: true }).click();
    await expect(page.getByRole('dialog', { name })).toBeVisible();
    await expectNoSeriousViolations(page, 'dialog[open]');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name })).toBeHidden();
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('Edit and Preview tabs, without serious accessibility violations', async ({ page }) => {
    await page.goto('/');
    await newDocument(page, 'Worked example');
    await expect(page.getByRole('tab', { name: 'Edit' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('region', { name: 'Preview' })).toHaveCount(0);
    await expectNoSeriousViolations(page);
    await page.getByRole('tab', { name: 'Preview' }).click();
    await expect(
      page
        .getByRole('region', { name: 'Preview' })
        .getByRole('heading', { name: '1. Executive Summary' }),
    ).toBeVisible();
    await expectNoSeriousViolations(page);
  });
});
