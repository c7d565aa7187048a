/**
 * Writes the ER model as a Mermaid `erDiagram`. Mermaid's lexer is strict about names, so
 * every name and type is made into a token it accepts (checked against Mermaid 11's
 * erDiagram grammar: attribute words may hold `()[],.-`, not spaces or quotes).
 */
import { sameName, type ErForeignKey, type ErTable } from './model';

// Words Mermaid's erDiagram lexer reads as keywords or cardinalities wherever a name may go.
const ENTITY_KEYWORDS =
  /^(erdiagram|end|style|classdef|class|subgraph|direction|acctitle|accdescr|one|many|only|zero|to|optionally|u|o)$/i;
const PLAIN_ENTITY = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PLAIN_ATTRIBUTE = /^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_\-\u00C0-\uFFFF]*$/;

export function entityName(name: string): string {
  if (PLAIN_ENTITY.test(name) && !ENTITY_KEYWORDS.test(name)) return name;
  return `"${name.replace(/["%\\\r\n\v\b]/g, '_')}"`;
}

/** A column name; PK, FK and UK would be read as key markers, so those get backticks too.
 * Mermaid reads `%%{` as the start of a directive even inside backticks, so a run of `%`
 * becomes one. */
export function attributeName(name: string): string {
  if (PLAIN_ATTRIBUTE.test(name) && !/^(pk|fk|uk)$/i.test(name)) return name;
  return `\`${name.replace(/[`\r\n]/g, "'").replace(/%%+/g, '%')}\``;
}

/** A declared type as one Mermaid word: `character varying(20)` → `character_varying(20)`,
 * `public.vector(20)` → `vector(20)`, `"bıgınt"` → `bıgınt`, `[nchar](5)` → `nchar(5)`. */
export function attributeType(type: string): string {
  const word = type
    .toLowerCase()
    .replace(/["`]/g, '')
    .replace(/\[([^\]\d][^\]]*)\]/g, '$1')
    .replace(/^(?:[\w$\u0080-\uffff]+\.)+(?=[\w$\u0080-\uffff])/, '')
    .replace(/\s*\(\s*/g, '(')
    .replace(/\s*,\s*/g, ',')
    .replace(/\s+\)/g, ')')
    .trim()
    .replace(/\s+/g, '_')
    .replace(/[^A-Za-z0-9\-_[\]().,*\u00C0-\uFFFF]/g, '_');
  if (!word) return 'unknown';
  // A type named like a key marker would be read as one.
  if (/^(pk|fk|uk)$/.test(word)) return `${word}_`;
  return /^[*A-Za-z_\u00C0-\uFFFF]/.test(word) ? word : `_${word}`;
}

function comment(text: string): string {
  return text.replace(/"/g, "'").replace(/%%+/g, '%').replace(/\s+/g, ' ').trim();
}

function includes(names: string[], name: string): boolean {
  return names.some((n) => sameName(n, name));
}

function entity(table: ErTable): string[] {
  const name = entityName(table.name);
  if (table.columns.length === 0) return [`    ${name}`];
  const fkColumns = table.foreignKeys.flatMap((fk) => fk.columns);
  const lines = table.columns.map((column) => {
    const keys = [
      includes(table.primaryKey, column.name) ? 'PK' : '',
      includes(fkColumns, column.name) ? 'FK' : '',
      table.uniques.some((u) => includes(u, column.name)) ? 'UK' : '',
    ].filter(Boolean);
    let line = `        ${attributeType(column.type)} ${attributeName(column.name)}`;
    if (keys.length > 0) line += ` ${keys.join(', ')}`;
    if (column.comment) line += ` "${comment(column.comment)}"`;
    return line;
  });
  return [`    ${name} {`, ...lines, '    }'];
}

/** `||` when every FK column must be set, `|o` when the child may have no parent; `o|` on
 * the child side when the FK columns are unique (one-to-one), `o{` otherwise. */
function relationship(child: ErTable, fk: ErForeignKey, parentName: string): string {
  const required = fk.columns.every(
    (name) =>
      includes(child.primaryKey, name) ||
      child.columns.some((c) => sameName(c.name, name) && c.notNull),
  );
  const keys = child.primaryKey.length > 0 ? [child.primaryKey, ...child.uniques] : child.uniques;
  const unique = keys.some((key) => key.length > 0 && key.every((k) => includes(fk.columns, k)));
  const parentSide = required ? '||' : '|o';
  const childSide = unique ? 'o|' : 'o{';
  const label = comment(fk.columns.join(', '));
  return `    ${entityName(parentName)} ${parentSide}--${childSide} ${entityName(child.name)} : "${label}"`;
}

/** The diagram and its relationship count; parents are found by name, case-insensitively. */
export function renderErDiagram(tables: ErTable[]): { diagram: string; relationships: number } {
  const lines = ['erDiagram'];
  for (const table of tables) lines.push(...entity(table));
  let relationships = 0;
  for (const table of tables) {
    for (const fk of table.foreignKeys) {
      const parent = tables.find((t) => sameName(t.name, fk.refTable));
      lines.push(relationship(table, fk, parent?.name ?? fk.refTable));
      relationships += 1;
    }
  }
  return { diagram: lines.join('\n'), relationships };
}
