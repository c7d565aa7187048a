import { useLayoutEffect, useRef } from 'react';
import { MarkdownBlock } from '../preview/MarkdownBlock';
import type { ContentsEntry } from './contents';

/**
 * One section, rendered by the preview's own Markdown renderer, so the print shows what the
 * preview shows. The renderer gives headings no ids (sanitised Markdown may not choose
 * them), so the subsection anchors the contents link to are set here, once drawn; the part
 * is rendered once and never again, so React does not undo them.
 */
export function PrintSection({ entry, markdown }: { entry: ContentsEntry; markdown: string }) {
  const root = useRef<HTMLElement>(null);

  useLayoutEffect(() => {
    const ids = new Map(entry.children.map((child) => [child.name, child.id]));
    root.current?.querySelectorAll('h3').forEach((heading) => {
      const id = ids.get(heading.textContent.trim());
      if (id) heading.id = id;
    });
  }, [entry, markdown]);

  return (
    <section id={entry.id} className="print-section" ref={root}>
      <MarkdownBlock markdown={markdown} />
    </section>
  );
}
