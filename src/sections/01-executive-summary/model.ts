import * as z from 'zod/mini';
import { defineModel } from '../../core/document/section';
import { list, text } from '../../core/document/fields';
import { blocks, labelledList, markdownText } from '../../core/markdown/blocks';

export const executiveSummarySchema = z.object({
  overview: text(),
  keyDecisions: list(),
});
export type ExecutiveSummary = z.output<typeof executiveSummarySchema>;

export const SUBSECTIONS = [] as const;

export const executiveSummary = defineModel({
  id: 'executiveSummary',
  number: '1',
  title: 'Executive Summary',
  subsections: SUBSECTIONS,
  schema: executiveSummarySchema,
  toMarkdown: (data) =>
    blocks(
      markdownText(data.overview),
      labelledList('Key architectural decisions', data.keyDecisions),
    ),
});
