import type { Browser, Locator, Page } from '@playwright/test';
import { sectionName } from '../src/core/document/section';
import { encodeShare } from '../src/document/share/codec';
import { sections } from '../src/document/registry';
import {
  HOSTILE_CELL,
  HOSTILE_TITLE,
  XSS_CALLBACK,
  XSS_MARKER,
  hostileDocument,
  hostileMarkdown,
  mermaidVectors,
  textVectors,
} from '../src/test/xss-vectors';
import {
  test,
  expect,
  expectSaved,
  newDocument,
  openSection,
  pasteIntoCodeEditor,
  preview,
  typeInCodeEditor,
} from './fixtures';

/*
 * Hostile input everywhere (src/test/xss-vectors.ts: OWASP's filter-evasion vectors and
 * Mermaid's injection paths): in every field through a JSON import, typed by hand, in a share
 * link, in a Markdown import and in the print view. A detector watches for any execution:
 * the `window.__xss` flag every payload sets, alert/confirm/prompt, the Mermaid click
 * callback, console messages with the marker, dialogs, pop-ups, and Content-Security-Policy
 * violations (the built page allows only its own scripts: a blocked inline script or
 * javascript: URL is a payload that tried to run). It must find nothing.
 */

interface Detector {
  /** What the detector saw outside the page (dialogs, console, pop-ups, navigations). */
  outside: string[];
}

/** Runs in every page and frame before any of the app's scripts. */
function detector({ callback }: { callback: string }) {
  const events: string[] = [];
  const record = (what: string) => events.push(what);
  let flag = 0;
  Object.defineProperty(window, '__xss', {
    configurable: false,
    get: () => flag,
    set: (value: number) => {
      flag = value;
      record(`window.__xss = ${String(value)}`);
    },
  });
  Object.defineProperty(window, '__xssEvents', { value: events });
  const w = window as unknown as Record<string, unknown>;
  for (const name of ['alert', 'confirm', 'prompt']) {
    w[name] = (message?: unknown) => {
      record(`${name}(${String(message)})`);
      return null;
    };
  }
  w[callback] = () => record(`${callback}()`);
  // Two ways code meets a handler attribute without anything running, told apart here:
  // DOMPurify (in Mermaid) parses labels with DOMParser, into a document with no window where
  // nothing can run; and Mermaid sets its own fixed onclick (sequence diagram menus). Both
  // reach the DOM through these wrappers, so Chromium attributes their CSP reports to this
  // script, which has no URL; a handler that carries a payload is a finding all the same.
  // Every other violation (markup a payload got into, a javascript: URL, a load) is one.
  const payload = /__xss|XSS_MARK|xssCallback|alert\(|javascript:/i;
  /* eslint-disable @typescript-eslint/unbound-method -- each is called with its own `this` */
  const { parseFromString } = DOMParser.prototype;
  const { setAttribute } = Element.prototype;
  /* eslint-enable @typescript-eslint/unbound-method */
  DOMParser.prototype.parseFromString = function (this: DOMParser, text, type) {
    return parseFromString.call(this, text, type);
  };
  Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
    if (/^on/i.test(name) && payload.test(String(value))) {
      record(`handler set: <${this.localName} ${name}="${String(value)}">`);
    }
    setAttribute.call(this, name, value);
  };
  window.addEventListener(
    'securitypolicyviolation',
    (e) => {
      // Reported against this script (no URL): the harmless handlers described above.
      if (e.effectiveDirective === 'script-src-attr' && e.sourceFile === '') return;
      record(`CSP ${e.effectiveDirective} blocked ${e.blockedURI} (${e.sourceFile}): ${e.sample}`);
    },
    true,
  );
}

async function arm(page: Page): Promise<Detector> {
  const found: Detector = { outside: [] };
  await page.addInitScript(detector, { callback: XSS_CALLBACK });
  page.on('dialog', (dialog) => {
    found.outside.push(`dialog ${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.text().includes(XSS_MARKER)) {
      found.outside.push(`console.${message.type()}: ${message.text()}`);
    }
  });
  page.on('popup', (popup) => found.outside.push(`pop-up: ${popup.url()}`));
  page.on('framenavigated', (frame) => {
    if (/^(javascript|data|vbscript):/i.test(frame.url())) {
      found.outside.push(`navigation: ${frame.url()}`);
    }
  });
  return found;
}

/** Nothing ran: no event in any frame, nothing outside, and the flag still 0. */
async function expectNothingRan(page: Page, found: Detector) {
  const inFrames = await Promise.all(
    page
      .frames()
      .map((frame) =>
        frame
          .evaluate(() => [
            ...((window as unknown as { __xssEvents?: string[] }).__xssEvents ?? []),
          ])
          .catch(() => [] as string[]),
      ),
  );
  expect([...found.outside, ...inFrames.flat()], 'payloads that ran or tried to').toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __xss: number }).__xss)).toBe(0);
}

/** Every diagram is drawn or says why not; none is still drawing. */
async function expectDiagramsSettled(scope: Locator, atLeast: number) {
  const figures = scope.locator('figure.diagram');
  await expect.poll(() => figures.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(atLeast);
  await expect(scope.locator('figure.diagram[data-state="pending"]')).toHaveCount(0, {
    timeout: 30_000,
  });
  for (const figure of await figures.all()) {
    const state = await figure.getAttribute('data-state');
    if (state === 'ok') await expect(figure.locator('svg').first()).toBeAttached();
    else await expect(figure.locator('.diagram__error')).toContainText('Diagram error');
  }
}

/**
 * What reached the DOM of `scope` is inert: no element that runs or loads code, no event
 * handler attribute, no script URL, and no part wider than the page.
 */
async function expectInert(page: Page, scope: Locator) {
  const problems = await scope.evaluate((root) => {
    const found: string[] = [];
    const active = 'script, iframe, object, embed, meta, base, link, form, frame, frameset';
    for (const element of root.querySelectorAll(active)) found.push(`<${element.localName}>`);
    for (const element of root.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        const name = attribute.name.toLowerCase();
        // Browsers ignore whitespace and control characters inside a URL's scheme.
        // eslint-disable-next-line no-control-regex
        const value = attribute.value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
        if (name.startsWith('on')) found.push(`${element.localName}[${name}]`);
        if (/^(javascript|vbscript|data:text)/.test(value) && !name.startsWith('aria-')) {
          found.push(`${element.localName}[${name}=${attribute.value}]`);
        }
      }
    }
    return found;
  });
  expect(problems, 'active content in the rendered document').toEqual([]);
  // Nothing widens the page: the layout holds whatever the text is.
  const overflow = await page.evaluate(() => {
    const root = document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
  expect(overflow, 'horizontal overflow of the page').toBeLessThanOrEqual(0);
  const inside = await scope.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(inside, 'horizontal overflow of the rendered document').toBeLessThanOrEqual(1);
}

async function importFile(page: Page, name: string, content: string, mimeType: string) {
  await page.getByRole('button', { name: 'New document' }).click();
  const dialog = page.getByRole('dialog', { name: 'New document' });
  await dialog
    .getByTestId('import-file')
    .setInputFiles({ name, mimeType, buffer: Buffer.from(content) });
  await expect(dialog).toBeHidden();
}

const hostileJson = async (options?: { gallery: boolean }) =>
  JSON.stringify(await hostileDocument(undefined, options));

/** The Mermaid vectors that try hardest to run: callbacks, script links, HTML, directives. */
const sharpest = mermaidVectors.filter((v) =>
  ['click callback', 'html labels', 'init securityLevel loose', 'front matter loose'].includes(
    v.name,
  ),
);

async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

test('a document with a payload in every field renders inert in every form and the preview', async ({
  page,
}) => {
  test.slow();
  const found = await arm(page);
  await page.goto('/');
  await test.step('import', async () => {
    await importFile(page, 'hostile.json', await hostileJson(), 'application/json');
    await expect(page.getByRole('textbox', { name: 'Document title' })).toHaveValue(HOSTILE_TITLE);
  });
  const view = preview(page);
  // Diagrams with hostile labels, links and directives draw or say why not.
  await test.step('diagrams', () => expectDiagramsSettled(view, 3 + mermaidVectors.length));
  await test.step('every section', async () => {
    for (const section of sections) await openSection(page, sectionName(section));
  });

  // Plain text shows as typed: the title and a table cell, tags and all.
  await expect(view.getByRole('heading', { level: 1, name: HOSTILE_TITLE })).toBeVisible();
  await expect(view.getByRole('cell', { name: HOSTILE_CELL, exact: true }).first()).toBeVisible();
  await expectDiagramsSettled(view, 3 + mermaidVectors.length);
  await expectInert(page, view);

  // Clicking the nodes that carry click callbacks and javascript: links does nothing.
  const url = page.url();
  for (const name of ['4.1 Component Diagram', '5.1 Data Model: data flow diagram']) {
    const figure = view.getByRole('figure', { name });
    const nodes = figure.locator('.diagram__svg g.node');
    await expect(nodes.first()).toBeVisible();
    for (const node of await nodes.all()) await node.click();
  }
  expect(page.url()).toBe(url);
  await expectSaved(page);
  await expectNothingRan(page, found);
});

test('payloads typed into a title, a Markdown field and a diagram stay text', async ({ page }) => {
  const found = await arm(page);
  await page.goto('/');
  await newDocument(page, 'Empty document', HOSTILE_TITLE);
  const typed = textVectors.slice(0, 6).map((v) => v.source);
  await page.getByLabel('Overview').fill(typed.join('\n\n'));
  await page.getByRole('textbox', { name: 'Document title' }).fill(HOSTILE_CELL);
  await openSection(page, '4. System Components');
  const diagram = mermaidVectors.find((v) => v.name === 'init securityLevel loose')?.source ?? '';
  await pasteIntoCodeEditor(page, 'Component diagram', diagram);
  await typeInCodeEditor(page, 'Component diagram', '\nclick B call xssCallback()');

  const view = preview(page);
  await expect(view.getByRole('heading', { level: 1, name: HOSTILE_CELL })).toBeVisible();
  const figure = view.getByRole('figure', { name: '4.1 Component Diagram' });
  await expect(figure.locator('.diagram__svg svg')).toBeVisible();
  await expectDiagramsSettled(view, 1);
  for (const node of await figure.locator('g.node').all()) await node.click();
  await expectInert(page, view);
  await expectSaved(page);
  await expectNothingRan(page, found);
});

test('a share link with the hostile document opens read-only and inert', async ({ browser }) => {
  const reviewer = await freshPage(browser);
  const found = await arm(reviewer);
  const token = await encodeShare(await hostileDocument(undefined, { gallery: false }));
  await reviewer.goto(`/#share=${token}`);
  const shared = reviewer.getByRole('main', { name: 'Shared document' });
  await expect(shared).toContainText(`Shared document, read-only: ${HOSTILE_TITLE}`);
  const view = shared.getByRole('region', { name: 'Preview' });
  await expect(view.getByRole('heading', { level: 1, name: HOSTILE_TITLE })).toBeVisible();
  await expect(view.getByRole('cell', { name: HOSTILE_CELL, exact: true }).first()).toBeVisible();
  await expectDiagramsSettled(view, 3);
  await expectInert(reviewer, view);
  await expect(reviewer.getByRole('textbox')).toHaveCount(0);
  await expectNothingRan(reviewer, found);
  await reviewer.context().close();
});

test('a Markdown file of payloads imports with its report, inert', async ({ page }) => {
  const found = await arm(page);
  await page.goto('/');
  await importFile(page, 'hostile.md', hostileMarkdown(sharpest), 'text/markdown');
  const report = page.getByRole('dialog', { name: 'Imported hostile.md' });
  await expect(report).toContainText('Read by its headings');
  await report.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('textbox', { name: 'Document title' })).toHaveValue(HOSTILE_TITLE);
  const view = preview(page);
  await expect(view.getByRole('heading', { level: 1, name: HOSTILE_TITLE })).toBeVisible();
  await expectDiagramsSettled(view, 1);
  await expectInert(page, view);
  await expectSaved(page);
  await expectNothingRan(page, found);
});

test('the print view of the hostile document shows the text as text, inert', async ({ page }) => {
  const found = await arm(page);
  await page.goto('/');
  await importFile(page, 'hostile.json', await hostileJson({ gallery: false }), 'application/json');
  await expectSaved(page);
  const id = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('doc');
  expect(id).toBeTruthy();
  await page.goto(`/print.html#doc=${id ?? ''}&noprint`);
  await expect(page.locator('#root')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  await expect(page).toHaveTitle(
    new RegExp(`^${HOSTILE_TITLE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
  );
  await expect(
    page.locator('.print-cover').getByRole('heading', { level: 1, name: HOSTILE_TITLE }),
  ).toBeVisible();
  await expect(page.getByRole('cell', { name: HOSTILE_CELL, exact: true }).first()).toBeVisible();
  const body = page.locator('#root');
  await expectDiagramsSettled(body, 3);
  await expectInert(page, body);
  await page.emulateMedia({ media: 'print' });
  await expectNothingRan(page, found);
});
