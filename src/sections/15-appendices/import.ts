import { newId } from '../../core/ids';
import { appendMarkdown, tableRecords, type ImportedTable } from '../../core/markdown/import/hooks';
import type { Appendices } from './model';

/** Where imported text that fits no section goes: D. Imported Notes. */
export const importInto = (data: Appendices, markdown: string): Appendices => ({
  ...data,
  importedNotes: appendMarkdown(data.importedNotes, markdown),
});

/** A two-column glossary table (Term, Definition) becomes rows of A. */
export function importTable(data: Appendices, table: ImportedTable): Appendices | null {
  const records = tableRecords(table, {
    term: ['term', 'terms', 'abbreviation', 'acronym'],
    definition: ['definition', 'meaning', 'description', 'explanation'],
  });
  if (!records) return null;
  return { ...data, glossary: [...data.glossary, ...records.map((r) => ({ id: newId(), ...r }))] };
}
