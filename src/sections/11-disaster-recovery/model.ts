import { z } from 'zod';
import { defineSection } from '../../core/document/section';
import { text } from '../../core/document/fields';
import { markdownText } from '../../core/markdown/blocks';

// SCAFFOLD: replaced by the real section module.
export const disasterRecoverySchema = z.object({ notes: text() });
export type DisasterRecoveryData = z.output<typeof disasterRecoverySchema>;

export const disasterRecovery = defineSection({
  id: 'disasterRecovery',
  number: '11',
  title: 'Disaster Recovery',
  subsections: [],
  schema: disasterRecoverySchema,
  empty: () => ({ notes: '' }),
  example: () => ({ notes: '' }),
  toMarkdown: (data) => markdownText(data.notes),
});
