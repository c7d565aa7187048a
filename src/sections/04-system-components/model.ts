import * as z from 'zod/mini';
import { defineModel, sectionName } from '../../core/document/section';
import { rows, text } from '../../core/document/fields';
import { blocks, headed, table } from '../../core/markdown/blocks';
import { diagramBlock } from '../../core/mermaid/diagramBlock';

export const componentSchema = z.object({
  component: text(),
  responsibility: text(),
  technology: text(),
  // Optional, not defaulted: documents that never used them read back exactly as stored.
  /** One instance's availability in percent ("99.95"), for the composed availability. */
  availability: z.optional(z.string()),
  /** How many instances run; blank: the replicas of its 8.1 workload, else one. */
  replicas: z.optional(z.string()),
  /** Requests per second one instance serves, for the capacity check against 9.1. */
  throughput: z.optional(z.string()),
});

export const systemComponentsSchema = z.object({
  /** 4.1 as Mermaid source (flowchart or C4); its node labels name the rows of 4.2. */
  diagram: text(),
  components: rows(componentSchema.shape),
});
export type SystemComponents = z.output<typeof systemComponentsSchema>;
export type Component = SystemComponents['components'][number];

const SIZING = ['availability', 'replicas', 'throughput'] as const;

/** 4.2 as a table; the sizing columns only when a row fills one of them. */
function componentTable(components: readonly Component[]): string {
  const sized = components.some((c) => SIZING.some((key) => c[key]?.trim()));
  const headers = ['Component', 'Responsibility', 'Technology'];
  if (sized) headers.push('Availability (%)', 'Replicas', 'Requests/s per instance');
  return table(
    headers,
    components.map((c) => [
      c.component,
      c.responsibility,
      c.technology,
      ...(sized ? SIZING.map((key) => c[key] ?? '') : []),
    ]),
  );
}

export const SUBSECTIONS = [
  { number: '4.1', title: 'Component Diagram' },
  { number: '4.2', title: 'Component Descriptions' },
] as const;
const [diagram, descriptions] = SUBSECTIONS;

export const systemComponents = defineModel({
  id: 'systemComponents',
  number: '4',
  title: 'System Components',
  subsections: SUBSECTIONS,
  schema: systemComponentsSchema,
  toMarkdown: (data) =>
    blocks(
      headed(
        3,
        sectionName(diagram),
        diagramBlock(data.diagram, sectionName(diagram), 'Components'),
      ),
      headed(3, sectionName(descriptions), componentTable(data.components)),
    ),
});
