import * as z from 'zod/mini';
import { defineSection, sectionName } from '../../core/document/section';
import { rows, text } from '../../core/document/fields';
import { blocks, bulletList, headed, table } from '../../core/markdown/blocks';
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
});
export type Appendices = z.output<typeof appendicesSchema>;
export type GlossaryEntry = Appendices['glossary'][number];
export type Reference = Appendices['references'][number];
export type { Decision } from './decisions';

export const SUBSECTIONS = [
  { number: 'A', title: 'Glossary' },
  { number: 'B', title: 'References' },
  { number: 'C', title: 'Decision Log' },
] as const;
const [glossary, references, decisionLog] = SUBSECTIONS;

export const appendices = defineSection({
  id: 'appendices',
  number: '15',
  title: 'Appendices',
  subsections: SUBSECTIONS,
  schema: appendicesSchema,
  empty: (): Appendices => ({ glossary: [], references: [], decisions: [] }),
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
    ),
});
