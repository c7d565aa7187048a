import { test, expect, newDocument, preview } from './fixtures';

test('smoke: worked example renders', async ({ page }) => {
  await page.goto('/');
  await newDocument(page, 'Worked example');
  await expect(
    preview(page).getByRole('heading', { name: '14. Risks and Mitigations' }),
  ).toBeVisible();
  await page.screenshot({ path: 'test-results/smoke-wide.png' });
});
