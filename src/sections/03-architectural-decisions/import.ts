import { newId } from '../../core/ids';
import { appendMarkdown, tableRecords, type ImportedTable } from '../../core/markdown/import/hooks';
import type { ArchitecturalDecisions } from './model';

/** Strategy, constraints and alternatives read as the rationale of 3.1. */
export const importInto = (
  data: ArchitecturalDecisions,
  markdown: string,
): ArchitecturalDecisions => ({ ...data, rationale: appendMarkdown(data.rationale, markdown) });

/** A stack table (Layer, Technology, Rationale) becomes rows of 3.2. */
export function importTable(
  data: ArchitecturalDecisions,
  table: ImportedTable,
): ArchitecturalDecisions | null {
  const records = tableRecords(table, {
    layer: ['layer'],
    technology: ['technology', 'technologies', 'tool'],
    rationale: ['rationale', 'reason', 'why'],
  });
  if (!records) return null;
  const rows = records.map((r) => ({ id: newId(), ...r }));
  return { ...data, technologyStack: [...data.technologyStack, ...rows] };
}
