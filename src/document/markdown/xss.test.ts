import { describe, expect, it, vi } from 'vitest';
import { marked, type Token, type Tokens } from 'marked';
import type { Root, RootContent } from 'mdast';
import { checkDiagram } from '../../diagrams/mermaidRuntime';
import { readImport } from '../../documents/importFile';
import { sections } from '../registry';
import { headingAnchor } from '../../sections/15-appendices/slug';
import { decision } from '../../sections/15-appendices/testing';
import { fences, findAll, parseMarkdown, withoutTextAlternative } from '../../test/markdown';
import {
  DIAGRAM_FIELDS,
  hostileDocument,
  hostileManifests,
  hostileMarkdown,
  hostileOpenApi,
  hostileSql,
  mermaidVectors,
  textVectors,
  type XssVector,
} from '../../test/xss-vectors';
import { createEmptyDocument } from '../create';
import { items } from '../../core/document/fields';
import { restoreDocument } from '../restore';
import type { ArchDocument } from '../schema';
import { sectionName, type SectionModel } from '../../core/document/section';
import { decodeShare, encodeShare } from '../share/codec';
import { toMarkdown } from './exportMarkdown';
import { importMarkdown } from '../import/importMarkdown';
import { deriveAll } from './toMarkdown';

/*
 * Hostile input (OWASP's filter-evasion vectors and Mermaid's injection paths, see
 * src/test/xss-vectors.ts) in every kind of field: the exported Markdown keeps its structure
 * (no vector ends a table row, a fence or a section early), plain-text fields reach it as
 * text (escaped, never raw HTML for GitHub to interpret), and imports and share links give
 * back exactly the hostile text. The browser side (nothing executes) is e2e/xss.spec.ts.
 */

// Mermaid as the app sets it up: initialize's arguments are recorded, the rest is Mermaid's.
const mermaidSpy = vi.hoisted(() => ({
  initialized: [] as Record<string, unknown>[],
  getConfig: undefined as undefined | (() => Record<string, unknown>),
}));
vi.mock('mermaid', async (importOriginal) => {
  // A type-only look at Mermaid: core's rule against importing it is about runtime code.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const actual = await importOriginal<typeof import('mermaid')>();
  const mermaid = actual.default;
  const initialize = mermaid.initialize.bind(mermaid);
  mermaid.initialize = (config) => {
    mermaidSpy.initialized.push({ ...config });
    initialize(config);
  };
  mermaidSpy.getConfig = () => mermaid.mermaidAPI.getConfig() as Record<string, unknown>;
  return actual;
});

const NOW = '2026-11-25T10:00:00.000Z';

/** Every `|` that ends a cell: not escaped by an odd run of backslashes. */
function cellSeparators(line: string): number {
  let count = 0;
  let slashes = 0;
  for (const char of line) {
    if (char === '|' && slashes % 2 === 0) count++;
    slashes = char === '\\' ? slashes + 1 : 0;
  }
  return count;
}

function tablesOf(tokens: readonly Token[]): Tokens.Table[] {
  const found: Tokens.Table[] = [];
  for (const token of tokens) {
    if (token.type === 'table') found.push(token as Tokens.Table);
    const children = [
      ...(('tokens' in token && token.tokens) || []),
      ...(('items' in token && (token.items as Tokens.ListItem[])) || []),
    ];
    found.push(...tablesOf(children));
  }
  return found;
}

/**
 * Tables whose rows do not have exactly the header's cells. marked pads short rows and cuts
 * long ones, so each raw line's cell separators are counted too.
 */
function brokenTableRows(markdown: string): string[] {
  const broken: string[] = [];
  for (const table of tablesOf(marked.lexer(markdown, { gfm: true }))) {
    const width = table.header.length;
    for (const row of table.rows) {
      if (row.length !== width) broken.push(`${row.length} cells: ${table.raw}`);
    }
    for (const line of table.raw.split('\n').filter((l) => l.trim() !== '')) {
      // The exporter writes "| a | b |": one more separator than cells.
      if (line.trim().startsWith('|') && cellSeparators(line) !== width + 1) broken.push(line);
    }
  }
  return broken;
}

/** Raw HTML a Markdown viewer would interpret: anything but <br> and the document comment. */
function rawHtml(markdown: string): string[] {
  return findAll(parseMarkdown(markdown), 'html')
    .map((n) => n.value)
    .filter((v) => !/^<br\s*\/?>$/i.test(v) && !v.startsWith('<!-- archbench:document v1 '));
}

function headingTexts(tree: Root, depth: number): string[] {
  const text = (node: RootContent): string =>
    'value' in node
      ? node.value
      : 'children' in node
        ? (node.children as RootContent[]).map(text).join('')
        : '';
  return findAll(tree, 'heading')
    .filter((h) => h.depth === depth)
    .map((h) => h.children.map(text).join(''));
}

const SECTION_NAMES = sections.map((s) => sectionName(s));
const subsectionNames = (withNotes: boolean) =>
  (sections as readonly SectionModel[])
    .flatMap((s) => s.subsections.map((sub) => sectionName(sub)))
    .filter((name) => withNotes || name !== 'D. Imported Notes');

/** Every section and subsection heading is there, in order: no vector swallowed one. */
function expectOutline(markdown: string, withNotes = false) {
  const tree = parseMarkdown(markdown);
  expect(headingTexts(tree, 2)).toEqual(SECTION_NAMES);
  expect(headingTexts(tree, 3)).toEqual(subsectionNames(withNotes));
  expect(headingTexts(tree, 1)).toHaveLength(1);
}

/** A vector whose text Markdown shows as written: no inline syntax, no entity, one line. */
const literal = (v: XssVector) =>
  !/[\\`*_[\]&~!\n]|^\s|\s$/.test(v.source) && !/\s\s/.test(v.source);

/** A plain-text field everywhere the exporter escapes text (titles, cells, lists, labels). */
function inlineDocument(source: string): ArchDocument {
  const doc = createEmptyDocument(NOW, source);
  const s = doc.sections;
  doc.meta.authors = source;
  doc.meta.version = source;
  s.executiveSummary.keyDecisions = items(source);
  s.systemOverview.stakeholders = [{ id: 's1', name: source, role: source, interest: source }];
  s.architecturalDecisions.tradeOffs = items(source);
  s.performanceRequirements.responseTime = source;
  s.performanceRequirements.availability = source;
  s.disasterRecovery.rto = source;
  s.risks.risks = [
    {
      id: 'r1',
      risk: source,
      probability: 'Low',
      impact: 'High',
      mitigation: source,
    },
  ];
  s.appendices.glossary = [{ id: 'g1', term: source, definition: source }];
  s.appendices.references = [{ id: 'l1', title: source, url: source }];
  s.appendices.decisions = [
    decision({ number: '0001', title: source, deciders: source, options: items(source) }),
  ];
  return doc;
}

/** Markdown fields: user-written Markdown, kept as Markdown (the preview sanitises it). */
function proseDocument(source: string): ArchDocument {
  const doc = createEmptyDocument(NOW, 'Prose');
  const s = doc.sections;
  s.executiveSummary.overview = source;
  s.systemOverview.systemBoundaries = source;
  s.dataArchitecture.storageStrategy = source;
  s.securityArchitecture.authNotes = source;
  s.appendices.decisions = [decision({ number: '0001', title: 'Record', context: source })];
  s.appendices.importedNotes = source;
  return doc;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('hostile text in plain-text fields is exported as text', () => {
  it.each(textVectors.map((v) => [v.name, v] as const))('%s', (_name, v) => {
    const markdown = toMarkdown(inlineDocument(v.source));
    expectOutline(markdown);
    expect(brokenTableRows(markdown)).toEqual([]);
    // Angle brackets are escaped in titles, cells, list items and labels: GitHub gets text.
    expect(rawHtml(markdown)).toEqual([]);
    if (literal(v)) {
      const tree = parseMarkdown(markdown);
      expect(headingTexts(tree, 1)).toEqual([collapse(v.source)]);
      expect(headingTexts(tree, 4)).toEqual([`ADR-0001: ${collapse(v.source)}`]);
      const cells = findAll(tree, 'tableCell').map((c) =>
        c.children.map((n) => ('value' in n ? n.value : '')).join(''),
      );
      // Header table (authors, version), stakeholders, risks and the glossary.
      expect(cells.filter((c) => c === v.source).length).toBeGreaterThanOrEqual(9);
    }
    // No link the user did not write as one: a reference whose URL is a payload is text.
    // (Cells and list items keep inline Markdown; a [x](javascript:…) typed there stays a
    // Markdown link, which the preview's sanitiser and GitHub's drop the target of.)
    const links = findAll(parseMarkdown(markdown), 'link').filter((l) => !l.url.startsWith('#'));
    if (!/\]\(|\]\[/.test(v.source)) expect(links.map((l) => l.url)).toEqual([]);
    if (literal(v)) {
      // The decision log links each record to its heading by the anchor GitHub gives the
      // heading's text, tags included now that they show as text.
      const tree = parseMarkdown(markdown);
      const index = findAll(tree, 'link').find((l) => l.url.startsWith('#adr-'));
      expect(index?.url).toBe(`#${headingAnchor(headingTexts(tree, 4)[0] ?? '')}`);
    }
  });
});

describe('hostile Markdown in Markdown fields stays inside its field', () => {
  it.each(textVectors.map((v) => [v.name, v] as const))('%s', async (_name, v) => {
    const doc = proseDocument(v.source);
    const markdown = toMarkdown(doc);
    expectOutline(markdown, true);
    expect(brokenTableRows(markdown)).toEqual([]);
    // The document comment at the end was not swallowed: the export imports back exactly.
    const back = await importMarkdown(markdown, 'x.md', new Date(NOW));
    expect(back.exact).toBe(true);
    expect(back.document.sections).toEqual(doc.sections);
  });
});

describe('hostile diagrams stay inside their ```mermaid fence', () => {
  it.each(mermaidVectors.map((v) => [v.name, v] as const))('%s', (_name, v) => {
    const doc = createEmptyDocument(NOW, 'Diagrams');
    for (const [section, field] of DIAGRAM_FIELDS) {
      (doc.sections[section] as Record<string, unknown>)[field] = v.source;
    }
    const markdown = toMarkdown(doc);
    expectOutline(markdown);
    const diagrams = fences(markdown).filter((f) => f.lang === 'mermaid');
    expect(diagrams.map((f) => withoutTextAlternative(f.value))).toEqual(
      DIAGRAM_FIELDS.map(() => v.source.trim()),
    );
  });
});

const hostile = await hostileDocument(NOW);

describe('the hostile document (a payload in every field)', () => {
  const doc = hostile;

  it('has a payload in every text field of every section', () => {
    const strings: string[] = [];
    const walk = (value: unknown, key = '') => {
      if (typeof value === 'string') {
        if (key !== 'id' && !key.endsWith('Id')) strings.push(value);
      } else if (Array.isArray(value)) value.forEach((v) => walk(v));
      else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) walk(v, k);
      }
    };
    walk(doc.sections);
    const hostile = strings.filter((s) => /window\.__xss|XSS_MARK|xssCallback|msgbox/.test(s));
    // Only fields with fixed choices (statuses, patterns, currencies) keep a plain value.
    expect(hostile.length).toBeGreaterThan(120);
    for (const section of sections) {
      expect(JSON.stringify(doc.sections[section.id]), section.id).toMatch(/window\.__xss/);
    }
  });

  it('exports whole: every heading, well-formed tables, every fence intact', async () => {
    const derived = await deriveAll(doc);
    const markdown = toMarkdown(doc, derived);
    expectOutline(markdown, true);
    expect(brokenTableRows(markdown)).toEqual([]);
    const blocks = fences(markdown);
    const diagrams = blocks.filter((f) => f.lang === 'mermaid').map((f) => f.value);
    const sources = diagrams.map(withoutTextAlternative);
    for (const v of mermaidVectors) expect(sources, v.name).toContain(v.source);
    for (const [section, field] of DIAGRAM_FIELDS) {
      const source = (doc.sections[section] as Record<string, string>)[field] ?? '';
      expect(sources).toContain(source);
    }
    const code = blocks.filter((f) => f.lang !== 'mermaid').map((f) => f.value);
    expect(code).toEqual(expect.arrayContaining([hostileSql, hostileOpenApi, hostileManifests]));
    // The header (title, version, authors) is text: no HTML before the first section.
    const header = markdown.slice(0, markdown.indexOf('\n## 1. '));
    expect(rawHtml(header)).toEqual([]);
    expect(headingTexts(parseMarkdown(markdown), 1)).toEqual([doc.meta.title]);
  });

  it('comes back exactly from its Markdown export', async () => {
    const markdown = toMarkdown(doc, await deriveAll(doc));
    const back = await importMarkdown(markdown, 'hostile.md', new Date(NOW));
    expect(back.exact).toBe(true);
    expect(back.document.sections).toEqual(doc.sections);
    expect(back.document.meta).toEqual(doc.meta);
  });

  it('passes the JSON import validation unchanged (a new id only)', async () => {
    expect(restoreDocument(JSON.parse(JSON.stringify(doc)))).toEqual({ ok: true, document: doc });
    const file = new File([JSON.stringify(doc)], 'hostile.json', { type: 'application/json' });
    const outcome = await readImport(file);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.document.id).not.toBe(doc.id);
    expect({ ...outcome.document, id: doc.id }).toEqual(doc);
  });

  it('travels through a share link unchanged, plain and with a passphrase', async () => {
    const plain = await decodeShare(await encodeShare(doc));
    expect(plain).toEqual({ ok: true, document: doc });
    const sealed = await decodeShare(await encodeShare(doc, 'p4ss'), 'p4ss');
    expect(sealed).toEqual({ ok: true, document: doc });
  });
});

describe('a Markdown file made of payloads', () => {
  it('imports without throwing and keeps the text', async () => {
    const markdown = hostileMarkdown();
    const result = await importMarkdown(
      markdown,
      '<img src=x onerror=window.__xss=1>.md',
      new Date(NOW),
    );
    const restored = restoreDocument(JSON.parse(JSON.stringify(result.document)));
    expect(restored.ok).toBe(true);
    const kept = JSON.stringify(result.document);
    // Paragraphs and diagrams are kept as written (Markdown, sanitised where it is shown).
    for (const v of [...textVectors, ...mermaidVectors]) {
      const asHeading = markdown.includes(`## ${v.source.replace(/\n/g, ' ')}\n`);
      if (!asHeading) expect(kept, v.name).toContain(JSON.stringify(v.source).slice(1, -1));
    }
  });
});

describe("Mermaid's security level", () => {
  it('is "strict" in the app, with securityLevel among the keys diagrams may not change', async () => {
    await checkDiagram('flowchart TD\n  A --> B');
    expect(mermaidSpy.initialized).toHaveLength(1);
    const [config] = mermaidSpy.initialized;
    expect(config).toMatchObject({ securityLevel: 'strict', startOnLoad: false });
    // Left out, Mermaid's default list applies; the app's must keep Mermaid's keys.
    if (config?.secure !== undefined) {
      expect(config.secure).toEqual(
        expect.arrayContaining(['securityLevel', 'startOnLoad', 'maxTextSize', 'maxEdges']),
      );
    }
    expect(mermaidSpy.getConfig?.().secure).toEqual(
      expect.arrayContaining(['secure', 'securityLevel', 'startOnLoad']),
    );
  });

  it.each(mermaidVectors.map((v) => [v.name, v] as const))(
    'stays "strict" after the directives of %s',
    async (_name, v) => {
      await checkDiagram(v.source);
      const config = mermaidSpy.getConfig?.() ?? {};
      expect(config.securityLevel).toBe('strict');
      expect(config.startOnLoad).toBe(false);
      expect(config.secure).toEqual(expect.arrayContaining(['secure', 'securityLevel']));
      // Mermaid drops any string with angle brackets from a directive (no <style> breakout),
      // and the app keeps diagrams from adding CSS of their own (url() loads).
      expect(JSON.stringify(config)).not.toContain('<script>');
      // Nor can a diagram add CSS that loads (themeCSS, fonts) or turn HTML labels back on.
      expect(JSON.stringify(config)).not.toContain('url(');
      expect(config.htmlLabels).toBe(false);
      expect((config.flowchart as { htmlLabels?: unknown } | undefined)?.htmlLabels).toBe(false);
    },
  );
});
