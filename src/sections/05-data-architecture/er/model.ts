/** What the ER diagram is drawn from, independent of the parser's AST. */

export interface ErColumn {
  name: string;
  /** The declared type as written, e.g. `varchar(255)`, `timestamp with time zone`. */
  type: string;
  notNull: boolean;
  comment?: string;
}

export interface ErForeignKey {
  columns: string[];
  refTable: string;
  /** Where the SQL names none (`REFERENCES users`), the parent's primary key; empty when
   * the parent or its key is unknown. */
  refColumns: string[];
}

/** A table, or what an ALTER TABLE adds to one. */
export interface ErTable {
  name: string;
  columns: ErColumn[];
  /** Empty when there is none. */
  primaryKey: string[];
  uniques: string[][];
  foreignKeys: ErForeignKey[];
}

export interface SkippedKind {
  /** e.g. `CREATE FUNCTION`, `SET`, `CREATE TABLE (partition)`. */
  kind: string;
  count: number;
}

export interface ErError {
  message: string;
  /** 1-based line in the original SQL. */
  line: number;
  /** 1-based column when the parser gives one. */
  column?: number;
}

/** What the SQL says, before it is drawn. */
export interface ErModel {
  tables: ErTable[];
  skipped: SkippedKind[];
  errors: ErError[];
}

export interface ErResult {
  /** Mermaid `erDiagram` text; '' when the SQL defines no table (keep the last good one). */
  diagram: string;
  tables: number;
  relationships: number;
  skipped: SkippedKind[];
  errors: ErError[];
  /** The tables themselves, for the checks across sections (keys, references). */
  schema: ErTable[];
}

export function emptyTable(name: string): ErTable {
  return { name, columns: [], primaryKey: [], uniques: [], foreignKeys: [] };
}

/** SQL identifiers compare case-insensitively here (unquoted names fold in every dialect). */
export function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
