import { appendMarkdown } from '../../core/markdown/import/hooks';
import type { ExecutiveSummary } from './model';

/** Imported text with no better place lands in the overview: an introduction, in most files. */
export const importInto = (data: ExecutiveSummary, markdown: string): ExecutiveSummary => ({
  ...data,
  overview: appendMarkdown(data.overview, markdown),
});
