import { memo, type ComponentProps } from 'react';
import Markdown, { type ExtraProps } from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import type { Element, ElementContent } from 'hast';
import { MermaidDiagram } from '../diagrams/MermaidDiagram';
import { GeneratedViewActions } from './GeneratedViewActions';
import { useOverflows } from '../ui/useOverflows';
import { remarkHtmlBreaks } from './remarkHtmlBreaks';

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

function mermaidSource(pre: Element | undefined): string | null {
  const code = pre?.children[0];
  if (code?.type !== 'element' || code.tagName !== 'code') return null;
  const classes = code.properties.className;
  const isMermaid = Array.isArray(classes) && classes.includes('language-mermaid');
  return isMermaid ? code.children.map(textOf).join('') : null;
}

// `pre`, not `code`, is replaced, so that a diagram is not nested inside a <pre>. Code and
// tables may scroll sideways, so they take focus: keyboard users can scroll them too.
function Pre({ node, ...props }: ComponentProps<'pre'> & ExtraProps) {
  const source = mermaidSource(node);
  if (source === null) return <pre {...props} tabIndex={0} />;
  return (
    <>
      <MermaidDiagram source={source} />
      <GeneratedViewActions source={source} />
    </>
  );
}

/**
 * A table wraps its text to fit the page; one that still cannot fit scrolls sideways, and says
 * so under it, since a scrollbar alone is easy to miss (and hidden until used on some systems).
 */
function Table({ node: _node, ...props }: ComponentProps<'table'> & ExtraProps) {
  const [ref, wide] = useOverflows('x');
  return (
    <>
      <div className="markdown-table" ref={ref} tabIndex={0} data-wide={wide || undefined}>
        <table {...props} />
      </div>
      {/* Not a <p>: beside the bold caption paragraphs it would read to axe as their body. */}
      {wide && (
        <div className="markdown-table__hint" role="note">
          Wider than the page: scroll sideways for every column.
        </div>
      )}
    </>
  );
}

// A date breaks at its hyphens where the column is narrow ("2026-12-" over "03"): it stays whole.
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function Cell({ node, ...props }: ComponentProps<'td'> & ExtraProps) {
  const whole = node?.children.length === 1 && DATE.test(textOf(node.children[0]!).trim());
  return <td {...props} className={whole ? 'markdown-date' : undefined} />;
}

function Link({ node: _node, ...props }: ComponentProps<'a'> & ExtraProps) {
  return <a {...props} target="_blank" rel="noopener noreferrer" />;
}

/**
 * Images from other sites are not loaded: fetching them would tell that site who reads the
 * document (nothing may leave the page's origin). The image is shown as a link instead.
 */
function Image({ node: _node, src, alt }: ComponentProps<'img'> & ExtraProps) {
  const source = typeof src === 'string' ? src : '';
  if (isLocalSource(source)) return <img src={source} alt={alt ?? ''} />;
  return (
    <a className="blocked-image" href={source} target="_blank" rel="noopener noreferrer">
      {`Image not loaded (external): ${alt || source}`}
    </a>
  );
}

function isLocalSource(src: string): boolean {
  if (/^(data:image\/|blob:)/i.test(src)) return true;
  try {
    return new URL(src, window.location.href).origin === window.location.origin;
  } catch {
    return false;
  }
}

const components = { pre: Pre, a: Link, table: Table, td: Cell, img: Image };
const remarkPlugins = [remarkGfm, remarkHtmlBreaks];
const rehypePlugins = [rehypeSanitize];

/** One part of the document rendered; memoised so an unchanged part costs nothing. */
export const MarkdownBlock = memo(function MarkdownBlock({ markdown }: { markdown: string }) {
  return (
    <Markdown remarkPlugins={remarkPlugins} rehypePlugins={rehypePlugins} components={components}>
      {markdown}
    </Markdown>
  );
});
