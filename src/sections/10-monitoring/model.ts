import { z } from 'zod';
import { defineSection } from '../../core/document/section';
import { text } from '../../core/document/fields';
import { markdownText } from '../../core/markdown/blocks';

// SCAFFOLD: replaced by the real section module.
export const monitoringSchema = z.object({ notes: text() });
export type MonitoringData = z.output<typeof monitoringSchema>;

export const monitoring = defineSection({
  id: 'monitoring',
  number: '10',
  title: 'Monitoring and Observability',
  subsections: [],
  schema: monitoringSchema,
  empty: () => ({ notes: '' }),
  example: () => ({ notes: '' }),
  toMarkdown: (data) => markdownText(data.notes),
});
