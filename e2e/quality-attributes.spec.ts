import { test, expect, newDocument, openSection, preview } from './fixtures';

test('9.2’s caching strategy and asynchronous processing: prefilled from the seed, edited in the form, a level without a TTL inspected', async ({
  page,
}) => {
  await page.goto('/');
  await newDocument(page, 'Worked example');
  await openSection(page, '9. Performance Requirements');
  const part = preview(page).locator('[data-part="performanceRequirements"]');
  const caching = part.getByRole('table').filter({ hasText: 'Invalidation' });
  await expect(
    caching.getByRole('row').filter({ hasText: 'User sessions (Redis 7)' }),
  ).toContainText('1 hour (3,600 s)');
  await expect(caching.getByRole('row')).toHaveCount(1 + 8);
  const jobs = part.getByRole('table').filter({ hasText: 'Pattern, schedule or window' });
  await expect(jobs.getByRole('row').filter({ hasText: 'Apache Flink' })).toContainText(
    'Tumbling 1-minute windows',
  );

  // A new cache level, its TTL left out: the table follows, and an inspection asks for it.
  const field = page.getByRole('group', { name: 'Caching strategy' });
  await field.getByRole('button', { name: 'Add cache' }).click();
  await field.getByRole('combobox', { name: 'Level 9' }).selectOption('CDN');
  await field.getByRole('textbox', { name: 'What is cached 9' }).fill('Search results');
  await expect(caching.getByRole('row').filter({ hasText: 'Search results' })).toContainText('CDN');
  await page.getByRole('button', { name: /^Inspections/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Inspections' });
  await expect(dialog).toContainText(
    'The CDN cache of Search results (9.2) has no TTL: say how long an entry lives before it is read again.',
  );
  await page.keyboard.press('Escape');
  await field.getByRole('textbox', { name: 'TTL 9' }).fill('10 minutes');
  await page.getByRole('button', { name: /^Inspections/ }).click();
  await expect(dialog).not.toContainText('Search results');
});
