import type { Browser, Page } from '@playwright/test';
import { test, expect, expectSaved, newDocument } from './fixtures';

async function makeLink(page: Page, passphrase?: string): Promise<string> {
  await page.getByRole('button', { name: 'Share link' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share link' });
  const url = dialog.getByRole('textbox', { name: 'Share link URL' });
  await expect(url).toHaveValue(/#share=ab1p\./);
  if (passphrase) {
    await dialog.getByLabel('Passphrase').fill(passphrase);
    await expect(url).toHaveValue(/#share=ab1e\./);
    await expect(dialog).toContainText('protected by the passphrase');
  }
  const link = await url.inputValue();
  await expect(dialog).toContainText(`${link.length.toLocaleString('en-US')} characters`);
  await dialog.getByRole('button', { name: 'Close' }).click();
  return link;
}

/** A fresh browser profile: empty storage, as a reviewer who opens the link. */
async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('close', () => expect(errors).toEqual([]));
  return page;
}

test('the worked example in a link: opened read-only in a fresh browser, saved as a copy', async ({
  page,
  browser,
}) => {
  test.slow();
  await page.goto('/');
  await newDocument(page, 'Worked example');
  await expectSaved(page);
  await page.getByRole('button', { name: 'Share link' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share link' });
  const url = dialog.getByRole('textbox', { name: 'Share link URL' });
  await expect(url).toHaveValue(/^http:\/\/localhost:\d+\/#share=ab1p\./);
  const link = await url.inputValue();
  // The worked example is long: the dialog says so and offers the JSON file.
  expect(link.length).toBeGreaterThan(8000);
  await expect(dialog.getByRole('note')).toContainText('longer than 8,000 characters');
  await expect(dialog.getByRole('button', { name: 'Export JSON instead' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  const reviewer = await freshPage(browser);
  await reviewer.goto(link);
  const shared = reviewer.getByRole('main', { name: 'Shared document' });
  await expect(shared).toContainText(
    'Shared document, read-only: ShopStream Platform Architecture',
  );
  await expect(
    shared.getByRole('heading', { level: 2, name: '14. Risks and Mitigations' }),
  ).toBeVisible();
  await expect(shared.locator('.diagram__svg > svg').first()).toBeVisible();
  // Read-only: no form, nothing stored.
  await expect(reviewer.getByRole('textbox')).toHaveCount(0);
  await expect(reviewer.getByRole('navigation', { name: 'Sections' })).toHaveCount(0);

  await shared.getByRole('button', { name: 'Save a copy' }).click();
  await expect(reviewer.getByRole('textbox', { name: 'Document title' })).toHaveValue(
    'ShopStream Platform Architecture',
  );
  await expectSaved(reviewer);
  expect(reviewer.url()).not.toContain('share=');
  await reviewer.reload();
  await expect(reviewer.getByRole('textbox', { name: 'Document title' })).toHaveValue(
    'ShopStream Platform Architecture',
  );
  await reviewer.getByRole('button', { name: 'Documents' }).click();
  await expect(reviewer.getByRole('dialog', { name: 'Documents' })).toContainText(
    'ShopStream Platform Architecture',
  );
  await reviewer.context().close();
});

test('a corrupted or cut link says so, and the local documents stay as they were', async ({
  page,
}) => {
  await page.goto('/');
  await newDocument(page, 'Empty document', 'Mine');
  await expectSaved(page);
  const link = await makeLink(page);

  const body = link.slice(link.lastIndexOf('.') + 1);
  const flipped = body[20] === 'A' ? 'B' : 'A';
  const altered =
    link.slice(0, link.length - body.length + 20) +
    flipped +
    link.slice(link.length - body.length + 21);
  for (const [bad, message] of [
    [altered, 'This link was changed after it was made'],
    [link.slice(0, -40), 'This link is incomplete: it was cut off'],
    [link.replace('#share=ab1p', '#share=ab9p'), 'made by a newer version of Archbench'],
    [link.replace(/#share=.*/, '#share=hello'), 'This link does not hold an Archbench document.'],
  ] as const) {
    await page.goto(bad);
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.getByText('Nothing on this device was changed.')).toBeVisible();
  }
  await page.getByRole('button', { name: 'Back to my documents' }).click();
  await expect(page.getByRole('textbox', { name: 'Document title' })).toHaveValue('Mine');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Document title' })).toHaveValue('Mine');
  await page.getByRole('button', { name: 'Documents' }).click();
  await expect(page.getByRole('dialog', { name: 'Documents' }).getByRole('listitem')).toHaveCount(
    1,
  );
});

test('a link with a passphrase: a wrong one reveals nothing, the right one opens it', async ({
  page,
  browser,
}) => {
  test.slow();
  await page.goto('/');
  await newDocument(page, 'Empty document', 'Secret plans');
  await expectSaved(page);
  const link = await makeLink(page, 'open sesame');
  expect(decodeURIComponent(link)).not.toContain('Secret plans');

  const reviewer = await freshPage(browser);
  await reviewer.goto(link);
  await expect(
    reviewer.getByRole('heading', { name: 'This shared document is protected' }),
  ).toBeVisible();
  await reviewer.getByLabel('Passphrase').fill('open sesame!');
  await reviewer.getByRole('button', { name: 'Open' }).click();
  await expect(reviewer.getByRole('alert')).toHaveText('That passphrase does not open this link.');
  await expect(reviewer.getByText('Secret plans')).toHaveCount(0);
  await reviewer.getByLabel('Passphrase').fill('open sesame');
  await reviewer.getByRole('button', { name: 'Open' }).click();
  await expect(reviewer.getByRole('main', { name: 'Shared document' })).toContainText(
    'Shared document, read-only: Secret plans',
  );
  await reviewer.context().close();
});
