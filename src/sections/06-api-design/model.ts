import * as z from 'zod/mini';
import { defineSection, sectionName } from '../../core/document/section';
import { text } from '../../core/document/fields';
import { codeBlock, headed } from '../../core/markdown/blocks';

export const apiDesignSchema = z.object({
  /** OpenAPI 3 document as YAML. */
  openApi: text(),
});
export type ApiDesign = z.output<typeof apiDesignSchema>;

export const SUBSECTIONS = [{ number: '6.1', title: 'API Specification' }] as const;
const [specification] = SUBSECTIONS;

export const apiDesign = defineSection({
  id: 'apiDesign',
  number: '6',
  title: 'API Design',
  subsections: SUBSECTIONS,
  schema: apiDesignSchema,
  empty: () => ({ openApi: '' }),
  toMarkdown: (data) => headed(3, sectionName(specification), codeBlock('yaml', data.openApi)),
});
