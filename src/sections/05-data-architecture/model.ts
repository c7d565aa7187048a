import * as z from 'zod/mini';
import { defineModel, sectionName } from '../../core/document/section';
import { text } from '../../core/document/fields';
import { blocks, captioned, codeBlock, headed, markdownText } from '../../core/markdown/blocks';
import { diagramBlock } from '../../core/mermaid/diagramBlock';
import type { ErResult, ErTable } from './er';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

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

/** The ER diagram read from the SQL, keeping the last good one while the SQL does not parse. */
export interface DataArchitectureDerived {
  er: ErResult;
  /** The diagram to show: this SQL's, or the last good one when this SQL gives none. */
  diagram: string;
  tables: number;
  relationships: number;
  /** The tables of `diagram`. */
  schema: ErTable[];
  stale: boolean;
}

export const dataArchitecture = defineModel({
  id: 'dataArchitecture',
  number: '5',
  title: 'Data Architecture',
  subsections: SUBSECTIONS,
  schema: dataArchitectureSchema,
  derive: async (
    data,
    previous: DataArchitectureDerived | undefined,
  ): Promise<DataArchitectureDerived> => {
    // node-sql-parser is large: it loads only when a document has SQL to read.
    const { sqlToEr } = await import('./er');
    const er = sqlToEr(data.databaseSchema);
    if (!er.diagram && er.errors.length > 0 && previous?.diagram) {
      return { ...previous, er, stale: true };
    }
    return {
      er,
      diagram: er.diagram,
      tables: er.tables,
      relationships: er.relationships,
      schema: er.schema,
      stale: false,
    };
  },
  toMarkdown: (data, derived) =>
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
      headed(
        3,
        sectionName(databaseDesign),
        derived?.diagram &&
          captioned(
            'Entity-relationship diagram',
            diagramBlock(
              derived.diagram,
              `${sectionName(databaseDesign)}: entity-relationship diagram`,
              'Tables',
              `${plural(derived.tables, 'table')} and ${plural(derived.relationships, 'relationship')}, read from the SQL below`,
            ),
          ),
        captioned('Schema (SQL)', codeBlock('sql', data.databaseSchema)),
      ),
    ),
});
