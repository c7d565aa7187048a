import { describe, expect, it } from 'vitest';
import { createExampleDocument } from '../document/example';
import { toMarkdownParts } from '../document/markdown/toMarkdown';
import { anchorOf, printedSections } from './contents';
import { cssString, pageStyle } from './pageStyle';
import { printHash, readPrintRoute } from './route';

describe('the print view', () => {
  it('anchors sections and subsections by their template numbers', () => {
    expect(anchorOf({ number: '4' })).toBe('section-4');
    expect(anchorOf({ number: '4' }, { number: '4.1' })).toBe('section-4-1');
    expect(anchorOf({ number: '15' }, { number: 'A' })).toBe('section-15-a');
  });

  it('lists every section, and only the subsections whose headings are printed', async () => {
    const doc = await createExampleDocument('2026-11-20T09:30:00.000Z');
    const printed = printedSections(toMarkdownParts(doc));
    expect(printed.map((s) => s.entry.name)).toHaveLength(15);
    expect(printed[3]?.entry.children.map((c) => c.name)).toEqual([
      '4.1 Component Diagram',
      '4.2 Component Descriptions',
    ]);
    expect(printed[3]?.markdown).toMatch(/^## 4\. System Components/);
    for (const { entry, markdown } of printed) {
      for (const child of entry.children) expect(markdown).toContain(`\n### ${child.name}\n`);
    }
  });

  it('writes the running header as safe CSS strings', () => {
    expect(cssString('Say "hi" \\ bye\nnow')).toBe('"Say \\"hi\\" \\\\ bye now"');
    const css = pageStyle({ title: 'Shop "2"', version: '1.0' }, true);
    expect(css).toContain('@top-left { content: "Shop \\"2\\""; }');
    expect(css).toContain('@top-right { content: "DRAFT  ·  Version 1.0"; }');
    expect(pageStyle({ title: ' ', version: '' }, false)).toContain(
      '@top-left { content: "System Architecture Document"; }',
    );
  });

  it('reads and writes its fragment', () => {
    expect(printHash('a b', { draft: true })).toBe('#doc=a+b&draft');
    expect(readPrintRoute('#doc=a+b&draft')).toEqual({ docId: 'a b', print: true, draft: true });
    expect(readPrintRoute('#doc=x&noprint')).toEqual({ docId: 'x', print: false, draft: false });
    expect(readPrintRoute('')).toEqual({ print: true, draft: false });
  });
});
