import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ArchDocument } from '../document/schema';
import { deriveAll, toMarkdownParts, type DerivedBySection } from '../document/markdown/toMarkdown';
import { MarkdownBlock } from './MarkdownBlock';
import './preview.css';
import './read-only.css';

/**
 * A document that is looked at, not edited (a share link, a document from a newer version):
 * a banner that says why and what can be done, and the rendered document. It is never in the
 * editor, so nothing can save it by accident.
 */
export function ReadOnlyDocument({
  doc,
  label,
  heading,
  children,
  actions,
}: {
  doc: ArchDocument;
  /** The name of the screen's main landmark. */
  label: string;
  heading: string;
  /** What the banner says under its heading. */
  children: ReactNode;
  actions: ReactNode;
}) {
  const [derived, setDerived] = useState<DerivedBySection>({});
  const parts = useMemo(() => toMarkdownParts(doc, derived), [doc, derived]);

  useEffect(() => {
    let current = true;
    void deriveAll(doc).then((result) => current && setDerived(result));
    return () => {
      current = false;
    };
  }, [doc]);

  return (
    <main className="read-only" aria-label={label}>
      <div className="read-only__banner">
        <div className="read-only__banner-text">
          <strong>{heading}</strong>
          {children}
        </div>
        {actions}
      </div>
      <div className="read-only__body">
        <section className="preview" aria-label="Preview">
          <article className="preview__page markdown-body">
            {parts.map((part) => (
              <div key={part.key} data-part={part.key} className="preview__part">
                <MarkdownBlock markdown={part.markdown} />
              </div>
            ))}
          </article>
        </section>
      </div>
    </main>
  );
}
