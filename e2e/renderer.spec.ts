import {
  test,
  expect,
  corpusFile,
  newDocument,
  openSection,
  pasteIntoCodeEditor,
  preview,
} from './fixtures';

test('diagrams are laid out in a sandboxed frame of their own; Mermaid never runs on the page', async ({
  page,
}) => {
  // Scripts the page itself loads (the renderer frame's own requests are its business).
  const pageScripts: string[] = [];
  page.on('request', (request) => {
    if (request.frame() === page.mainFrame() && request.resourceType() === 'script') {
      pageScripts.push(new URL(request.url()).pathname);
    }
  });
  await page.goto('/');
  await newDocument(page, 'Empty document');
  await openSection(page, '4. System Components');
  await pasteIntoCodeEditor(
    page,
    'Component diagram',
    corpusFile('mermaid/large-flowchart-mermaid-code-flow.mmd'),
  );
  const figure = preview(page).getByRole('figure', { name: '4.1 Component Diagram', exact: true });
  await expect(figure.locator('.diagram__svg > svg')).toBeVisible({ timeout: 30_000 });
  await expect(figure).toHaveAttribute('data-state', 'ok');

  // The frame: scripts only, no same-origin access, so an opaque ("null") origin.
  const frame = page.locator('iframe[title="Diagram renderer"]');
  await expect(frame).toHaveAttribute('sandbox', 'allow-scripts');
  const renderer = page.frames().find((f) => f.url().includes('/renderer/'));
  expect(await renderer?.evaluate(() => window.origin)).toBe('null');
  expect(await renderer?.evaluate(() => typeof (window as { mermaid?: unknown }).mermaid)).toBe(
    'object',
  );
  // The page parsed nothing and loaded none of Mermaid's chunks.
  expect(await page.evaluate(() => performance.getEntriesByName('archbench:parse').length)).toBe(0);
  expect(await page.evaluate(() => typeof (window as { mermaid?: unknown }).mermaid)).toBe(
    'undefined',
  );
  // (Mermaid's own chunks, not the app's modules that talk to the frame.)
  const mermaidChunks = /\/assets\/(mermaid\.core|mermaid-parser|flowDiagram|dagre)[^/]*\.js$/;
  expect(pageScripts.filter((path) => mermaidChunks.test(path))).toEqual([]);

  // The editor's error marker comes from the frame too.
  await pasteIntoCodeEditor(page, 'Component diagram', 'graph TD\n  A --> \n');
  await expect(figure.getByText(/Diagram error on line \d+/)).toBeVisible();
});

test('a diagram the renderer never finishes is stopped with a message, and the next one is drawn', async ({
  page,
}) => {
  test.slow();
  // The real renderer, except that it never finishes drawing a diagram marked "%% hang", as
  // Mermaid stuck in a layout would. (The mark is a comment: no generated view carries it.)
  await page.route('**/renderer/renderer.js', async (route) => {
    const real = await (await route.fetch()).text();
    const hang = `window.addEventListener('message', (e) => {
      if (e.data && e.data.kind === 'render' && String(e.data.source).includes('%% hang')) {
        e.stopImmediatePropagation();
      }
    });`;
    await route.fulfill({ contentType: 'text/javascript', body: `${hang}\n${real}` });
  });
  await page.goto('/');
  await newDocument(page, 'Empty document');
  await openSection(page, '4. System Components');
  await pasteIntoCodeEditor(page, 'Component diagram', 'graph TD\n  A[Stuck] --> B\n  %% hang\n');
  const figure = preview(page).getByRole('figure', { name: '4.1 Component Diagram', exact: true });
  await expect(figure.getByText(/took longer than 30 seconds and was stopped/)).toBeVisible({
    timeout: 45_000,
  });
  // The rest of the document is there, and typing goes on.
  await expect(preview(page).getByRole('heading', { name: '15. Appendices' })).toBeVisible();

  // The stuck frame was replaced: the next change is drawn by a fresh one.
  await pasteIntoCodeEditor(page, 'Component diagram', 'graph TD\n  A[Drawn again] --> B\n');
  await expect(figure.locator('.diagram__svg > svg')).toContainText('Drawn again', {
    timeout: 30_000,
  });
});
