import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { toMarkdownParts } from '../core/markdown/toMarkdown';
import { useEditor } from '../editor/store';
import { MarkdownBlock } from './MarkdownBlock';
import './preview.css';

/**
 * The whole document rendered from toMarkdown's parts. The deferred document keeps typing
 * responsive: React renders the preview after the keystroke, never in its way.
 */
export function Preview() {
  const doc = useDeferredValue(useEditor((s) => s.doc));
  const selected = useEditor((s) => s.selectedSection);
  const scrollRequest = useEditor((s) => s.scrollRequest);
  const parts = useMemo(() => (doc ? toMarkdownParts(doc) : []), [doc]);
  const root = useRef<HTMLElement>(null);

  useEffect(() => {
    if (scrollRequest === 0) return;
    const target = root.current?.querySelector<HTMLElement>(`[data-part="${selected}"]`);
    const scroller = root.current;
    if (target && scroller) {
      scroller.scrollTo({ top: target.offsetTop - 12, behavior: 'smooth' });
    }
  }, [selected, scrollRequest]);

  return (
    <section className="preview" aria-label="Preview" ref={root}>
      <article className="preview__page markdown-body">
        {parts.map((part) => (
          <div
            key={part.key}
            data-part={part.key}
            className={
              part.key === selected ? 'preview__part preview__part--selected' : 'preview__part'
            }
          >
            <MarkdownBlock markdown={part.markdown} />
          </div>
        ))}
      </article>
    </section>
  );
}
