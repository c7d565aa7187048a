import * as z from 'zod/mini';
import { defineModel, sectionName } from '../../core/document/section';
import { rows, text } from '../../core/document/fields';
import { blocks, headed, table } from '../../core/markdown/blocks';
import { diagramBlock } from '../../core/mermaid/diagramBlock';

export const componentSchema = z.object({
  component: text(),
  responsibility: text(),
  technology: text(),
});

export const systemComponentsSchema = z.object({
  /** 4.1 as Mermaid source (flowchart or C4); its node labels name the rows of 4.2. */
  diagram: text(),
  components: rows(componentSchema.shape),
});
export type SystemComponents = z.output<typeof systemComponentsSchema>;
export type Component = SystemComponents['components'][number];

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
      headed(
        3,
        sectionName(descriptions),
        table(
          ['Component', 'Responsibility', 'Technology'],
          data.components.map((c) => [c.component, c.responsibility, c.technology]),
        ),
      ),
    ),
});
