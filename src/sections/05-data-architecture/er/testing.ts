/**
 * What a corpus file declares, counted with plain regular expressions over its text and
 * not with the code under test (not shipped: only tests import this). They see comments
 * and strings too, so each corpus test also pins the counts it expects, checked by hand.
 */
import type { ErModel } from './model';

// A name part as SQL writes it: [name], "name" or name.
const PART = String.raw`(?:\[[^\]]+\]|"[^"]+"|\w+)`;
const NAME = String.raw`(?:${PART}\.)?(${PART})`;
const CREATE_TABLE = new RegExp(String.raw`^[ \t]*CREATE TABLE\s+${NAME}`, 'gim');
const REFERENCES = new RegExp(String.raw`\bREFERENCES\s+${NAME}`, 'gi');

const bare = (name: string): string => name.replace(/^[["]|[\]"]$/g, '');

function names(sql: string, re: RegExp): string[] {
  return [...sql.matchAll(re)].map((m) => bare(m[1] ?? '')).sort();
}

/** Every table a `CREATE TABLE` at the start of a line names, without its schema, sorted. */
export function declaredTables(sql: string): string[] {
  return names(sql, CREATE_TABLE);
}

/** The parent of every `REFERENCES`, without its schema, sorted: one per foreign key. */
export function declaredParents(sql: string): string[] {
  return names(sql, REFERENCES);
}

/** The model's tables and foreign-key parents, in the same form. */
export function modelled(model: ErModel): { tables: string[]; parents: string[] } {
  return {
    tables: model.tables.map((t) => t.name).sort(),
    parents: model.tables.flatMap((t) => t.foreignKeys.map((fk) => fk.refTable)).sort(),
  };
}
