import { z } from 'zod';
import { newId } from '../ids';

/**
 * Building blocks for section schemas. Every repeating thing (list item, table row) carries
 * an id so that the form can reorder rows without losing focus or mixing up edits.
 * Defaults let a document written before a field existed still load; wrong types still fail.
 */
export const text = () => z.string().default('');

export const listItemSchema = z.object({ id: z.string().min(1), text: z.string().default('') });
export type ListItem = z.infer<typeof listItemSchema>;

export const list = () => z.array(listItemSchema).default([]);

/** An array of rows with an id and the given columns. */
export function rows<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.array(z.object({ id: z.string().min(1), ...shape })).default([]);
}

/** A select among fixed values, defaulting to the first one. */
export function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values).default(values[0] as z.infer<z.ZodEnum<{ [K in T[number]]: K }>>);
}

/** List items from plain strings: handy for empty values, examples and tests. */
export function items(...texts: string[]): ListItem[] {
  return texts.map((t) => ({ id: newId(), text: t }));
}

/** Rows from plain objects, each given a fresh id; the row type comes from the context. */
export function withIds<T extends { id: string }>(...values: Omit<T, 'id'>[]): T[] {
  return values.map((v) => ({ id: newId(), ...v }) as T);
}
