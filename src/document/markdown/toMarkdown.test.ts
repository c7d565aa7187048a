import { describe, expect, it } from 'vitest';
import { sections } from '../registry';
import { findAll, parseMarkdown } from '../../test/markdown';
import { createEmptyDocument } from '../create';
import { createExampleDocument } from '../example';
import { sectionName } from '../../core/document/section';
import { toMarkdown } from './exportMarkdown';
import { toMarkdownParts } from './toMarkdown';

const now = '2026-11-25T10:00:00.000Z';

function headings(markdown: string, depth: number): string[] {
  return findAll(parseMarkdown(markdown), 'heading')
    .filter((h) => h.depth === depth)
    .map((h) => h.children.map((c) => ('value' in c ? c.value : '')).join(''));
}

describe('toMarkdown', () => {
  it('an empty document keeps every template heading, each "Not yet specified."', () => {
    const markdown = toMarkdown(createEmptyDocument(now, 'Empty'));
    expect(headings(markdown, 1)).toEqual(['Empty']);
    expect(headings(markdown, 2)).toEqual(sections.map((s) => sectionName(s)));
    // 15 D (imported notes) is the one subsection shown only when it has content.
    const subsections = sections
      .flatMap((s) => s.subsections.map((sub) => sectionName(sub)))
      .filter((name) => name !== 'D. Imported Notes');
    expect(headings(markdown, 3)).toEqual(subsections);
    expect(markdown.match(/Not yet specified\./g)?.length).toBeGreaterThanOrEqual(15);
  });

  it('the worked example fills every section', async () => {
    const doc = await createExampleDocument(now);
    for (const part of toMarkdownParts(doc).slice(1)) {
      expect(part.markdown, part.key).not.toContain('Not yet specified.');
    }
    const markdown = toMarkdown(doc);
    expect(markdown).toContain('```mermaid\ngraph TB');
    expect(markdown.endsWith('\n')).toBe(true);
  });

  it('is the parts joined, so preview and export show the same text, then the document comment', async () => {
    const doc = await createExampleDocument(now);
    const body = `${toMarkdownParts(doc)
      .map((p) => p.markdown)
      .join('\n\n')}\n`;
    const markdown = toMarkdown(doc);
    expect(markdown.startsWith(`${body}\n<!-- archbench:document v1 `)).toBe(true);
    expect(markdown).toMatch(/ fnv1a32:[0-9a-f]{8} -->\n$/);
    expect(markdown.split('<!--')).toHaveLength(2);
  });

  it('puts the metadata under the title', async () => {
    const doc = await createExampleDocument(now);
    expect(toMarkdown(doc)).toMatch(
      /^# ShopStream Platform Architecture\n\n\| Version \| Status \| Authors \| Created \| Updated \|/,
    );
  });
});
