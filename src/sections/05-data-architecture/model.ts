import { z } from 'zod';
import { defineSection } from '../../core/document/section';
import { text } from '../../core/document/fields';
import { markdownText } from '../../core/markdown/blocks';

// SCAFFOLD: replaced by the real section module.
export const dataArchitectureSchema = z.object({ notes: text() });
export type DataArchitectureData = z.output<typeof dataArchitectureSchema>;

export const dataArchitecture = defineSection({
  id: 'dataArchitecture',
  number: '5',
  title: 'Data Architecture',
  subsections: [],
  schema: dataArchitectureSchema,
  empty: () => ({ notes: '' }),
  example: () => ({ notes: '' }),
  toMarkdown: (data) => markdownText(data.notes),
});
