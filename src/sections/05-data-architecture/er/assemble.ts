/**
 * Puts the tables of all statements together: ALTER TABLE and unique-index additions merged
 * into their tables, partitions folded into their parent, repeated foreign keys drawn once.
 */
import { sameName, type ErForeignKey, type ErTable } from './model';

export interface Addition {
  table: ErTable;
  /** How to report it when its table is unknown. */
  label: string;
}

function mergeInto(table: ErTable, extra: ErTable): void {
  for (const column of extra.columns) {
    if (!table.columns.some((c) => sameName(c.name, column.name))) table.columns.push(column);
  }
  if (extra.primaryKey.length > 0) table.primaryKey = extra.primaryKey;
  table.uniques.push(...extra.uniques);
  table.foreignKeys.push(...extra.foreignKeys);
}

/** One relationship per child columns → parent, however often it is declared (each of
 * pagila's partitions repeats its parent's foreign keys). */
function dedupe(foreignKeys: ErForeignKey[]): ErForeignKey[] {
  const seen = new Set<string>();
  return foreignKeys.filter((fk) => {
    const key = `${fk.columns.join()}\u0000${fk.refTable}`.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `REFERENCES parent` without columns names the parent's primary key, known only once
 * every statement (ALTER TABLE .. ADD PRIMARY KEY included) is in. With no known key the
 * list stays empty and the relationship is still drawn. */
function impliedColumns(tables: ErTable[]): void {
  for (const fk of tables.flatMap((t) => t.foreignKeys)) {
    const parent = tables.find((t) => sameName(t.name, fk.refTable));
    if (fk.refColumns.length === 0 && parent) fk.refColumns = [...parent.primaryKey];
  }
}

/**
 * The tables to draw, in the order they were created. `partitionOf` maps a partition's
 * lower-cased name to its parent: a partition's keys hold within the partition only, but its
 * foreign keys hold for all the parent's rows, so only those move to the parent.
 * Returns the labels of additions whose table is unknown.
 */
export function assemble(
  tables: ErTable[],
  additions: Addition[],
  partitionOf: Map<string, string>,
): string[] {
  // Partitions may be partitioned in turn: follow them up to the table that is drawn.
  const parentOf = (name: string): string | undefined => {
    let parent = partitionOf.get(name.toLowerCase());
    for (let depth = 0; parent !== undefined && depth < 8; depth++) {
      const next = partitionOf.get(parent.toLowerCase());
      if (next === undefined) break;
      parent = next;
    }
    return parent;
  };
  const unknown: string[] = [];
  for (const { table: extra, label } of additions) {
    const partition = parentOf(extra.name);
    const target = tables.find((t) => sameName(t.name, partition ?? extra.name));
    if (!target) {
      if (!partition) unknown.push(label);
    } else if (partition) {
      target.foreignKeys.push(...extra.foreignKeys);
    } else {
      mergeInto(target, extra);
    }
  }
  for (const table of tables) {
    for (const fk of table.foreignKeys) fk.refTable = parentOf(fk.refTable) ?? fk.refTable;
    table.foreignKeys = dedupe(table.foreignKeys);
  }
  impliedColumns(tables);
  return unknown;
}
