import { GENERATED } from '../../core/markdown/generated';
import { diagramBlock } from '../../core/mermaid/diagramBlock';
import { blocks, captioned } from '../../core/markdown/blocks';
import type { SectionId } from '../registry';

/**
 * The generated C4 views as they appear in the Markdown, under their sections. What they are
 * and how they are drawn from the model is document/architecture/views.ts, which loads with
 * the analyses; this side stays small for the first download.
 */
export interface ArchitectureView {
  readonly id: 'context' | 'container' | 'deployment';
  /** The figure's name; the preview knows a generated view by it (see isGeneratedView). */
  readonly title: string;
  /** Mermaid C4 source, without its text alternative. */
  readonly source: string;
  /** The diagram field "Copy into the field" writes to, if the view has one. */
  readonly target?: { readonly section: SectionId; readonly field: string; readonly label: string };
}

export type ViewsBySection = Readonly<Partial<Record<SectionId, readonly ArchitectureView[]>>>;

/** Where the views sit among the analyses (DerivedBySection): beside the sections' own. */
export const VIEWS_KEY = 'architecture';

export { GENERATED };

/** The views of one section as captioned Mermaid blocks; '' when it has none. */
export function viewsMarkdown(views: ViewsBySection | undefined, section: string): string {
  const own = views?.[section as SectionId] ?? [];
  return blocks(
    ...own.map((view) =>
      captioned(`${GENERATED} ${view.title}`, diagramBlock(view.source, view.title, 'Elements')),
    ),
  );
}
