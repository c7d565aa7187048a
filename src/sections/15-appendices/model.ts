import * as z from 'zod/mini';
import { defineModel, sectionName } from '../../core/document/section';
import { rows, text } from '../../core/document/fields';
import { blocks, bulletList, headed, markdownText, table } from '../../core/markdown/blocks';
import { decisionLogMarkdown, decisionSchema } from './decisions';
import { referenceMarkdown } from './links';

export const glossaryEntrySchema = z.object({
  term: text(),
  definition: text(),
});

export const referenceSchema = z.object({
  title: text(),
  url: text(),
});

export const appendicesSchema = z.object({
  glossary: rows(glossaryEntrySchema.shape),
  references: rows(referenceSchema.shape),
  /** The decision log (ADRs); stack comparisons add an accepted one when a candidate is adopted. */
  decisions: rows(decisionSchema.shape),
  /** Markdown that an import found no better place for (D, shown only when not empty). */
  importedNotes: text(),
});
export type Appendices = z.output<typeof appendicesSchema>;
export type GlossaryEntry = Appendices['glossary'][number];
export type Reference = Appendices['references'][number];
export type { Decision } from './decisions';

export const SUBSECTIONS = [
  { number: 'A', title: 'Glossary' },
  { number: 'B', title: 'References' },
  { number: 'C', title: 'Decision Log' },
  { number: 'D', title: 'Imported Notes' },
] as const;
const [glossary, references, decisionLog, importedNotes] = SUBSECTIONS;

export const appendices = defineModel({
  id: 'appendices',
  number: '15',
  title: 'Appendices',
  subsections: SUBSECTIONS,
  schema: appendicesSchema,
  // Only an import fills the notes: a finished appendix leaves them empty.
  optionalFields: ['importedNotes'],
  toMarkdown: (data) =>
    blocks(
      headed(
        3,
        sectionName(glossary),
        table(
          ['Term', 'Definition'],
          data.glossary.map((g) => [g.term, g.definition]),
        ),
      ),
      headed(
        3,
        sectionName(references),
        bulletList(data.references.map((r) => referenceMarkdown(r.title, r.url))),
      ),
      headed(3, sectionName(decisionLog), decisionLogMarkdown(data.decisions)),
      // Only documents made by an import have notes: the others keep the template's A to C.
      data.importedNotes.trim() &&
        headed(3, sectionName(importedNotes), markdownText(data.importedNotes)),
    ),
});
