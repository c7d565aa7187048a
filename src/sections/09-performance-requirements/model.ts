import { z } from 'zod';
import { defineSection } from '../../core/document/section';
import { text } from '../../core/document/fields';
import { markdownText } from '../../core/markdown/blocks';

// SCAFFOLD: replaced by the real section module.
export const performanceRequirementsSchema = z.object({ notes: text() });
export type PerformanceRequirementsData = z.output<typeof performanceRequirementsSchema>;

export const performanceRequirements = defineSection({
  id: 'performanceRequirements',
  number: '9',
  title: 'Performance Requirements',
  subsections: [],
  schema: performanceRequirementsSchema,
  empty: () => ({ notes: '' }),
  example: () => ({ notes: '' }),
  toMarkdown: (data) => markdownText(data.notes),
});
