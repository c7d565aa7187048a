import type * as z from 'zod/mini';

/**
 * The pure half of a section module: everything about a section except its form and its
 * worked-example content (src/sections/<nn-name>/example.ts, gathered in sections/examples.ts).
 * The form lives beside it in the same folder (src/sections/<nn-name>/) and is registered
 * in src/sections/forms.ts, so that this half runs without React (unit tests, CLI export).
 */
// Methods rather than function-typed properties: a list of definitions with different data
// types must fit one SectionDefinition type (method parameters are compared bivariantly).
export interface SectionDefinition<
  Id extends string = string,
  Schema extends z.ZodMiniType = z.ZodMiniType,
  Derived = unknown,
> {
  /** Key of the section in `document.sections`; never changes once documents exist. */
  readonly id: Id;
  /** "1", "2", ... as in the template. */
  readonly number: string;
  readonly title: string;
  /** Subsection numbers and titles, for the navigator and the scroll targets. */
  readonly subsections: readonly { readonly number: string; readonly title: string }[];
  readonly schema: Schema;
  /**
   * Fields most documents rightly leave empty (notes an import could not place): they do not
   * count against the section's completeness.
   */
  readonly optionalFields?: readonly string[];
  readonly empty: () => z.output<Schema>;
  /**
   * The section's body in Markdown, below its "## n. Title" heading. `derived` is what
   * `derive` last made of the data, or undefined while it has not run (yet).
   */
  toMarkdown(this: void, data: z.output<Schema>, derived?: Derived): string;
  /**
   * Analyses of the section's code fields that are too slow for every keystroke or need
   * large parsers (SQL → ER diagram, OpenAPI → endpoints): run in the background, off the
   * first download. Given the previous result, so that a broken source can keep the last
   * good one. Never rejects.
   */
  derive?(this: void, data: z.output<Schema>, previous: Derived | undefined): Promise<Derived>;
}

/** Identity function that keeps the literal id, schema and derived types of a definition. */
export function defineSection<
  const Id extends string,
  Schema extends z.ZodMiniType,
  Derived = undefined,
>(definition: SectionDefinition<Id, Schema, Derived>): SectionDefinition<Id, Schema, Derived> {
  return definition;
}

/** "1. Executive Summary": numbers are part of the name everywhere (SPEC section 2). */
export function sectionName(section: { number: string; title: string }): string {
  return section.number.includes('.')
    ? `${section.number} ${section.title}`
    : `${section.number}. ${section.title}`;
}
