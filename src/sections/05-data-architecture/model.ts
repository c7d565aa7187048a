import * as z from 'zod/mini';
import { defineSection, sectionName } from '../../core/document/section';
import { text } from '../../core/document/fields';
import { blocks, captioned, codeBlock, headed, markdownText } from '../../core/markdown/blocks';
import { diagramBlock } from '../../core/mermaid/diagramBlock';

export const dataArchitectureSchema = z.object({
  /** Mermaid source of the data-flow diagram. */
  dataFlowDiagram: text(),
  /** Markdown. */
  storageStrategy: text(),
  /** SQL DDL (CREATE TABLE ...); the ER diagram will be generated from it. */
  databaseSchema: text(),
});
export type DataArchitecture = z.output<typeof dataArchitectureSchema>;

export const SUBSECTIONS = [
  { number: '5.1', title: 'Data Model' },
  { number: '5.2', title: 'Database Design' },
] as const;
const [dataModel, databaseDesign] = SUBSECTIONS;

export const dataArchitecture = defineSection({
  id: 'dataArchitecture',
  number: '5',
  title: 'Data Architecture',
  subsections: SUBSECTIONS,
  schema: dataArchitectureSchema,
  empty: () => ({ dataFlowDiagram: '', storageStrategy: '', databaseSchema: '' }),
  toMarkdown: (data) =>
    blocks(
      headed(
        3,
        sectionName(dataModel),
        captioned(
          'Data flow diagram',
          diagramBlock(
            data.dataFlowDiagram,
            `${sectionName(dataModel)}: data flow diagram`,
            'Data flow between',
          ),
        ),
        captioned('Data storage strategy', markdownText(data.storageStrategy)),
      ),
      headed(3, sectionName(databaseDesign), codeBlock('sql', data.databaseSchema)),
    ),
});
