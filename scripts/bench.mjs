// npm run bench: speed figures measured in a real Chromium, printed, never asserted.
//   1. the initial JS the editor screen loads (gzip)
//   2. keystroke → preview: from a keydown in a text field to the preview's DOM holding the
//      new text, and to the next painted frame, on the worked example.
import { spawn, execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { initialJs } from './initial-js.mjs';

const PORT = 4179;
const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 80);

if (!existsSync('dist/index.html')) execSync('npx vite build', { stdio: 'inherit' });

const { chunks, gzip } = initialJs();
console.log(
  `Initial JS (gzip): ${(gzip / 1024).toFixed(1)} kB in ${chunks.length} files (target ≤ 200 kB)`,
);

const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
  stdio: 'ignore',
});
const stop = () => server.kill();
process.on('exit', stop);

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://localhost:${PORT}/`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('vite preview did not start');
}

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), max: sorted.at(-1) };
};
const ms = (n) => `${n.toFixed(1)} ms`;

try {
  await waitForServer();
  const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  const browser = await chromium.launch({ executablePath });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`http://localhost:${PORT}/`);
  await page.getByRole('button', { name: 'Open the worked example' }).click();
  await page.locator('.diagram__svg > svg').first().waitFor();
  const overview = page.getByLabel('Overview');
  await overview.click();
  await page.keyboard.press('ControlOrMeta+End');

  await page.evaluate(() => {
    const part = document.querySelector('[data-part="executiveSummary"]');
    const w = /** @type {any} */ (window);
    w.__bench = { dom: [], frame: [], start: 0 };
    document.addEventListener('keydown', () => (w.__bench.start = performance.now()), true);
    new MutationObserver(() => {
      const start = w.__bench.start;
      if (!start) return;
      w.__bench.start = 0;
      w.__bench.dom.push(performance.now() - start);
      requestAnimationFrame(() => w.__bench.frame.push(performance.now() - start));
    }).observe(part, { subtree: true, childList: true, characterData: true });
  });

  for (let i = 0; i < KEYSTROKES; i++) {
    await page.keyboard.type(i % 6 === 5 ? ' ' : 'x');
    await page.waitForTimeout(60);
  }
  const { dom, frame } = await page.evaluate(() => /** @type {any} */ (window).__bench);
  const d = stats(dom);
  const f = stats(frame);
  console.log(
    `Keystroke → preview DOM (${dom.length} keystrokes): median ${ms(d.median)}, p95 ${ms(d.p95)}, max ${ms(d.max)} (target: median < 16 ms)`,
  );
  console.log(
    `Keystroke → next frame with the text:  median ${ms(f.median)}, p95 ${ms(f.p95)}, max ${ms(f.max)}`,
  );
  await browser.close();
} finally {
  stop();
}
