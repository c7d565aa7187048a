import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import type { ArchDocument } from '../../src/document/schema';
import type { PrintSummary } from '../../src/print/api';
import { ExportError } from './errors';

// As in playwright.config.ts: Debian's Chromium where it is installed, Playwright's own
// browser elsewhere.
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export interface PdfResult {
  readonly pdf: Buffer;
  readonly pages: number;
  readonly summary: PrintSummary;
}

/** Pages of a PDF as Chromium writes it: one "/Type /Page" object each, no object streams. */
export function countPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
}

/** Opens print.html, draws the document in it and prints it to PDF. */
async function print(browser: Browser, origin: string, doc: ArchDocument, draft: boolean) {
  const context = await browser.newContext();
  // The export keeps the app's promise too: no request leaves the served origin.
  await context.route('**/*', (route) =>
    new URL(route.request().url()).origin === origin ? route.continue() : route.abort(),
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}/print.html`);
  await page.waitForFunction(() => typeof window.archbenchRender === 'function');
  let summary: PrintSummary;
  try {
    summary = await page.evaluate(
      ([input, isDraft]) => {
        const render = window.archbenchRender;
        if (!render) throw new Error('print.html did not start.');
        return render(input, { draft: isDraft });
      },
      [doc, draft] as const,
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ExportError(`The print view failed: ${errors[0] ?? reason}`);
  }
  const pdf = await page.pdf({
    format: 'A4',
    printBackground: true,
    // The page's own @page rules set the margins, the running header and "Page N of M".
    preferCSSPageSize: true,
    outline: true,
    tagged: true,
  });
  return { pdf, pages: countPages(pdf), summary };
}

/** Renders `doc` from the app served at `origin` in headless Chromium; always closes it. */
export async function renderPdf(origin: string, doc: ArchDocument, draft: boolean) {
  const executablePath = existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;
  const browser = await chromium.launch(executablePath ? { executablePath } : {});
  try {
    return await print(browser, origin, doc, draft);
  } finally {
    await browser.close();
  }
}
