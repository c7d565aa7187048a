import type { Page } from '@playwright/test';
import { test, expect, newDocument, openSection, pasteIntoCodeEditor, preview } from './fixtures';

/** Mermaid drawings made in this page load (the app's runtime measures each). */
const drawingsMade = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('archbench:render').length);

/** Drawings kept in IndexedDB, read as the browser stores them. */
const keptCount = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('archbench');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const count = open.result.transaction('drawings').objectStore('drawings').count();
          count.onsuccess = () => {
            resolve(count.result);
            open.result.close();
          };
        };
      }),
  );

test('a stored document opens with its diagrams on screen from the drawings kept last time', async ({
  page,
}) => {
  await page.goto('/');
  await newDocument(page, 'Worked example');
  await openSection(page, '4. System Components');
  const figure = preview(page).getByRole('figure', { name: '4.1 Component Diagram', exact: true });
  await expect(figure.locator('.diagram__svg > svg')).toBeVisible();
  // Every diagram of the example (its own and the generated views) is drawn once, then kept.
  const all = preview(page).locator('figure.diagram');
  await expect.poll(() => all.count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(7);
  await expect(preview(page).locator('figure.diagram[data-state="pending"]')).toHaveCount(0, {
    timeout: 30_000,
  });
  const figures = await all.count();
  await expect.poll(() => keptCount(page), { timeout: 20_000 }).toBeGreaterThanOrEqual(figures);

  await page.reload();
  await expect(figure).toHaveAttribute('data-state', 'ok');
  await expect(figure).toHaveAttribute('data-kept', 'true');
  await expect(figure.locator('.diagram__svg > svg')).toContainText('Load Balancer');
  await expect(preview(page).locator('figure.diagram[data-state="pending"]')).toHaveCount(0);
  // Shown as they were kept: Mermaid drew none of them in this page load.
  const fresh = await all.evaluateAll((figures) =>
    figures.filter((f) => !f.hasAttribute('data-kept')).map((f) => f.getAttribute('aria-label')),
  );
  expect(fresh).toEqual([]);
  expect(await drawingsMade(page)).toBe(0);

  // A changed diagram is drawn afresh, and that drawing is what the next visit shows.
  await pasteIntoCodeEditor(
    page,
    'Component diagram',
    'graph TB\n  A[Web Client] --> B[Edge Proxy]\n',
  );
  await expect(figure.locator('.diagram__svg > svg')).toContainText('Edge Proxy');
  await expect(figure).not.toHaveAttribute('data-kept');
  expect(await drawingsMade(page)).toBeGreaterThanOrEqual(1);
  await page.waitForTimeout(500);
  await page.reload();
  await expect(figure.locator('.diagram__svg > svg')).toContainText('Edge Proxy');
  await expect(figure).toHaveAttribute('data-kept', 'true');
});
