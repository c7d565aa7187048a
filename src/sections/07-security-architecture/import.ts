import { appendMarkdown } from '../../core/markdown/import/hooks';
import type { SecurityArchitecture } from './model';

/** Security prose goes to the notes of 7.1, the section's first Markdown field. */
export const importInto = (data: SecurityArchitecture, markdown: string): SecurityArchitecture => ({
  ...data,
  authNotes: appendMarkdown(data.authNotes, markdown),
});
