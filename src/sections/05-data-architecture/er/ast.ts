/**
 * Reads node-sql-parser ASTs into the ER model. The parser's shapes differ by dialect (a
 * column is `"a"` in one, `{ expr: { value: "a" } }` in another) and its type definitions
 * are loose, so everything is read from `unknown` through the helpers below.
 */
import { emptyTable, type ErColumn, type ErForeignKey, type ErTable } from './model';
import { unquote } from './scan';

type Node = Record<string, unknown>;

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return value === undefined || value === null ? [] : [value];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The name in a column reference, identifier or quoted-string node. */
export function nameOf(value: unknown): string {
  // The parser has already taken the quotes off names.
  if (typeof value === 'string') return value;
  if (!isNode(value)) return '';
  for (const key of ['column', 'expr', 'value']) {
    const name = nameOf(value[key]);
    if (name) return name;
  }
  return '';
}

/** The table name of `{ db, table }` (or a list of them), without its schema. */
export function tableOf(value: unknown): string {
  const first = list(value)[0];
  return isNode(first) ? nameOf(first.table) : '';
}

function namesOf(value: unknown): string[] {
  return list(value).map(nameOf).filter(Boolean);
}

/** The declared type as SQL would write it: `numeric(10,2)`, `int unsigned`. */
export function typeOf(definition: unknown): string {
  if (!isNode(definition)) return '';
  let type = unquote(text(definition.dataType)).toLowerCase();
  if (typeof definition.length === 'number') {
    const scale = typeof definition.scale === 'number' ? `,${definition.scale}` : '';
    type += `(${definition.length}${scale})`;
  }
  const suffix = list(definition.suffix).filter((s) => typeof s === 'string');
  if (suffix.length > 0) type += ` ${suffix.join(' ').toLowerCase()}`;
  return type;
}

function referenceOf(columns: string[], value: unknown): ErForeignKey | null {
  // Some dialects nest the definition once more.
  const ref =
    isNode(value) && isNode(value.reference_definition) ? value.reference_definition : value;
  if (!isNode(ref)) return null;
  const refTable = tableOf(ref.table);
  return refTable ? { columns, refTable, refColumns: namesOf(ref.definition) } : null;
}

/** Adds one `create_definitions` entry (a column or a table constraint) to `table`. */
function addDefinition(table: ErTable, def: unknown): void {
  if (!isNode(def)) return;
  if (def.resource === 'column') {
    const name = nameOf(def.column);
    if (!name) return;
    const nullable = isNode(def.nullable) ? def.nullable.type : undefined;
    const column: ErColumn = {
      name,
      type: typeOf(def.definition),
      notNull: nullable === 'not null',
    };
    const comment = isNode(def.comment) ? nameOf(def.comment.value) : '';
    if (comment) column.comment = comment;
    table.columns.push(column);
    if (def.primary_key || def.primary) table.primaryKey = [name];
    if (def.unique) table.uniques.push([name]);
    const fk = referenceOf([name], def.reference_definition);
    if (fk) table.foreignKeys.push(fk);
    return;
  }
  if (def.resource !== 'constraint') return;
  const kind = text(def.constraint_type).toLowerCase();
  const columns = namesOf(def.definition);
  if (kind === 'primary key') table.primaryKey = columns;
  else if (kind.startsWith('unique')) table.uniques.push(columns);
  else if (kind === 'foreign key') {
    const fk = referenceOf(columns, def.reference_definition);
    if (fk) table.foreignKeys.push(fk);
  }
}

export interface StatementFacts {
  creates: ErTable[];
  /** What ALTER TABLE statements add, by table. */
  alters: ErTable[];
  /** CREATE UNIQUE INDEX, as a unique key of its table. */
  uniqueIndexes: ErTable[];
}

/** The ER facts in the ASTs of one statement; unrelated statements give nothing. */
export function factsOf(asts: unknown): StatementFacts {
  const facts: StatementFacts = { creates: [], alters: [], uniqueIndexes: [] };
  for (const ast of list(asts)) {
    if (!isNode(ast)) continue;
    if (ast.type === 'create' && ast.keyword === 'table') {
      const table = emptyTable(tableOf(ast.table));
      for (const def of list(ast.create_definitions)) addDefinition(table, def);
      if (table.name) facts.creates.push(table);
    } else if (ast.type === 'alter') {
      const table = emptyTable(tableOf(ast.table));
      for (const action of list(ast.expr)) {
        if (!isNode(action) || action.action !== 'add') continue;
        if (action.resource === 'column') addDefinition(table, action);
        else for (const def of list(action.create_definitions)) addDefinition(table, def);
      }
      if (table.name) facts.alters.push(table);
    } else if (ast.type === 'create' && ast.keyword === 'index' && ast.index_type === 'unique') {
      // A partial unique index (WHERE ..) does not make its columns unique.
      if (ast.where) continue;
      const table = emptyTable(tableOf(ast.table));
      const refs = list(ast.index_columns);
      // An expression index (lower(email)) says nothing about a column.
      if (!refs.every((r) => isNode(r) && r.type === 'column_ref')) continue;
      const columns = namesOf(refs);
      if (table.name && columns.length > 0) table.uniques.push(columns);
      if (table.name) facts.uniqueIndexes.push(table);
    }
  }
  return facts;
}
