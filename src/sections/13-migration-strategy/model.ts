import * as z from 'zod/mini';
import { defineModel, sectionName } from '../../core/document/section';
import { rows, text } from '../../core/document/fields';
import { headed, numberedList } from '../../core/markdown/blocks';
import { inlineText } from '../../core/markdown/escape';

export const phaseSchema = z.object({
  name: text(),
  description: text(),
});

export const migrationStrategySchema = z.object({ phases: rows(phaseSchema.shape) });
export type MigrationStrategy = z.output<typeof migrationStrategySchema>;
export type Phase = MigrationStrategy['phases'][number];

export const SUBSECTIONS = [{ number: '13.1', title: 'Phases' }] as const;
const [phasesSubsection] = SUBSECTIONS;

// The phase number comes from the phase's place in the list, so a name the user started with
// "Phase 2:" would read "Phase 1: Phase 2: ..." once reordered; the typed prefix is dropped.
const TYPED_NUMBER = /^phase\s*\d+\s*[:.)–—-]?\s*/i;

/** "**Phase 1: Setup infrastructure** — description", one line per phase in list order. */
export function phaseLines(phases: readonly Phase[]): string[] {
  return phases
    .filter((p) => p.name.trim() !== '' || p.description.trim() !== '')
    .map((p, index) => {
      const name = inlineText(p.name).replace(TYPED_NUMBER, '').replace(/\s+/g, ' ');
      // A star (or a backslash before the closing stars) in the name would end the bold early.
      const title = [`Phase ${index + 1}`, name.replace(/[\\*]/g, '\\$&')]
        .filter(Boolean)
        .join(': ');
      const description = inlineText(p.description);
      return description ? `**${title}** — ${description}` : `**${title}**`;
    });
}

export const migrationStrategy = defineModel({
  id: 'migrationStrategy',
  number: '13',
  title: 'Migration Strategy',
  subsections: SUBSECTIONS,
  schema: migrationStrategySchema,
  toMarkdown: (data) =>
    headed(3, sectionName(phasesSubsection), numberedList(phaseLines(data.phases))),
});
