import * as z from 'zod/mini';
import { newId } from '../ids';

/**
 * Building blocks for section schemas (zod/mini: a fraction of classic zod's size, which
 * matters for the first download). Every repeating thing (list item, table row) carries an
 * id so that the form can reorder rows without losing focus or mixing up edits.
 * Defaults let a document written before a field existed still load; wrong types still fail.
 */
export const text = () => z._default(z.string(), '');

const id = () => z.string().check(z.minLength(1));

export const listItemSchema = z.object({ id: id(), text: text() });
export type ListItem = z.output<typeof listItemSchema>;

export const list = () => z._default(z.array(listItemSchema), []);

/** An array of rows with an id and the given columns. */
export function rows<Shape extends z.core.$ZodShape>(shape: Shape) {
  return z._default(z.array(z.object({ id: id(), ...shape })), []);
}

/** A select among fixed values, defaulting to the first one. */
export function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return z._default(z.enum(values), values[0]);
}

/** Several of fixed values (checkboxes). */
export function choices<const T extends readonly [string, ...string[]]>(values: T) {
  return z._default(z.array(z.enum(values)), []);
}

/** List items from plain strings: handy for empty values, examples and tests. */
export function items(...texts: string[]): ListItem[] {
  return texts.map((t) => ({ id: newId(), text: t }));
}

/** Rows from plain objects, each given a fresh id; the row type comes from the context. */
export function withIds<T extends { id: string }>(...values: Omit<T, 'id'>[]): T[] {
  return values.map((v) => ({ id: newId(), ...v }) as T);
}

/**
 * Markdown written as short source lines (examples, fixtures) joined the way a person types
 * it in a text area: a line continues the one above unless it is blank or starts a list item
 * or heading.
 */
export function prose(lines: readonly string[]): string {
  const out: string[] = [];
  for (const line of lines) {
    const previous = out.at(-1);
    const startsBlock = line.trim() === '' || /^\s*([-*+]|\d+[.)])\s|^#/.test(line);
    if (previous !== undefined && previous.trim() !== '' && !startsBlock) {
      out[out.length - 1] = `${previous} ${line.trim()}`;
    } else {
      out.push(line);
    }
  }
  return out.join('\n');
}
