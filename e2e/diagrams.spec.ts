import { readdirSync, readFileSync } from 'node:fs';
import {
  test,
  expect,
  corpusFile,
  expectSaved,
  newDocument,
  openSection,
  pasteIntoCodeEditor,
  preview,
  typeInCodeEditor,
} from './fixtures';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test('a broken diagram is marked at its line in the editor, and the last good drawing stays', async ({
  page,
}) => {
  await newDocument(page, 'Empty document');
  await openSection(page, '4. System Components');
  await typeInCodeEditor(
    page,
    'Component diagram',
    'graph LR\nShop[Storefront] --> Pay[Payments]\n',
  );
  const figure = preview(page).getByRole('figure', { name: '4.1 Component Diagram' });
  await expect(figure.getByText('Payments', { exact: true })).toBeVisible();

  await typeInCodeEditor(page, 'Component diagram', 'Pay --> ');
  // The editor marks line 3 and says so in words below it.
  await expect(page.locator('.monaco-editor .squiggly-error')).toHaveCount(1);
  const problems = page.getByRole('list', { name: 'Problems in Component diagram' });
  await expect(problems).toContainText('Line 3');
  // The preview keeps the last drawing, dimmed, with the error.
  await expect(figure.getByText(/Diagram error on line 3/)).toBeVisible();
  await expect(figure.locator('.diagram__svg--stale')).toContainText('Payments');

  await typeInCodeEditor(page, 'Component diagram', 'Ledger[Ledger]');
  await expect(figure.getByText('Ledger', { exact: true })).toBeVisible();
  await expect(problems).toHaveCount(0);
  await expect(page.locator('.monaco-editor .squiggly-error')).toHaveCount(0);
});

test('a diagram downloads as SVG and as a PNG twice its size', async ({ page }) => {
  await newDocument(page, 'Worked example');
  const figure = preview(page).getByRole('figure', { name: '4.1 Component Diagram' });
  await expect(figure.locator('.diagram__svg > svg').first()).toBeVisible();

  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    figure.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  expect(svgDownload.suggestedFilename()).toBe('4-1-component-diagram.svg');
  const svg = readFileSync(await svgDownload.path(), 'utf8');
  expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg/);
  expect(svg).toContain('Web Client');
  // The text alternative travels with the file.
  expect(svg).toMatch(/<title[^>]*>4\.1 Component Diagram<\/title>/);

  await figure.getByRole('combobox', { name: 'PNG background' }).selectOption('transparent');
  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    figure.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  expect(pngDownload.suggestedFilename()).toBe('4-1-component-diagram.png');
  const png = readFileSync(await pngDownload.path());
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  const width = png.readUInt32BE(16);
  const viewBoxWidth = Number(/viewBox="[\d.-]+ [\d.-]+ ([\d.]+)/.exec(svg)?.[1]);
  expect(width).toBe(Math.ceil(viewBoxWidth * 2));
  expect(png.length).toBeGreaterThan(5000);
});

test('a diagram opens full screen, zooms and closes with Escape', async ({ page }) => {
  await newDocument(page, 'Worked example');
  const figure = preview(page).getByRole('figure', { name: '4.1 Component Diagram' });
  await figure.getByRole('button', { name: 'Full screen' }).click();
  const viewer = page.getByRole('dialog', { name: '4.1 Component Diagram' });
  await expect(viewer.getByText('API Gateway', { exact: true })).toBeVisible();
  await viewer.getByRole('button', { name: 'Zoom in' }).click();
  await expect(viewer.getByRole('status', { name: 'Zoom' })).toHaveText('125 %');
  await page.keyboard.press('Escape');
  await expect(viewer).toBeHidden();
});

test('a starter diagram goes into an empty field at once, and replaces one only when confirmed', async ({
  page,
}) => {
  await newDocument(page, 'Empty document');
  await openSection(page, '4. System Components');
  await page.getByRole('button', { name: 'Insert starter diagram' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Insert C4 system context' }).click();
  const figure = preview(page).getByRole('figure', { name: '4.1 Component Diagram' });
  await expect(figure.locator('.diagram__svg > svg').first()).toBeVisible();
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('C4Context');

  await page.getByRole('button', { name: 'Insert starter diagram' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Insert Sequence diagram' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Replace the diagram?' });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('C4Context');
  await page.getByRole('dialog').getByRole('button', { name: 'Insert Sequence diagram' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Replace' }).click();
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('sequenceDiagram');
  await expectSaved(page);
});

test('nodes of the component diagram without a description get rows on request', async ({
  page,
}) => {
  await newDocument(page, 'Empty document');
  await openSection(page, '4. System Components');
  await typeInCodeEditor(
    page,
    'Component diagram',
    'graph LR\nShop[Storefront] --> Pay[Payments]\n',
  );
  const notice = page.getByRole('status').filter({ hasText: 'have no description' });
  await expect(notice).toContainText('Storefront, Payments');
  await notice.getByRole('button', { name: 'Add 2 rows for them' }).click();
  await expect(page.getByRole('textbox', { name: 'Component 1' })).toHaveValue('Storefront');
  await expect(page.getByRole('textbox', { name: 'Component 2' })).toHaveValue('Payments');
  await expect(notice).toHaveCount(0);
});

test('a diagram type without accTitle (mindmap) is still named by its field, in its file too', async ({
  page,
}) => {
  await newDocument(page, 'Empty document');
  await openSection(page, '4. System Components');
  await pasteIntoCodeEditor(page, 'Component diagram', corpusFile('mermaid/mindmap-origins.mmd'));
  const figure = preview(page).getByRole('figure', { name: '4.1 Component Diagram', exact: true });
  await expect(figure.locator('.diagram__svg > svg').first()).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    figure.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('4-1-component-diagram.svg');
  const svg = readFileSync(await download.path(), 'utf8');
  expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg[^>]*><title>4\.1 Component Diagram<\/title>/);
});

test('an oversized diagram gets a clear message instead of a hung tab', async ({ page }) => {
  await newDocument(page, 'Empty document');
  await openSection(page, '4. System Components');
  await pasteIntoCodeEditor(
    page,
    'Component diagram',
    corpusFile('mermaid/large-flowchart-huge-pathological.mmd'),
  );
  const figure = preview(page).getByRole('figure', { name: '4.1 Component Diagram', exact: true });
  await expect(figure.getByText(/too large to draw/)).toBeVisible({ timeout: 15_000 });
  // The page still answers.
  await openSection(page, '1. Executive Summary');
  await page.getByLabel('Overview').fill('Still responsive.');
  await expect(preview(page).getByText('Still responsive.')).toBeVisible();
});

test('an OpenAPI file of the corpus gives its endpoint table', async ({ page }) => {
  await newDocument(page, 'Empty document');
  await openSection(page, '6. API Design');
  await pasteIntoCodeEditor(
    page,
    'OpenAPI specification',
    corpusFile('openapi/petstore-expanded.yaml'),
  );
  await expect(
    page.getByRole('status').filter({ hasText: 'OpenAPI 3.0 · 4 endpoints · valid' }),
  ).toBeVisible();
  const rows = preview(page).getByRole('row');
  await expect(rows.filter({ hasText: '/pets/{id}' })).toHaveCount(2);
  await expect(rows.filter({ hasText: 'GET' }).first()).toContainText('/pets');

  // A broken reference is reported at its line in the editor.
  await pasteIntoCodeEditor(
    page,
    'OpenAPI specification',
    corpusFile('openapi/petstore-expanded.yaml').replace(
      "'#/components/schemas/Pet'",
      "'#/components/schemas/Nope'",
    ),
  );
  await expect(page.getByRole('list', { name: 'Problems in OpenAPI specification' })).toContainText(
    /Line \d+.*Nope/,
  );
});

test('Kubernetes manifests of the corpus are summarised', async ({ page }) => {
  await newDocument(page, 'Empty document');
  await openSection(page, '8. Deployment Architecture');
  await pasteIntoCodeEditor(page, 'Manifests', corpusFile('k8s/guestbook-all-in-one.yaml'));
  await expect(
    page.getByRole('status').filter({ hasText: 'Resources: 3 Service, 3 Deployment' }),
  ).toBeVisible();
  await expect(preview(page).getByRole('row').filter({ hasText: 'redis-master' })).toHaveCount(2);
});

for (const [file, table, count] of [
  ['sql/sakila-mysql-schema.sql', 'film_actor', 16],
  ['sql/chinook-sqlserver-ddl.sql', 'InvoiceLine', 11],
  ['sql/pagila-postgres-schema.sql', 'payment', 16],
] as const) {
  test(`SQL of the corpus becomes an ER diagram: ${file}`, async ({ page }) => {
    await newDocument(page, 'Empty document');
    await openSection(page, '5. Data Architecture');
    await pasteIntoCodeEditor(page, 'Database schema', corpusFile(file));
    await expect(
      page.getByRole('status').filter({ hasText: `ER diagram: ${count} tables` }),
    ).toBeVisible({
      timeout: 20_000,
    });
    const figure = preview(page).getByRole('figure', {
      name: '5.2 Database Design: entity-relationship diagram',
    });
    await expect(figure.locator('.diagram__svg > svg')).toBeVisible({ timeout: 20_000 });
    await expect(figure.getByText(table, { exact: true }).first()).toBeVisible();
  });
}

test('SQL that does not parse is marked at its line, and the last ER diagram stays', async ({
  page,
}) => {
  await newDocument(page, 'Worked example');
  await openSection(page, '5. Data Architecture');
  const figure = preview(page).getByRole('figure', {
    name: '5.2 Database Design: entity-relationship diagram',
  });
  // The first ER diagram waits for the SQL parser and Mermaid to load: as long as above.
  await expect(figure.locator('.diagram__svg > svg')).toBeVisible({ timeout: 20_000 });
  await expect(figure.getByText('user_addresses', { exact: true }).first()).toBeVisible();
  await pasteIntoCodeEditor(
    page,
    'Database schema',
    'CREATE TABLE orders (\n  id INT PRIMARY KEY,\n  total DECIMAL(10,2) DEFAUL 0\n);',
  );
  await expect(page.getByRole('list', { name: 'Problems in Database schema' })).toContainText(
    'Line 3',
  );
  await expect(
    page.getByRole('status').filter({ hasText: 'keeps the last ER diagram' }),
  ).toBeVisible();
  await expect(figure.getByText('user_addresses', { exact: true }).first()).toBeVisible();
});

test('every valid diagram of the corpus is drawn, and every invalid one names its line', async ({
  page,
}) => {
  test.slow();
  await newDocument(page, 'Empty document');
  await openSection(page, '4. System Components');
  // The field's own diagram; the generated Container view drawn from it follows in the part.
  const figure = preview(page).locator('[data-part="systemComponents"] figure.diagram').first();
  const files = readdirSync(new URL('../fixtures/corpus/mermaid/', import.meta.url))
    .filter((f) => f.endsWith('.mmd') && f !== 'large-flowchart-huge-pathological.mmd')
    .sort();
  const outcomes: string[] = [];
  const names: string[] = [];
  const expectedNames: string[] = [];
  for (const file of files) {
    // A comment line at the end makes each paste a change even for two equal files.
    await pasteIntoCodeEditor(
      page,
      'Component diagram',
      `${corpusFile(`mermaid/${file}`)}\n%% ${file}`,
    );
    await expect(figure).toHaveAttribute(
      'data-source-end',
      new RegExp(`%% ${file.replace('.', '\\.')}$`),
    );
    await expect(figure).toHaveAttribute('data-state', /^(ok|error)$/, { timeout: 20_000 });
    const state = await figure.getAttribute('data-state');
    const error =
      state === 'error' ? await figure.locator('.diagram__error strong').textContent() : '';
    outcomes.push(`${file}: ${state === 'ok' ? 'drawn' : (error ?? '')}`);
    // Whatever the type, the figure is named by its field, or by the author's own accTitle.
    const own = /^\s*accTitle\s*:\s*(.+?)\s*$/m.exec(corpusFile(`mermaid/${file}`))?.[1];
    names.push(`${file}: ${await figure.getAttribute('aria-label')}`);
    expectedNames.push(`${file}: ${own ?? '4.1 Component Diagram'}`);
  }
  for (const outcome of outcomes) {
    if (outcome.startsWith('invalid-')) expect(outcome).toMatch(/: Diagram error on line \d+/);
    else expect(outcome).toMatch(/: drawn$/);
  }
  expect(names).toEqual(expectedNames);
});
