import { z } from 'zod';
import { defineSection } from '../../core/document/section';
import { text } from '../../core/document/fields';
import { markdownText } from '../../core/markdown/blocks';

// SCAFFOLD: replaced by the real section module.
export const systemOverviewSchema = z.object({ notes: text() });
export type SystemOverviewData = z.output<typeof systemOverviewSchema>;

export const systemOverview = defineSection({
  id: 'systemOverview',
  number: '2',
  title: 'System Overview',
  subsections: [],
  schema: systemOverviewSchema,
  empty: () => ({ notes: '' }),
  example: () => ({ notes: '' }),
  toMarkdown: (data) => markdownText(data.notes),
});
