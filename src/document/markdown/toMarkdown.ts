import { rememberBy } from '../../core/data/remember';
import { sections } from '../registry';
import type { ArchDocument } from '../schema';
import type { SectionModel } from '../../core/document/section';
import { sectionName } from '../../core/document/section';
import { blocks, headed, heading, table } from '../../core/markdown/blocks';
import { VIEWS_KEY, viewsMarkdown, type ViewsBySection } from './views';

/** One piece of the document's Markdown: the header, or one section. */
export interface MarkdownPart {
  /** "meta" or a section id. */
  readonly key: string;
  readonly markdown: string;
}

/** The date part of an ISO date-time, as documents print it. */
export function isoDate(dateTime: string): string {
  return dateTime.slice(0, 10);
}

function headerMarkdown(doc: ArchDocument): string {
  const { meta } = doc;
  return blocks(
    heading(1, meta.title.trim() || 'System Architecture Document'),
    table(
      ['Version', 'Status', 'Authors', 'Created', 'Updated'],
      [[meta.version, meta.status, meta.authors, isoDate(meta.created), isoDate(meta.updated)]],
    ),
  );
}

import type { DerivedBySection } from '../derived';
export type { DerivedBySection } from '../derived';

/**
 * The document as Markdown, in parts: the preview renders each part on its own (so one
 * keystroke re-renders one section) and the export joins them, so both show the same text.
 */
export function toMarkdownParts(doc: ArchDocument, derived: DerivedBySection = {}): MarkdownPart[] {
  const parts: MarkdownPart[] = [{ key: 'meta', markdown: headerMarkdown(doc) }];
  const views = derived[VIEWS_KEY] as ViewsBySection | undefined;
  for (const section of sections as readonly SectionModel[]) {
    const data: unknown = doc.sections[section.id as keyof ArchDocument['sections']];
    const own = sectionMarkdown(section, data, derived[section.id]);
    parts.push({ key: section.id, markdown: blocks(own, viewsMarkdown(views, section.id)) });
  }
  return parts;
}

// An unchanged section keeps its data object: its Markdown is remembered by that object (and
// what was derived from it), per section.
const rendered = new Map<SectionModel, (data: unknown, derived: unknown) => string>();

/** One section with its "## n. Title" heading; an empty one says "Not yet specified.". */
export function sectionMarkdown(section: SectionModel, data: unknown, derived?: unknown): string {
  let render = rendered.get(section);
  if (!render) {
    render = rememberBy((d: unknown, x: unknown) =>
      headed(2, sectionName(section), section.toMarkdown(d, x)),
    );
    rendered.set(section, render);
  }
  return render(data, derived);
}

/**
 * Runs every section's `derive` on a document, then draws the views of the architecture from
 * them: what an export does before toMarkdown.
 */
export async function deriveAll(doc: ArchDocument): Promise<DerivedBySection> {
  const derived: Record<string, unknown> = {};
  for (const section of sections as readonly SectionModel[]) {
    if (!section.derive) continue;
    const data: unknown = doc.sections[section.id as keyof ArchDocument['sections']];
    derived[section.id] = await section.derive(data, undefined);
  }
  const { architectureViews } = await import('../architecture/views');
  derived[VIEWS_KEY] = architectureViews(doc, derived);
  return derived;
}
