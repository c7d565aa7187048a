import { test, expect, newDocument, preview } from './fixtures';

test('a reload right after typing keeps the text (flushed when the page goes away)', async ({
  page,
}) => {
  await page.goto('/');
  await newDocument(page, 'Empty document', 'Reload at once');
  await page.getByLabel('Overview').fill('Typed a moment before the reload.');
  // No wait for "Saved": the page is hidden and unloaded while the write is still pending.
  await page.reload();
  await expect(page.getByLabel('Overview')).toHaveValue('Typed a moment before the reload.');
  await expect(page.getByRole('textbox', { name: 'Document title' })).toHaveValue('Reload at once');
});

test('Markdown cannot fetch other sites or run script links', async ({ page }) => {
  await page.goto('/');
  await newDocument(page, 'Empty document');
  await page
    .getByLabel('Overview')
    .fill(
      'Logo: ![company logo](https://tracker.example/pixel.png)\n\n[click me](javascript:alert(1)) <img src=x onerror=alert(2)>',
    );
  const view = preview(page);
  await expect(view.getByText('Image not loaded (external): company logo')).toBeVisible();
  await expect(view.locator('img')).toHaveCount(0);
  const link = view.getByText('click me');
  await expect(link).toBeVisible();
  await expect(link).not.toHaveAttribute('href', /javascript/i);
  // The request recorder of the fixtures fails the test if the image was fetched.
});
