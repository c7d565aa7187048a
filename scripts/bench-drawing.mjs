// Part of `npm run bench`: how drawing diagrams weighs on typing and on opening a document.
// Measured, never asserted. Each function takes a Playwright page (or browser) of the app.

const ms = (n) => `${n.toFixed(1)} ms`;

/** BENCH_ON_PAGE=1: Mermaid on the page's main thread instead of the renderer frame. */
export const QUERY = process.env.BENCH_ON_PAGE ? '?render-on-page' : '';
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Main-thread tasks over 50 ms from now on, as the browser reports them. */
export async function watchLongTasks(page) {
  await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push(e.duration);
    }).observe({ type: 'longtask' });
  });
}

export async function longTasks(page) {
  const tasks = await page.evaluate(() => /** @type {any} */ (window).__long.splice(0));
  const total = tasks.reduce((a, b) => a + b, 0);
  const longest = tasks.length ? Math.max(...tasks) : 0;
  return `${tasks.length} long tasks, longest ${ms(longest)}, total ${ms(total)}`;
}

/** The app's own record of each drawing: when it ended and how long it took. */
const drawings = (page) =>
  page.evaluate(() =>
    performance
      .getEntriesByName('archbench:render')
      .map((e) => ({ end: e.startTime + e.duration, ms: e.duration })),
  );

/**
 * One keystroke after a quiet moment in a small diagram → the drawing with it done, beside
 * Mermaid's own time for that drawing. The caret must be at the end of a node's name in 4.1.
 */
export async function smallDiagramKeystroke(page, runs) {
  const waits = [];
  const own = [];
  const asked = [];
  for (let run = 0; run < runs; run++) {
    await page.waitForTimeout(600);
    const before = (await drawings(page)).length;
    // Timed from the key's arrival on the page, not from the bench's request to press it.
    await page.evaluate(() => {
      const w = /** @type {any} */ (window);
      w.__keyAt = null;
      document.addEventListener('keydown', () => (w.__keyAt = performance.now()), {
        capture: true,
        once: true,
      });
    });
    await page.keyboard.type(String.fromCharCode(97 + run));
    await page.waitForFunction(
      (n) => performance.getEntriesByName('archbench:render').length > n,
      before,
    );
    const start = await page.evaluate(() => /** @type {any} */ (window).__keyAt);
    const last = (await drawings(page)).at(-1);
    waits.push(last.end - start);
    own.push(last.ms);
    asked.push(
      await page.evaluate(
        (t) => (performance.getEntriesByName('archbench:draw-asked').at(-1)?.startTime ?? t) - t,
        start,
      ),
    );
  }
  console.log(
    `Small diagram, one keystroke after a pause → redrawn: median ${ms(median(waits))}; Mermaid's own drawing: median ${ms(median(own))} (target: at most Mermaid's own + 20 ms); the drawing was asked for ${ms(median(asked))} after the key`,
  );
}

/** Navigation (a click on the start screen, or a reload) → the first diagram on screen. */
export async function firstDiagram(browser, url, runs) {
  const example = [];
  const reopened = [];
  const shown = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    // Timed on the page, when the drawing and the text enter the DOM: Playwright's own polling
    // would add a few hundred milliseconds to each.
    await context.addInitScript(() => {
      const w = /** @type {any} */ (window);
      w.__first = {};
      new MutationObserver(() => {
        if (!w.__first.svg && document.querySelector('.diagram__svg > svg'))
          w.__first.svg = performance.now();
        if (!w.__first.text && document.querySelector('[aria-label="Preview"] h2'))
          w.__first.text = performance.now();
      }).observe(document, { subtree: true, childList: true });
    });
    const page = await context.newPage();
    const firstSeen = () => page.evaluate(() => /** @type {any} */ (window).__first);
    await page.goto(`${url}${QUERY}`);
    const open = page.getByRole('button', { name: 'Open the worked example' });
    await open.waitFor();
    await open.click();
    await page.locator('.diagram__svg > svg').first().waitFor();
    // From the navigation, the start screen and the click included (as Mermaid Live is timed).
    example.push((await firstSeen()).svg);
    // Stored now: open it again from a fresh page load.
    await page.waitForTimeout(3000);
    await page.reload();
    const again = page.getByRole('button', { name: /ShopStream/ }).first();
    const first = page.locator('.diagram__svg > svg').first();
    await Promise.race([again.waitFor(), first.waitFor()]);
    if (!(await first.isVisible())) await again.click();
    await first.waitFor();
    const seen = await firstSeen();
    reopened.push(seen.svg);
    shown.push(seen.text);
    await context.close();
  }
  console.log(
    `Navigation → first diagram drawn: the worked example, from navigation through the start screen's click, median ${ms(median(example))}; a stored document, page reloaded, median ${ms(median(reopened))} from navigation (target ≤ 500 ms; its text was on screen at ${ms(median(shown))})`,
  );
}

/**
 * A second tab on the same document while the first types in 1. Executive Summary: how often
 * and how late it shows the edits, and what receiving them costs its main thread.
 */
export async function receivingTab(page, keystrokes) {
  const other = await page.context().newPage();
  await other.setViewportSize({ width: 1440, height: 900 });
  await other.goto(page.url());
  await other.locator('.diagram__svg > svg').first().waitFor();
  await other.waitForTimeout(1500);
  await watchLongTasks(other);
  await other.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.__seen = [];
    const part = document.querySelector('[data-part="executiveSummary"]');
    new MutationObserver(() => w.__seen.push(Date.now())).observe(part, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
  await page.bringToFront();
  await page.getByLabel('Overview').click();
  await page.keyboard.press('ControlOrMeta+End');
  let last = 0;
  for (let i = 0; i < keystrokes; i++) {
    await page.keyboard.type(i % 6 === 5 ? ' ' : 'y');
    last = Date.now();
    await page.waitForTimeout(80);
  }
  await other.waitForTimeout(1500);
  const seen = await other.evaluate(() => /** @type {any} */ (window).__seen);
  const lag = seen.length ? seen.at(-1) - last : NaN;
  console.log(
    `A second tab on the document, ${keystrokes} keystrokes typed in the first: ${seen.length} preview updates, the last ${ms(lag)} after the last key (the autosave writes 300 ms after typing pauses); its main thread: ${await longTasks(other)}`,
  );
  await other.close();
}
