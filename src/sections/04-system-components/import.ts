import { newId } from '../../core/ids';
import { tableRecords, type ImportedTable } from '../../core/markdown/import/hooks';
import type { SystemComponents } from './model';

export const diagramSubsection = '4.1';

/** The first component diagram found, while 4.1 has none. */
export function importDiagram(data: SystemComponents, source: string): SystemComponents | null {
  return data.diagram.trim() ? null : { ...data, diagram: source };
}

const DESCRIBED = {
  component: ['component', 'name', 'building block'],
  responsibility: ['responsibility', 'responsibilities', 'description'],
  technology: ['technology', 'technologies', 'tech'],
};

const SIZED = {
  ...DESCRIBED,
  availability: ['availability (%)', 'availability', 'availability %'],
  replicas: ['replicas', 'instances'],
  throughput: ['requests/s per instance', 'throughput per instance', 'throughput'],
};

/**
 * A table of components (Component, Responsibility, Technology, and the sizing columns
 * Archbench adds when they are used) becomes rows of 4.2.
 */
export function importTable(data: SystemComponents, table: ImportedTable): SystemComponents | null {
  const records = tableRecords(table, SIZED) ?? tableRecords(table, DESCRIBED);
  if (!records) return null;
  return {
    ...data,
    components: [...data.components, ...records.map((r) => ({ id: newId(), ...r }))],
  };
}
