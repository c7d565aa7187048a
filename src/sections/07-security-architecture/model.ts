import { z } from 'zod';
import { defineSection } from '../../core/document/section';
import { text } from '../../core/document/fields';
import { markdownText } from '../../core/markdown/blocks';

// SCAFFOLD: replaced by the real section module.
export const securityArchitectureSchema = z.object({ notes: text() });
export type SecurityArchitectureData = z.output<typeof securityArchitectureSchema>;

export const securityArchitecture = defineSection({
  id: 'securityArchitecture',
  number: '7',
  title: 'Security Architecture',
  subsections: [],
  schema: securityArchitectureSchema,
  empty: () => ({ notes: '' }),
  example: () => ({ notes: '' }),
  toMarkdown: (data) => markdownText(data.notes),
});
