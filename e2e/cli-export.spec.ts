import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import { createExampleDocument } from '../src/document/example';
import { restoreDocument } from '../src/document/restore';
import type { ArchDocument } from '../src/document/schema';
import { sectionName } from '../src/core/document/section';
import { toMarkdown } from '../src/document/markdown/exportMarkdown';
import { deriveAll } from '../src/document/markdown/toMarkdown';
import { sections } from '../src/document/registry';

// The CLI's own hook, so this process derives the ER diagram from SQL as the CLI does.
register('../scripts/export/cjs-named-exports.mjs', import.meta.url);

const ROOT = fileURLToPath(new URL('..', import.meta.url));

// The command line runs Node and headless Chromium on its own: no page of the test is used.
// It prints with the dist/ the rest of the suite is served from, rather than rebuilding it
// under the other tests' feet.
function runExport(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'npx',
      ['tsx', 'scripts/export.ts', ...args, '--dist', process.env.E2E_DIST ?? 'dist'],
      {
        cwd: ROOT,
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code: code ?? -1,
        stdout,
        // npm's complaint about this machine's configuration is not the export's output.
        stderr: stderr.replace(/^npm warn .*\n/gm, ''),
      }),
    );
  });
}

/** The PDF's text, page by page. */
function pdfPages(path: string): string[] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1);
}

async function example(approved: boolean): Promise<ArchDocument> {
  const doc = await createExampleDocument('2026-11-20T09:30:00.000Z');
  if (approved) doc.meta.approval = { approver: 'Maria Chen', date: '2026-11-24', cleared: '' };
  return doc;
}

function writeJson(path: string, value: unknown): string {
  writeFileSync(path, JSON.stringify(value, null, 2));
  return path;
}

// Files live outside test-results/, which another Playwright run may empty at any time.
let dir = '';
const file = (name: string) => join(dir, name);
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'archbench-export-'));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

const count = (text: string, part: string) => text.split(part).length - 1;

test('the approved worked example exports to a paginated, vector PDF and its Markdown', async () => {
  test.slow();
  const input = writeJson(file('shop.json'), await example(true));
  const pdf = file('shop.pdf');
  const md = file('shop.md');

  const started = Date.now();
  const run = await runExport(input, '--pdf', pdf, '--md', md);
  test.info().annotations.push({ type: 'export time', description: `${Date.now() - started} ms` });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('Checking the review checklist…');
  expect(run.stdout).toMatch(/Rendering 15 sections and \d+ diagrams…/);
  const wrote = /Wrote .*shop\.pdf \((\d+) pages, \d+ kB\)/.exec(run.stdout);
  expect(wrote, run.stdout).not.toBeNull();

  // The Markdown is exactly what the app's one Markdown function makes of the document.
  const restored = restoreDocument(JSON.parse(readFileSync(input, 'utf8')));
  if (!restored.ok) throw new Error(restored.message);
  const doc = restored.document;
  const derived = await deriveAll(doc);
  const markdown = toMarkdown(doc, derived);
  expect(readFileSync(md, 'utf8')).toBe(markdown);

  const pages = pdfPages(pdf);
  expect(pages.length).toBe(Number(wrote?.[1]));
  const all = pages.join('\n');
  for (const section of sections) expect(all).toContain(sectionName(section));

  // The cover: title, version, the approver and date, and no running header or number.
  const [cover = '', ...rest] = pages;
  expect(cover).toContain('ShopStream Platform Architecture');
  expect(cover).toContain('Version 1.0');
  expect(cover).toContain('Maria Chen, 24 November 2026');
  expect(cover).not.toMatch(/Page \d+ of/);
  // Every other page: the running header and "Page N of M".
  rest.forEach((text, i) => {
    expect(text).toContain('ShopStream Platform Architecture');
    expect(text).toContain('Version 1.0');
    expect(text).toContain(`Page ${i + 2} of ${pages.length}`);
  });

  // Diagrams print as vector text: labels are found as text and no page holds an image.
  // Section 4 from its diagram to where 5 begins: the 4.2 table may run onto the next page.
  const first = pages.findIndex(
    (p) => p.includes('4.1 Component Diagram') && !p.includes('Contents'),
  );
  const components = pages.slice(first).join('\f').split(sectionName(sections[4]))[0]!;
  expect(first).toBeGreaterThan(0);
  for (const label of ['Web Client', 'Load Balancer', 'API Gateway', 'User DB', 'Product DB']) {
    // Once in the diagram, once in the component table of 4.2 below it.
    expect(count(components, label), label).toBeGreaterThanOrEqual(2);
  }
  // Words that only the diagrams carry: edge labels, the ER diagram's lowercase types.
  const prose = markdown.replace(/```mermaid\n[\s\S]*?```/g, '');
  for (const label of ['verify credentials', 'timestamptz', 'push images']) {
    expect(prose, label).not.toContain(label);
    expect(all, label).toContain(label);
  }
  for (const entity of ['users', 'user_addresses', 'products', 'product_reviews']) {
    expect(all).toContain(entity);
  }
  const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' });
  expect(images.trim().split('\n').slice(2)).toEqual([]);
});

test('a file that is not a document is refused with exit 1 and one readable line', async () => {
  const broken = file('broken.json');
  writeFileSync(broken, '{ "schemaVersion": 1, "meta": ');
  const run = await runExport(broken, '--md', file('broken.md'));
  expect(run.code).toBe(1);
  expect(run.stderr.trim()).toMatch(/^.*broken\.json is not valid JSON: .+$/);
  expect(run.stderr).not.toMatch(/\n\s+at /);

  const stranger = writeJson(file('stranger.json'), { hello: 'world' });
  const other = await runExport(stranger, '--md', file('stranger.md'));
  expect(other.code).toBe(1);
  expect(other.stderr.trim()).toBe(
    `${stranger}: This is not an Archbench document (it has no known format version).`,
  );
  expect(existsSync(file('stranger.md'))).toBe(false);
});

test('an unapproved document is refused with exit 2 and the failing item named', async () => {
  const input = writeJson(file('refused.json'), await example(false));
  const pdf = file('refused.pdf');
  const run = await runExport(input, '--pdf', pdf);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('1 of 10 review items fails');
  expect(run.stderr).toMatch(/✗ Stakeholder approval obtained: .+/);
  expect(existsSync(pdf)).toBe(false);
});

test('--draft exports the unapproved document with DRAFT on every page', async () => {
  test.slow();
  const input = writeJson(file('draft.json'), await example(false));
  const pdf = file('draft.pdf');
  const run = await runExport(input, '--pdf', pdf, '--draft');
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('exporting as a DRAFT');
  const [cover = '', ...rest] = pdfPages(pdf);
  expect(cover).toContain('DRAFT: printed before its review checklist is complete.');
  expect(cover).toContain('Not yet approved');
  for (const text of rest) expect(text).toContain('DRAFT');
});
