import { test, expect, newDocument, openSection, preview } from './fixtures';

// Chromium's offline emulation does not reach a service worker's own fetches
// (microsoft/playwright#2311): with this flag, context.route() sees them too, so the test
// can cut every request and prove the cache answers.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
test.use({ serviceWorkers: 'allow' });

test('after the first visit the app opens and works with the network gone', async ({
  page,
  context,
}) => {
  test.slow(); // The first visit caches every file of the build, Monaco included.
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start an empty document' })).toBeVisible();
  // Installed and in control of the page: every file of the build is in its cache.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
    return link ? ((await (await fetch(link.href)).json()) as { name: string }) : null;
  });
  expect(manifest?.name).toBe('Archbench');

  await context.setOffline(true);
  const reachedNetwork: string[] = [];
  await context.route('**/*', (route) => {
    reachedNetwork.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  await page.reload();
  await newDocument(page, 'Worked example');
  await openSection(page, '4. System Components');
  // Monaco and Mermaid load from the cache: the editor and the drawn diagram are there.
  await expect(page.locator('.monaco-editor').first()).toBeVisible();
  await expect(preview(page).locator('.diagram__svg > svg').first()).toBeVisible();
  // Navigations try the network first (for a new version); everything else is the cache's.
  // The diagram renderer's sandboxed frame is no client of the service worker: offline its
  // page cannot load, and Mermaid draws on the page from the cached chunks (as above).
  const renderer = (url: string) => new URL(url).pathname.endsWith('/renderer/index.html');
  expect(
    reachedNetwork.filter((url) => !new URL(url).pathname.endsWith('/') && !renderer(url)),
  ).toEqual([]);
  await context.setOffline(false);
});
