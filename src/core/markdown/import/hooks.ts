/**
 * What a section offers a Markdown import (src/sections/<nn-name>/import.ts, gathered in
 * src/sections/imports.ts). Every hook returns new data; the ones that can refuse return null,
 * and what they refuse goes on to the next place (in the end, 15's imported notes).
 */
// Methods, not function properties: one map holds the hooks of sections with different data
// types (method parameters are compared bivariantly), as with SectionDefinition.
export interface SectionImport<T> {
  /** Appends Markdown (headings already made lower) to the section's prose field. */
  importInto?(data: T, markdown: string): T;
  /** Takes a Mermaid diagram into the section's diagram field; null when that is not empty. */
  importDiagram?(data: T, source: string): T | null;
  /** The subsection the diagram field belongs to ("4.1"). */
  readonly diagramSubsection?: string;
  /** Takes a GFM table's rows when its columns are the section's own; null otherwise. */
  importTable?(data: T, table: ImportedTable): T | null;
}

/** A GFM table from an imported file: header and body cells as inline Markdown. */
export interface ImportedTable {
  headers: readonly string[];
  rows: readonly (readonly string[])[];
}

/** `addition` after `existing`, a blank line between: imported text never replaces typed text. */
export function appendMarkdown(existing: string, addition: string): string {
  return [existing.trimEnd(), addition.trim()].filter((part) => part !== '').join('\n\n');
}

const columnKey = (header: string) =>
  header
    .replace(/[*_`\\]/g, '')
    .trim()
    .toLowerCase();

/**
 * The table's rows as records, when its columns are exactly the named ones (each accepted
 * under any of its names, in any order); null otherwise, so that no column is dropped.
 */
export function tableRecords<K extends string>(
  table: ImportedTable,
  columns: Record<K, readonly string[]>,
): Record<K, string>[] | null {
  const keys = Object.keys(columns) as K[];
  if (table.headers.length !== keys.length) return null;
  const index = new Map<K, number>();
  table.headers.forEach((header, i) => {
    const key = keys.find((k) => columns[k].includes(columnKey(header)));
    if (key !== undefined && !index.has(key)) index.set(key, i);
  });
  if (index.size !== keys.length) return null;
  return table.rows.map(
    (row) =>
      Object.fromEntries(keys.map((k) => [k, (row[index.get(k) ?? -1] ?? '').trim()])) as Record<
        K,
        string
      >,
  );
}
