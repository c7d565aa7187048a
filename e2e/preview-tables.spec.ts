import { test, expect, newDocument, openSection, preview } from './fixtures';

const HINT = 'Wider than the page: scroll sideways for every column.';

test('the metadata table fits the preview beside the form, every column visible', async ({
  page,
}) => {
  await page.goto('/');
  await newDocument(page, 'Worked example');
  const table = preview(page).getByRole('table').first();
  const updated = table.getByRole('columnheader', { name: 'Updated' });
  await expect(updated).toBeVisible();
  const wrapper = preview(page).locator('.markdown-table').first();
  const [cell, frame] = await Promise.all([updated.boundingBox(), wrapper.boundingBox()]);
  expect(cell!.x + cell!.width).toBeLessThanOrEqual(frame!.x + frame!.width + 1);
  // Dates stay whole, and a table that fits says nothing about scrolling.
  const created = table.getByRole('cell', { name: /^\d{4}-\d{2}-\d{2}$/ }).first();
  const lines = await created.evaluate((cell) => {
    const range = document.createRange();
    range.selectNodeContents(cell);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  });
  expect(lines).toBe(1);
  await expect(wrapper).not.toHaveAttribute('data-wide');
  await expect(
    wrapper.locator('xpath=following-sibling::*[1][contains(@class, "markdown-table__hint")]'),
  ).toHaveCount(0);
});

test('a table wider than the preview scrolls sideways and says so', async ({ page }) => {
  await page.goto('/');
  await newDocument(page, 'Worked example');
  await openSection(page, '8. Deployment Architecture');
  // The Kubernetes resources: seven columns of names, images and ports.
  const part = preview(page).locator('[data-part="deploymentArchitecture"]');
  const wrapper = part.locator('.markdown-table').filter({ hasText: 'Namespace' });
  const table = wrapper.getByRole('table');
  await expect(wrapper).toHaveAttribute('data-wide', 'true');
  await expect(wrapper.locator('xpath=following-sibling::*[1]')).toHaveText(HINT);
  const last = table.getByRole('columnheader').last();
  const before = (await last.boundingBox())!.x;
  // A keyboard user scrolls it with the arrow keys once it has focus.
  await wrapper.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await last.boundingBox())!.x).toBeLessThan(before);
  await wrapper.evaluate((e) => e.scrollTo({ left: e.scrollWidth }));
  const [cell, frame] = await Promise.all([last.boundingBox(), wrapper.boundingBox()]);
  expect(cell!.x + cell!.width).toBeLessThanOrEqual(frame!.x + frame!.width + 1);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the metadata table scrolls to its last column, with the hint', async ({ page }) => {
    await page.goto('/');
    await newDocument(page, 'Worked example');
    await page.getByRole('tab', { name: 'Preview' }).click();
    const wrapper = preview(page).locator('.markdown-table').first();
    await expect(wrapper).toHaveAttribute('data-wide', 'true');
    await expect(preview(page).getByText(HINT).first()).toBeVisible();
    await wrapper.evaluate((e) => e.scrollTo({ left: e.scrollWidth }));
    const updated = wrapper.getByRole('columnheader', { name: 'Updated' });
    const [cell, frame] = await Promise.all([updated.boundingBox(), wrapper.boundingBox()]);
    expect(cell!.x + cell!.width).toBeLessThanOrEqual(frame!.x + frame!.width + 1);
  });
});
