// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { loadReviewRules, reviewDocument } from '../document/checklist/review';
import { createEmptyDocument } from '../document/create';
import { createExampleDocument } from '../document/example';
import { importMarkdown } from '../document/import/importMarkdown';
import { toMarkdown } from '../document/markdown/exportMarkdown';
import { restoreDocument } from '../document/restore';
import * as Registry from '../document/registry';

const { sections } = Registry;

/**
 * A 16th section, registered the way a real one is (one module, one more entry in the
 * registry's list) and nowhere else: every part of the app that lists sections must find it.
 */
vi.mock('../document/registry', async (importOriginal) => {
  const real = await importOriginal<typeof Registry>();
  const { defineModel, defineSection } = await import('../core/document/section');
  const { text } = await import('../core/document/fields');
  const { appendMarkdown } = await import('../core/markdown/import/hooks');
  const model = defineModel({
    id: 'sustainability',
    number: '16',
    title: 'Sustainability',
    subsections: [],
    schema: z.object({ footprint: text() }),
    toMarkdown: (data) => data.footprint.trim() || '_Not specified._',
  });
  const section = defineSection(model, {
    form: () => Promise.resolve({ default: () => null }),
    example: () => Promise.resolve({ footprint: 'About 3 t CO2e a year, on renewable power.' }),
    imports: () =>
      Promise.resolve({
        importInto: (data, markdown) => ({
          ...data,
          footprint: appendMarkdown(data.footprint, markdown),
        }),
      }),
    review: () =>
      Promise.resolve({
        id: 'sustainability',
        title: 'Carbon footprint estimated',
        item: 11,
        check: (data) =>
          data.footprint.trim()
            ? { pass: true, reason: 'The footprint is estimated.' }
            : {
                pass: false,
                reason: 'No footprint is estimated.',
                fix: { kind: 'field', section: 'sustainability', field: 'footprint' },
              },
      }),
    headings: { '16': 'carbon footprint; green software' },
  });
  const all = [...real.sections, section];
  return {
    ...real,
    sections: all,
    sectionIds: all.map((s) => s.id),
    isSectionId: (value: string) => all.some((s) => s.id === value),
  };
});

const NOW = '2026-12-04T10:00:00.000Z';
const sixteenth = (doc: { sections: object }) =>
  (doc.sections as Record<string, { footprint: string } | undefined>).sustainability;

describe('a 16th section registered by its module alone', () => {
  it('is in the registry, the schema and a new document', () => {
    expect(sections.map((s) => s.number)).toContain('16');
    const doc = createEmptyDocument(NOW);
    expect(sixteenth(doc)).toEqual({ footprint: '' });
    const restored = restoreDocument({
      ...doc,
      sections: { ...doc.sections, sustainability: { footprint: 'Measured.' } },
    });
    expect(restored.ok && sixteenth(restored.document)).toEqual({ footprint: 'Measured.' });
  });

  it('writes its Markdown and takes its content from an imported file', async () => {
    const example = await createExampleDocument(NOW);
    expect(sixteenth(example)?.footprint).toMatch(/renewable/);
    const markdown = toMarkdown(example);
    expect(markdown).toContain('## 16. Sustainability\n\nAbout 3 t CO2e a year');

    const { document, placements } = await importMarkdown(
      '# Shop\n\n## Carbon footprint\n\nWe estimate 5 t CO2e a year.\n',
      'shop.md',
    );
    expect(sixteenth(document)?.footprint).toContain('We estimate 5 t CO2e a year.');
    expect(placements).toContainEqual(
      expect.objectContaining({ heading: 'Carbon footprint', target: '16. Sustainability' }),
    );
  });

  it('has its item in the review checklist, with a link to its field', async () => {
    const rules = await loadReviewRules();
    const item = reviewDocument(createEmptyDocument(NOW), rules).items.at(-1);
    expect(item).toMatchObject({
      id: 'sustainability',
      pass: false,
      fix: { kind: 'field', section: 'sustainability', field: 'footprint' },
    });
  });

  it('is an entry of the navigator', async () => {
    const { useEditor } = await import('../editor/store');
    const { Navigator } = await import('../workspace/Navigator');
    useEditor.getState().showDocument(createEmptyDocument(NOW));
    // jsdom lays nothing out: the navigator's scroll to the current entry is a no-op here.
    Element.prototype.scrollIntoView = () => {};
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    await act(async () => root.render(createElement(Navigator)));
    const entries = [...host.querySelectorAll('nav[aria-label="Sections"] button')];
    expect(entries.map((b) => b.textContent)).toContainEqual(
      expect.stringContaining('16. Sustainability'),
    );
    act(() => root.unmount());
  });
});
