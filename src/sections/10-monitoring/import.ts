import { appendMarkdown } from '../../core/markdown/import/hooks';
import type { Monitoring } from './model';

/** Monitoring prose goes to 10.1's first Markdown field, where metrics are described. */
export const importInto = (data: Monitoring, markdown: string): Monitoring => ({
  ...data,
  applicationMetrics: appendMarkdown(data.applicationMetrics, markdown),
});
