import { z } from 'zod';
import { defineSection } from '../../core/document/section';
import { text } from '../../core/document/fields';
import { markdownText } from '../../core/markdown/blocks';

// SCAFFOLD: replaced by the real section module.
export const costAnalysisSchema = z.object({ notes: text() });
export type CostAnalysisData = z.output<typeof costAnalysisSchema>;

export const costAnalysis = defineSection({
  id: 'costAnalysis',
  number: '12',
  title: 'Cost Analysis',
  subsections: [],
  schema: costAnalysisSchema,
  empty: () => ({ notes: '' }),
  example: () => ({ notes: '' }),
  toMarkdown: (data) => markdownText(data.notes),
});
