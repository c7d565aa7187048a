import fc from 'fast-check';
import { newId } from '../core/ids';
import { LEVELS } from '../sections/14-risks/model';
import { createEmptyDocument } from './create';
import { createExampleDocument } from './example';
import type { ArchDocument } from './schema';

const NOW = '2026-11-25T10:00:00.000Z';

// Any text a user can type or paste, Markdown and HTML look-alikes included.
const typed = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.constantFrom('', '|a|b|', '```', '<!-- x', '-->', '# Heading', '\\', '<script>', '\u2028'),
);

/**
 * Documents for property tests (not shipped: only tests import this): the empty one or the
 * worked example, with arbitrary text in fields of several kinds (metadata, Markdown, Mermaid,
 * list, table rows).
 */
// Loaded once: the example's content comes from each section's lazily loaded module.
const example = await createExampleDocument(NOW);

export const arbitraryDocument: fc.Arbitrary<ArchDocument> = fc
  .record({
    base: fc.constantFrom('empty', 'example'),
    title: typed,
    authors: typed,
    overview: typed,
    decision: typed,
    diagram: typed,
    risk: fc.record({ risk: typed, mitigation: typed, probability: fc.constantFrom(...LEVELS) }),
    term: typed,
  })
  .map((v) => {
    const doc = v.base === 'empty' ? createEmptyDocument(NOW) : structuredClone(example);
    const s = doc.sections;
    return {
      ...doc,
      meta: { ...doc.meta, title: v.title, authors: v.authors },
      sections: {
        ...s,
        executiveSummary: {
          overview: v.overview,
          keyDecisions: [...s.executiveSummary.keyDecisions, { id: newId(), text: v.decision }],
        },
        systemComponents: { ...s.systemComponents, diagram: v.diagram },
        risks: { risks: [...s.risks.risks, { id: newId(), impact: 'High', ...v.risk }] },
        appendices: {
          ...s.appendices,
          glossary: [...s.appendices.glossary, { id: newId(), term: v.term, definition: v.term }],
          importedNotes: v.overview,
        },
      },
    };
  });
