import { expectNoSeriousViolations } from './axe';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { sectionName } from '../src/core/document/section';
import { sections } from '../src/document/registry';
import { test, expect, expectSaved, newDocument } from './fixtures';

const SHOTS = 'test-results/print';

/** Creates the worked example in the app and returns its id (the URL names it). */
async function workedExample(page: Page): Promise<string> {
  await page.goto('/');
  await newDocument(page, 'Worked example');
  await expectSaved(page);
  const id = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('doc');
  if (!id) throw new Error(`No document id in ${page.url()}`);
  return id;
}

/** The print view is ready once every diagram is drawn or has failed. */
async function expectReady(page: Page) {
  await expect(page.locator('#root')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
}

test('the print view shows the cover, contents, every section and the drawn diagrams', async ({
  page,
}) => {
  test.slow();
  const id = await workedExample(page);
  await page.goto(`/print.html#doc=${id}&noprint`);
  await expectReady(page);
  await expect(page).toHaveTitle('ShopStream Platform Architecture 1.0');

  const cover = page.locator('.print-cover');
  await expect(
    cover.getByRole('heading', { level: 1, name: 'ShopStream Platform Architecture' }),
  ).toBeVisible();
  await expect(cover).toContainText('Version 1.0');
  await expect(cover).toContainText('Not yet approved');
  await expectNoSeriousViolations(page);

  // The contents: one entry per section, each a link to an anchor that exists.
  const contents = page.getByRole('navigation', { name: 'Contents' });
  const entries = contents.locator('.print-contents__list > li > a');
  await expect(entries).toHaveCount(15);
  await expect(entries).toHaveText(sections.map((s) => sectionName(s)));
  for (const link of await contents.getByRole('link').all()) {
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/^#section-[a-z0-9-]+$/);
    await expect(page.locator(href), href).toHaveCount(1);
  }
  await expect(page.locator('#section-4-1')).toHaveText('4.1 Component Diagram');

  for (const section of sections) {
    await expect(
      page.getByRole('heading', { level: 2, name: sectionName(section), exact: true }),
    ).toBeVisible();
  }

  // Every diagram is drawn as SVG; none is still drawing or failed.
  const figures = page.locator('figure.diagram');
  expect(await figures.count()).toBeGreaterThanOrEqual(5);
  await expect(page.locator('figure.diagram:not([data-state="ok"])')).toHaveCount(0);
  for (const figure of await figures.all())
    await expect(figure.locator('svg').first()).toBeVisible();
  const components = page.getByRole('figure', { name: '4.1 Component Diagram' });
  await expect(components.getByText('Web Client', { exact: true })).toBeVisible();

  // The diagram tools are for the screen only.
  await expect(components.getByRole('button', { name: 'Download SVG' })).toBeVisible();
  const tools = page.locator('.diagram__tools');
  await expect(tools).toHaveCount(await figures.count());
  await page.emulateMedia({ media: 'print' });
  for (const toolbar of await tools.all()) await expect(toolbar).toBeHidden();
  await expect(page.getByRole('button')).toHaveCount(0);

  // For a person to look at: the sheet on screen, and pages as the browser prints them.
  mkdirSync(SHOTS, { recursive: true });
  await page.emulateMedia({ media: 'screen' });
  await page.screenshot({ path: `${SHOTS}/screen-cover.png` });
  await page.emulateMedia({ media: 'print' });
  const pdf = `${SHOTS}/print.pdf`;
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  const pages = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).split('\f');
  const diagramPage = pages.findIndex(
    (p) => p.includes('4.1 Component Diagram') && !p.includes('Contents'),
  );
  expect(diagramPage).toBeGreaterThan(1);
  const png = (n: number, name: string) =>
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '70',
      '-singlefile',
      '-f',
      `${n}`,
      '-l',
      `${n}`,
      pdf,
      `${SHOTS}/${name}`,
    ]);
  png(1, 'page-cover');
  png(diagramPage + 1, 'page-components');
});

test('the print view opens the print dialog by itself once everything is drawn', async ({
  page,
}) => {
  const id = await workedExample(page);
  // Records the call instead of opening a dialog the test could not close.
  await page.addInitScript(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', 'true');
  });
  await page.goto(`/print.html#doc=${id}`);
  await expect(page.locator('html')).toHaveAttribute('data-printed', 'true', { timeout: 30_000 });
  await expect(page.locator('#root')).toHaveAttribute('data-state', 'ready');
  await expect(page.locator('figure.diagram[data-state="pending"]')).toHaveCount(0);
});

test('a document that is not in this browser is named as such, and nothing prints', async ({
  page,
}) => {
  await page.addInitScript(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', 'true');
  });
  await page.goto('/print.html#doc=no-such-document');
  await expect(page.getByRole('alert')).toHaveText(
    'This document is not stored in this browser, so there is nothing to print.',
  );
  await expect(page.locator('html')).not.toHaveAttribute('data-printed', 'true');
});
