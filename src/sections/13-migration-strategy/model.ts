import { z } from 'zod';
import { defineSection } from '../../core/document/section';
import { text } from '../../core/document/fields';
import { markdownText } from '../../core/markdown/blocks';

// SCAFFOLD: replaced by the real section module.
export const migrationStrategySchema = z.object({ notes: text() });
export type MigrationStrategyData = z.output<typeof migrationStrategySchema>;

export const migrationStrategy = defineSection({
  id: 'migrationStrategy',
  number: '13',
  title: 'Migration Strategy',
  subsections: [],
  schema: migrationStrategySchema,
  empty: () => ({ notes: '' }),
  example: () => ({ notes: '' }),
  toMarkdown: (data) => markdownText(data.notes),
});
