import { test, expect, newDocument, openSection, preview } from './fixtures';

const CONTAINER = 'C4 Container view (from 2.2, 4.1, 4.2 and 5.1)';

test('the C4 views are drawn from the sections, follow an edit and can be taken over', async ({
  page,
}) => {
  await page.goto('/');
  await newDocument(page, 'Worked example');
  await openSection(page, '4. System Components');
  const figure = preview(page).getByRole('figure', { name: CONTAINER });
  await expect(figure.locator('.diagram__svg > svg')).toBeVisible({ timeout: 20_000 });
  await expect(figure.locator('.diagram__svg > svg')).toContainText('Auth Service');
  for (const name of [
    'C4 System Context (from 2.1 and 2.2)',
    'C4 Deployment view (from 8.1’s manifests)',
  ]) {
    await expect(preview(page).getByRole('figure', { name })).toBeAttached();
  }

  // A component added in 4.2 is drawn in the view (the diagram of 4.1 does not have it yet).
  await page.getByRole('textbox', { name: 'Component 4' }).fill('Identity Service');
  await expect(figure.locator('.diagram__svg > svg')).toContainText('Identity Service');

  // "Copy into the field" replaces the hand-drawn 4.1 diagram, after asking.
  await preview(page)
    .getByRole('button', { name: 'Copy into the field: Component diagram' })
    .click();
  const confirm = page.getByRole('alertdialog', { name: 'Replace the diagram?' });
  await expect(confirm).toContainText(
    `The generated ${CONTAINER} replaces what is in Component diagram now.`,
  );
  await confirm.getByRole('button', { name: 'Replace' }).click();
  const part = preview(page).locator('[data-part="systemComponents"]');
  await expect(
    part.getByRole('figure', { name: '4.1 Component Diagram' }).locator('.diagram__svg > svg'),
  ).toContainText('Identity Service');
  await expect(page.locator('.monaco-editor').first()).toContainText('C4Container');
});

test('the computed figures follow the numbers where they are typed', async ({ page }) => {
  await page.goto('/');
  await newDocument(page, 'Worked example');
  await openSection(page, '11. Disaster Recovery');
  const figures = page.getByRole('region', { name: 'Computed from the design' });
  await expect(figures).toContainText(
    'RTO 30 min: 68 % of the 43 min 50 s a month 9.1 allows. RPO 15 min; the most frequent backup is continuous',
  );
  await page.getByRole('textbox', { name: 'RTO', exact: true }).fill('1 hour');
  await expect(figures).toContainText('RTO 1 h: 137 % of the 43 min 50 s a month 9.1 allows.');
  await expect(figures.getByText('Recovery (falls short)')).toBeAttached();

  await openSection(page, '4. System Components');
  await expect(figures).toContainText(
    '99.93 % along Web Client → Load Balancer → API Gateway ×3 → User Service ×3 → User DB. 9.1 asks 99.90 %: met, 0.03 points to spare.',
  );
  await page.getByRole('textbox', { name: 'Availability (%) 5' }).fill('99');
  await page.getByRole('textbox', { name: 'Replicas 5' }).fill('1');
  await expect(figures).toContainText(
    '98.93 % along Web Client → Load Balancer → API Gateway ×3 → User Service → User DB. 9.1 asks 99.90 %: 0.97 points short.',
  );
  // The RTO, the path's availability, and one replica of 2,000 requests/s against 10,000.
  await expect(page.getByRole('button', { name: /^Inspections/ })).toHaveAccessibleName(
    /^Inspections 3 to fix: 3 errors/,
  );
});
