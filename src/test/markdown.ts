import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root, RootContent } from 'mdast';

/** Parses GFM the way the preview does, for tests that check structure, not strings. */
export function parseMarkdown(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown);
}

export function findAll<T extends RootContent['type']>(
  tree: Root,
  type: T,
): Extract<RootContent, { type: T }>[] {
  const found: RootContent[] = [];
  const walk = (node: { children?: RootContent[] }) => {
    for (const child of node.children ?? []) {
      if (child.type === type) found.push(child);
      walk(child as { children?: RootContent[] });
    }
  };
  walk(tree);
  return found as Extract<RootContent, { type: T }>[];
}

/** The text of every cell of the first table, row by row (header first). */
export function tableCells(markdown: string): string[][] {
  const table = findAll(parseMarkdown(markdown), 'table')[0];
  if (!table) return [];
  const text = (node: unknown): string => {
    const n = node as { value?: string; children?: unknown[]; type: string };
    if (n.type === 'break') return '\n';
    if (typeof n.value === 'string')
      return n.type === 'html' ? (n.value === '<br>' ? '\n' : n.value) : n.value;
    return (n.children ?? []).map(text).join('');
  };
  return table.children.map((row) => row.children.map(text));
}
