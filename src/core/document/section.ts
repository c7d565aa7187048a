import type * as z from 'zod/mini';

/**
 * The pure half of a section module: everything about a section except its form and its
 * worked-example content (src/sections/<nn-name>/example.ts, gathered in sections/examples.ts).
 * The form lives beside it in the same folder (src/sections/<nn-name>/) and is registered
 * in src/sections/forms.ts, so that this half runs without React (unit tests, CLI export).
 */
export interface SectionDefinition<
  Id extends string = string,
  Schema extends z.ZodMiniType = z.ZodMiniType,
> {
  /** Key of the section in `document.sections`; never changes once documents exist. */
  readonly id: Id;
  /** "1", "2", ... as in the template. */
  readonly number: string;
  readonly title: string;
  /** Subsection numbers and titles, for the navigator and the scroll targets. */
  readonly subsections: readonly { readonly number: string; readonly title: string }[];
  readonly schema: Schema;
  readonly empty: () => z.output<Schema>;
  /** The section's body in Markdown, below its "## n. Title" heading. */
  readonly toMarkdown: (data: z.output<Schema>) => string;
}

/** Identity function that keeps the literal id and schema types of a definition. */
export function defineSection<const Id extends string, Schema extends z.ZodMiniType>(
  definition: SectionDefinition<Id, Schema>,
): SectionDefinition<Id, Schema> {
  return definition;
}

/** "1. Executive Summary": numbers are part of the name everywhere (SPEC section 2). */
export function sectionName(section: { number: string; title: string }): string {
  return section.number.includes('.')
    ? `${section.number} ${section.title}`
    : `${section.number}. ${section.title}`;
}
