import { deflateSync, inflateSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { test, expect, expectSaved, newDocument, openSection, preview } from './fixtures';

/**
 * Mermaid Live links go both ways. The "Open in Mermaid Live" link is never followed here
 * (the fixtures fail any request off the page's origin): its href is decoded as Mermaid Live
 * decodes it, base64url then zlib inflate.
 */

interface LiveState {
  code: string;
  mermaid: string;
  autoSync: boolean;
  updateDiagram: boolean;
}

function stateOf(href: string | null): LiveState {
  const url = new URL(href ?? '');
  expect(`${url.origin}${url.pathname}`).toBe('https://mermaid.live/edit');
  expect(url.hash).toMatch(/^#pako:[A-Za-z0-9_-]+$/);
  const bytes = inflateSync(Buffer.from(url.hash.slice('#pako:'.length), 'base64url'));
  return JSON.parse(bytes.toString('utf8')) as LiveState;
}

/** A link as Mermaid Live writes it: state JSON, zlib level 9, base64url. */
function liveLink(code: string): string {
  const state = JSON.stringify({
    code,
    mermaid: JSON.stringify({ theme: 'dark' }, null, 2),
    autoSync: true,
    updateDiagram: true,
  });
  return `https://mermaid.live/edit#pako:${deflateSync(state, { level: 9 }).toString('base64url')}`;
}

// The worked example's 4.1 diagram as the preview draws it: the text alternative added.
const COMPONENT_DIAGRAM = `graph TB
    accTitle: 4.1 Component Diagram
    accDescr: Components: Web Client, Load Balancer, API Gateway, Auth Service, User Service, Product Service, User DB, Product DB, Cache
    A[Web Client] --> B[Load Balancer]
    B --> C[API Gateway]
    C --> D[Auth Service]
    C --> E[User Service]
    C --> F[Product Service]
    E --> G[(User DB)]
    F --> H[(Product DB)]
    E --> I[Cache]
    F --> I
`;

const IMPORTED = `flowchart LR
    edge[Edge Proxy: Envoy] --> orders[Orders API]
    orders --> queue[[Orders Queue: RabbitMQ]]`;

const deploymentFigure = (page: Page) =>
  preview(page).getByRole('figure', { name: '8.1 Infrastructure: deployment diagram' });

const deploymentEditor = (page: Page) =>
  page
    .locator('.monaco-editor')
    .filter({ has: page.getByRole('textbox', { name: 'Deployment diagram', exact: true }) });

const importDialog = (page: Page) =>
  page.getByRole('dialog', { name: 'Import from Mermaid Live into Deployment diagram' });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test('a drawn diagram links to Mermaid Live with its source in the link', async ({ page }) => {
  await newDocument(page, 'Worked example');
  await openSection(page, '4. System Components');
  const figure = preview(page).getByRole('figure', { name: '4.1 Component Diagram' });
  await expect(figure.locator('.diagram__svg > svg').first()).toBeVisible();
  const link = figure.getByRole('link', { name: 'Open in Mermaid Live' });
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');

  const state = stateOf(await link.getAttribute('href'));
  expect(state.code).toBe(COMPONENT_DIAGRAM);
  // The same text the figure says it draws.
  const drawnEnd = (await figure.getAttribute('data-source-end')) ?? '';
  expect(drawnEnd).toContain('F --> I');
  expect(state.code.trimEnd().endsWith(drawnEnd)).toBe(true);
  expect(JSON.parse(state.mermaid)).toEqual({ theme: 'default' });
  expect(state).toMatchObject({ autoSync: true, updateDiagram: true });
});

test('a Mermaid Live link replaces the diagram of a field once confirmed', async ({ page }) => {
  await newDocument(page, 'Worked example');
  await openSection(page, '8. Deployment Architecture');
  const figure = deploymentFigure(page);
  await expect(figure.getByText('Argo CD', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Import from Mermaid Live' }).click();
  const dialog = importDialog(page);
  await dialog.getByRole('textbox', { name: 'Mermaid Live link' }).fill(liveLink(IMPORTED));
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Replace the diagram?' });
  await expect(confirm).toContainText(
    'The diagram from Mermaid Live replaces what is in Deployment diagram now.',
  );
  await confirm.getByRole('button', { name: 'Replace' }).click();
  await expect(dialog).toBeHidden();
  await expect(confirm).toBeHidden();

  await expect(figure.getByText('Edge Proxy: Envoy', { exact: true })).toBeVisible();
  await expect(figure.getByText('Argo CD', { exact: true })).toHaveCount(0);
  await expect(figure).toHaveAttribute('data-state', 'ok');
  await expect(deploymentEditor(page).locator('.view-lines')).toContainText('Orders Queue');
  // The diagram goes back out as it came in (with the text alternative the preview adds).
  const back = stateOf(
    await figure.getByRole('link', { name: 'Open in Mermaid Live' }).getAttribute('href'),
  );
  expect(back.code).toContain(IMPORTED.split('\n').slice(1).join('\n'));
  await expectSaved(page);
});

test('a link that does not read says why and changes nothing', async ({ page }) => {
  await newDocument(page, 'Worked example');
  await openSection(page, '8. Deployment Architecture');
  const figure = deploymentFigure(page);
  await expect(figure.getByText('Argo CD', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Import from Mermaid Live' }).click();
  const dialog = importDialog(page);
  const box = dialog.getByRole('textbox', { name: 'Mermaid Live link' });
  await expect(box).toBeFocused();
  await box.fill(liveLink(IMPORTED).slice(0, -20));
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText('The link is cut off or damaged.');
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await box.fill('https://example.com/edit#pako:eNqrVkrOz0ss');
  await box.press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText('This is not a Mermaid Live link.');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(figure.getByText('Argo CD', { exact: true })).toBeVisible();
  await expect(deploymentEditor(page).locator('.view-lines')).toContainText('Argo CD');
  // Opened again, the dialog starts over.
  await page.getByRole('button', { name: 'Import from Mermaid Live' }).click();
  await expect(box).toHaveValue('');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
});
