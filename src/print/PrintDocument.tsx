import { useMemo } from 'react';
import type { ArchDocument } from '../document/schema';
import { toMarkdownParts, type DerivedBySection } from '../document/markdown/toMarkdown';
import { printedSections } from './contents';
import { Contents } from './Contents';
import { Cover } from './Cover';
import { pageStyle } from './pageStyle';
import { PrintSection } from './PrintSection';

interface Props {
  doc: ArchDocument;
  derived: DerivedBySection;
  draft: boolean;
}

/**
 * The document as it prints: cover, contents, then every section from the same Markdown as
 * the preview and the export (the "meta" part is the cover's job here).
 */
export function PrintDocument({ doc, derived, draft }: Props) {
  const parts = useMemo(() => toMarkdownParts(doc, derived), [doc, derived]);
  const printed = useMemo(() => printedSections(parts), [parts]);
  return (
    <article className="print-doc markdown-body" data-draft={draft || undefined}>
      <style>{pageStyle(doc.meta, draft)}</style>
      {draft && <Watermark />}
      <Cover meta={doc.meta} draft={draft} />
      <Contents entries={printed.map((s) => s.entry)} />
      {printed.map(({ entry, markdown }) => (
        <PrintSection key={entry.id} entry={entry} markdown={markdown} />
      ))}
    </article>
  );
}

/** Fixed, so that the browser repeats it on every printed page. */
function Watermark() {
  return (
    <div className="print-watermark" aria-hidden="true">
      <span>DRAFT</span>
    </div>
  );
}
