import { z } from 'zod';
import { defineSection } from '../../core/document/section';
import { text } from '../../core/document/fields';
import { markdownText } from '../../core/markdown/blocks';

// SCAFFOLD: replaced by the real section module.
export const appendicesSchema = z.object({ notes: text() });
export type AppendicesData = z.output<typeof appendicesSchema>;

export const appendices = defineSection({
  id: 'appendices',
  number: '15',
  title: 'Appendices',
  subsections: [],
  schema: appendicesSchema,
  empty: () => ({ notes: '' }),
  example: () => ({ notes: '' }),
  toMarkdown: (data) => markdownText(data.notes),
});
