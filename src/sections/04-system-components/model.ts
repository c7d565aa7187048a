import { z } from 'zod';
import { defineSection } from '../../core/document/section';
import { text } from '../../core/document/fields';
import { markdownText } from '../../core/markdown/blocks';

// SCAFFOLD: replaced by the real section module.
export const systemComponentsSchema = z.object({ notes: text() });
export type SystemComponentsData = z.output<typeof systemComponentsSchema>;

export const systemComponents = defineSection({
  id: 'systemComponents',
  number: '4',
  title: 'System Components',
  subsections: [],
  schema: systemComponentsSchema,
  empty: () => ({ notes: '' }),
  example: () => ({ notes: '' }),
  toMarkdown: (data) => markdownText(data.notes),
});
