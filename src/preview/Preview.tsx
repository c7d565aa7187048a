import { startTransition, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { toMarkdownParts } from '../document/markdown/toMarkdown';
import { useDerived } from '../derived/store';
import { useEditor } from '../editor/store';
import { MarkdownBlock } from './MarkdownBlock';
import './preview.css';

/** The cover and the first sections: what a document shows on opening, before scrolling. */
const FIRST_PARTS = 3;

/**
 * The whole document rendered from toMarkdown's parts. The deferred document keeps typing
 * responsive: React renders the preview after the keystroke, never in its way.
 */
export function Preview() {
  const doc = useDeferredValue(useEditor((s) => s.doc));
  const selected = useEditor((s) => s.selectedSection);
  const scrollRequest = useEditor((s) => s.scrollRequest);
  const derived = useDerived((s) => s.bySection);
  const parts = useMemo(() => (doc ? toMarkdownParts(doc, derived) : []), [doc, derived]);
  const root = useRef<HTMLElement>(null);
  // A document just opened shows its first parts (and the selected one) at once; the rest
  // follow in the next render, which typing or scrolling may interrupt.
  const [whole, setWhole] = useState<string | null>(null);
  const docId = doc?.id ?? null;
  useEffect(() => {
    if (docId === null || whole === docId) return;
    const frame = requestAnimationFrame(() => startTransition(() => setWhole(docId)));
    return () => cancelAnimationFrame(frame);
  }, [docId, whole]);
  const shown = (index: number, key: string) =>
    whole === docId || index < FIRST_PARTS || key === selected;

  // Scrolls to the selected section, and keeps it in place for a moment while diagrams above
  // it finish drawing and change the height of the page, unless the reader scrolls first.
  useEffect(() => {
    const scroller = root.current;
    const page = scroller?.firstElementChild;
    if (scrollRequest === 0 || !scroller || !page) return;
    const part = selected === 'details' ? 'meta' : selected;
    const align = () => {
      const target = scroller.querySelector<HTMLElement>(`[data-part="${part}"]`);
      if (target) scroller.scrollTop = target.offsetTop - 12;
    };
    align();
    const observer = new ResizeObserver(align);
    observer.observe(page);
    const release = () => observer.disconnect();
    const timer = setTimeout(release, 2000);
    const events = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
    events.forEach((e) => scroller.addEventListener(e, release, { once: true, passive: true }));
    return () => {
      release();
      clearTimeout(timer);
      events.forEach((e) => scroller.removeEventListener(e, release));
    };
  }, [selected, scrollRequest]);

  return (
    <section className="preview" aria-label="Preview" ref={root}>
      <article className="preview__page markdown-body">
        {parts.map((part, index) => (
          <div
            key={part.key}
            data-part={part.key}
            className={
              part.key === selected ? 'preview__part preview__part--selected' : 'preview__part'
            }
          >
            {shown(index, part.key) ? (
              <MarkdownBlock markdown={part.markdown} />
            ) : (
              <div className="preview__later" aria-busy="true" />
            )}
          </div>
        ))}
      </article>
    </section>
  );
}
