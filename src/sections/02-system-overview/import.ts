import { newId } from '../../core/ids';
import { appendMarkdown, tableRecords, type ImportedTable } from '../../core/markdown/import/hooks';
import type { SystemOverview } from './model';

/** Context, scope and stakeholder prose goes to the one Markdown field, system boundaries. */
export const importInto = (data: SystemOverview, markdown: string): SystemOverview => ({
  ...data,
  systemBoundaries: appendMarkdown(data.systemBoundaries, markdown),
});

/** A stakeholder table (Name, Role, Interest) becomes rows of 2.1's table. */
export function importTable(data: SystemOverview, table: ImportedTable): SystemOverview | null {
  const records = tableRecords(table, {
    name: ['name', 'stakeholder', 'role/name'],
    role: ['role'],
    interest: ['interest', 'interests', 'expectations', 'concern', 'concerns'],
  });
  if (!records) return null;
  return {
    ...data,
    stakeholders: [...data.stakeholders, ...records.map((r) => ({ id: newId(), ...r }))],
  };
}
