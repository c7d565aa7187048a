import { z } from 'zod';
import { defineSection } from '../../core/document/section';
import { text } from '../../core/document/fields';
import { markdownText } from '../../core/markdown/blocks';

// SCAFFOLD: replaced by the real section module.
export const apiDesignSchema = z.object({ notes: text() });
export type ApiDesignData = z.output<typeof apiDesignSchema>;

export const apiDesign = defineSection({
  id: 'apiDesign',
  number: '6',
  title: 'API Design',
  subsections: [],
  schema: apiDesignSchema,
  empty: () => ({ notes: '' }),
  example: () => ({ notes: '' }),
  toMarkdown: (data) => markdownText(data.notes),
});
