/**
 * What the sections' `derive` made of a document, by section id (see SectionModel), and the
 * views drawn from all of it (markdown/views.ts, VIEWS_KEY). Derived, never stored.
 */
export type DerivedBySection = Readonly<Partial<Record<string, unknown>>>;
