import type { Root } from 'mdast';

/**
 * Table cells carry line breaks as `<br>` (GitHub renders it). The preview does not render
 * raw HTML at all, so this turns exactly that tag into a Markdown line break.
 */
export function remarkHtmlBreaks() {
  return (tree: Root) => {
    const visit = (node: { type: string; value?: string; children?: unknown[] }) => {
      if (node.type === 'html' && /^<br\s*\/?>$/i.test(node.value ?? '')) {
        node.type = 'break';
        delete node.value;
      }
      node.children?.forEach((child) => visit(child as typeof node));
    };
    visit(tree);
  };
}
