import { readFileSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every test runs with a recorder of requests: any request that leaves the page's origin
 * fails the test (SPEC: nothing is ever sent anywhere; Monaco and Mermaid are bundled).
 * Uncaught page errors fail it too.
 */
export const test = base.extend<{ offOrigin: string[]; pageErrors: string[] }>({
  offOrigin: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://localhost:4173').origin;
      const leaks: string[] = [];
      const check = (url: string) => {
        if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return;
        if (new URL(url).origin !== origin) leaks.push(url);
      };
      context.on('request', (request) => check(request.url()));
      context.on('page', (page) => page.on('worker', (worker) => check(worker.url())));
      await use(leaks);
      expect(leaks, 'requests that left the page origin').toEqual([]);
    },
    { auto: true },
  ],
  pageErrors: [
    async ({ context }, use) => {
      const errors: string[] = [];
      context.on('weberror', (error) => errors.push(error.error().message));
      await use(errors);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Creates a document from the top bar's "New document" dialog. */
export async function newDocument(
  page: Page,
  kind: 'Empty document' | 'Worked example',
  title?: string,
) {
  await page.getByRole('button', { name: 'New document' }).click();
  const dialog = page.getByRole('dialog', { name: 'New document' });
  if (title) await dialog.getByLabel('Title').fill(title);
  await dialog.getByRole('button', { name: kind }).click();
  await expect(dialog).toBeHidden();
}

export function preview(page: Page) {
  return page.getByRole('region', { name: 'Preview' });
}

export function sections(page: Page) {
  return page.getByRole('navigation', { name: 'Sections' });
}

/** Opens a section from the navigator by its number and title, e.g. "14. Risks and Mitigations". */
export async function openSection(page: Page, name: string) {
  await sections(page).getByRole('button', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name, exact: true }).first()).toBeVisible();
}

/** Waits until everything typed is in IndexedDB. */
export async function expectSaved(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
}

/** Types into a Monaco editor found by its accessible label (its ariaLabel option). */
export async function typeInCodeEditor(
  page: Page,
  label: string,
  text: string,
  options: { replace?: boolean } = {},
) {
  const editor = page
    .locator('.monaco-editor')
    .filter({ has: page.getByRole('textbox', { name: label, exact: true }) });
  const lines = editor.locator('.view-lines');
  await lines.click();
  if (options.replace) {
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Delete');
  }
  await page.keyboard.type(text);
}

/**
 * Puts text into a Monaco editor as a paste would (typing 10 kB key by key takes minutes):
 * a paste event with the text on its clipboard, sent to the editor's input.
 */
export async function pasteIntoCodeEditor(page: Page, label: string, text: string) {
  const editor = page
    .locator('.monaco-editor')
    .filter({ has: page.getByRole('textbox', { name: label, exact: true }) });
  await editor.locator('.view-lines').click();
  // Select all, then paste over it, as a user replaces a file's content.
  await page.keyboard.press('ControlOrMeta+a');
  await page.evaluate((content) => {
    const data = new DataTransfer();
    data.setData('text/plain', content);
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

/** A file of the test corpus (fixtures/corpus), read in the test process. */
export function corpusFile(path: string): string {
  return readFileSync(new URL(`../fixtures/corpus/${path}`, import.meta.url), 'utf8');
}
