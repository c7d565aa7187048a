import * as z from 'zod/mini';
import type { ReviewRule } from '../checklist/types';
import type { SectionImport } from '../markdown/import/hooks';

/**
 * The pure half of a section: what it is, its data and its Markdown. It lives in the section's
 * `model.ts` and runs without React (unit tests, CLI export). The section's module
 * (`index.ts`, a SectionDefinition) adds its form and other parts, lazy ones as loaders.
 */
// Methods rather than function-typed properties: a list of definitions with different data
// types must fit one SectionDefinition type (method parameters are compared bivariantly).
export interface SectionModel<
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
  /** Every field has a default, so the schema alone makes the empty section (see `empty`). */
  readonly schema: Schema;
  /**
   * Fields most documents rightly leave empty (notes an import could not place): they do not
   * count against the section's completeness.
   */
  readonly optionalFields?: readonly string[];
  /** The section with nothing filled in, made from the schema's defaults. */
  empty(this: void): z.output<Schema>;
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

/** What a section's form is given: its data, how to change it, and what `derive` made of it. */
export interface SectionFormProps<Data, Derived = undefined> {
  readonly value: Data;
  update(this: void, patch: Partial<Data>): void;
  readonly derived: Derived | undefined;
}

/**
 * A section's form: a React component, typed here without React so that the pure layers can
 * name it (the workspace renders it; see workspace/SectionPanel.tsx).
 */
// A method's type, so that forms of different sections fit one list (bivariant parameters).
export type SectionForm<Data, Derived = undefined> = {
  render(props: SectionFormProps<Data, Derived>): unknown;
}['render'];

/**
 * Everything the app needs of one section, from its own folder: the registry lists these and
 * nothing else names a section. Lazy parts are loaders, so each loads only when it is used.
 */
export interface SectionDefinition<
  Id extends string = string,
  Schema extends z.ZodMiniType = z.ZodMiniType,
  Derived = unknown,
> extends SectionModel<Id, Schema, Derived> {
  form(this: void): Promise<{ readonly default: SectionForm<z.output<Schema>, Derived> }>;
  /** The worked example's content, the largest text in the app: loaded only to create it. */
  example(this: void): Promise<z.output<Schema>>;
  /** What the section takes from an imported Markdown file; loaded with the importer. */
  imports?(this: void): Promise<SectionImport<z.output<Schema>>>;
  /** The section's item of the template's review checklist, if it has one; loaded after start. */
  review?(this: void): Promise<ReviewRule<z.output<Schema>, Derived>>;
  /**
   * Names other documents give this section and its subsections, for the Markdown import:
   * keyed by section number ("2") or subsection ("2.1", "15.A"), names separated by ";".
   */
  readonly headings?: Readonly<Record<string, string>>;
}

type ModuleParts<Schema extends z.ZodMiniType, Derived> = Omit<
  SectionDefinition<string, Schema, Derived>,
  keyof SectionModel
>;

/** A section's model, with its empty value made from the schema; keeps the literal types. */
export function defineModel<
  const Id extends string,
  Schema extends z.ZodMiniType,
  Derived = undefined,
>(model: Omit<SectionModel<Id, Schema, Derived>, 'empty'>): SectionModel<Id, Schema, Derived> {
  return { ...model, empty: () => z.parse(model.schema, {}) };
}

/** A section's module: its model and the rest of what the app needs of it. */
export function defineSection<const Id extends string, Schema extends z.ZodMiniType, Derived>(
  model: SectionModel<Id, Schema, Derived>,
  parts: ModuleParts<Schema, Derived>,
): SectionDefinition<Id, Schema, Derived> {
  return { ...model, ...parts };
}

/** "1. Executive Summary": numbers are part of the name everywhere (SPEC section 2). */
export function sectionName(section: { number: string; title: string }): string {
  return section.number.includes('.')
    ? `${section.number} ${section.title}`
    : `${section.number}. ${section.title}`;
}

/** Anchor of a field, for links that open it (navigator, checklist). */
export function fieldAnchor(sectionId: string, field: string): string {
  return `field-${sectionId}-${field}`;
}
