/**
 * SQL DDL → Mermaid ER diagram (5.2 Database Design). Pure: no DOM, no React; the app loads
 * it lazily because node-sql-parser is large.
 */
import { assemble, type Addition } from './assemble';
import { classify } from './classify';
import { dialectOrder, type DialectOption } from './dialect';
import { sameName, type ErError, type ErModel, type ErResult, type ErTable } from './model';
import { parseStatement } from './parse';
import { renderErDiagram } from './render';
import { splitStatements } from './split';

export type { DialectOption, SqlDialect } from './dialect';
export { detectDialect } from './dialect';
export type {
  ErColumn,
  ErError,
  ErForeignKey,
  ErModel,
  ErResult,
  ErTable,
  SkippedKind,
} from './model';
export { splitStatements, type SqlStatement } from './split';

export interface SqlToErOptions {
  /** 'auto' (default) guesses from the script; any choice still falls back to the others. */
  dialect?: DialectOption;
}

/**
 * Reads the CREATE TABLE, ALTER TABLE .. ADD (PRIMARY KEY, FOREIGN KEY, UNIQUE) and
 * CREATE UNIQUE INDEX statements of `sql` into tables. Every other statement is counted in
 * `skipped`; CREATE / ALTER TABLE statements no dialect can parse are `errors` with their
 * line in `sql`. Partitions (PARTITION OF, ATTACH PARTITION) are folded into their parent
 * table: left out, counted as skipped, their foreign keys kept once on the parent.
 */
export function sqlToModel(sql: string, options: SqlToErOptions = {}): ErModel {
  const order = dialectOrder(options.dialect ?? 'auto', sql);
  const mysql = order[0] === 'mysql';
  const statements = splitStatements(sql, order[0]).map((statement) => ({
    statement,
    cls: classify(statement.text, mysql),
  }));
  const partitionOf = new Map<string, string>();
  for (const { cls } of statements) {
    if (cls.kind === 'partition') partitionOf.set(cls.child.toLowerCase(), cls.parent);
  }

  const tables: ErTable[] = [];
  const additions: Addition[] = [];
  const skipped = new Map<string, number>();
  const errors: ErError[] = [];
  const skip = (kind: string, count = 1): void => {
    skipped.set(kind, (skipped.get(kind) ?? 0) + count);
  };

  for (const { statement, cls } of statements) {
    if (cls.kind === 'skip') skip(cls.label);
    if (cls.kind === 'unknown') {
      const { line, column } = statement;
      errors.push({ message: `${cls.label}: unknown statement`, line, column });
    }
    if (cls.kind === 'skip' || cls.kind === 'partition' || cls.kind === 'unknown') continue;
    // A partition's own CREATE TABLE repeats its parent's columns: not worth a parse.
    if (cls.kind === 'create-table' && partitionOf.has(cls.table.toLowerCase())) continue;
    const outcome = parseStatement(statement.text, order, cls);
    if (outcome.kind === 'skip') {
      skip(outcome.label);
    } else if (outcome.kind === 'error') {
      const line = statement.line + outcome.line - 1;
      const column = outcome.line === 1 ? statement.column + outcome.column - 1 : outcome.column;
      errors.push({ message: outcome.message, line, column });
    } else {
      // Outcomes are cached across calls: copy before merging into them.
      const { creates, alters, uniqueIndexes } = structuredClone(outcome.facts);
      for (const table of creates) {
        if (tables.some((t) => sameName(t.name, table.name))) skip('CREATE TABLE (duplicate)');
        else tables.push(table);
      }
      for (const table of alters) additions.push({ table, label: 'ALTER TABLE (unknown table)' });
      for (const table of uniqueIndexes) {
        additions.push({ table, label: 'CREATE UNIQUE INDEX (not on a table)' });
      }
    }
  }
  if (partitionOf.size > 0) skip('CREATE TABLE (partition)', partitionOf.size);
  for (const label of assemble(tables, additions, partitionOf)) skip(label);
  return { tables, skipped: [...skipped].map(([kind, count]) => ({ kind, count })), errors };
}

/** The tables of `sql` (see sqlToModel) as a Mermaid erDiagram; '' when there is none. */
export function sqlToEr(sql: string, options: SqlToErOptions = {}): ErResult {
  const { tables, skipped, errors } = sqlToModel(sql, options);
  const { diagram, relationships } =
    tables.length > 0 ? renderErDiagram(tables) : { diagram: '', relationships: 0 };
  return { diagram, tables: tables.length, relationships, skipped, errors, schema: tables };
}
