import { z } from 'zod';
import { defineSection } from '../../core/document/section';
import { text } from '../../core/document/fields';
import { markdownText } from '../../core/markdown/blocks';

// SCAFFOLD: replaced by the real section module.
export const architecturalDecisionsSchema = z.object({ notes: text() });
export type ArchitecturalDecisionsData = z.output<typeof architecturalDecisionsSchema>;

export const architecturalDecisions = defineSection({
  id: 'architecturalDecisions',
  number: '3',
  title: 'Architectural Decisions',
  subsections: [],
  schema: architecturalDecisionsSchema,
  empty: () => ({ notes: '' }),
  example: () => ({ notes: '' }),
  toMarkdown: (data) => markdownText(data.notes),
});
