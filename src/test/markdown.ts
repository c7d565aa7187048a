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

/** Every heading, in document order, with its level and its text. */
export function outline(markdown: string): { depth: number; text: string }[] {
  return findAll(parseMarkdown(markdown), 'heading').map((h) => ({
    depth: h.depth,
    text: h.children.map((c) => ('value' in c ? c.value : '')).join(''),
  }));
}

/** The text of every heading, in document order. */
export function headings(markdown: string): string[] {
  return outline(markdown).map((h) => h.text);
}

/** The level of every heading, in document order ([2, 3, 3] for a section with two subsections). */
export function headingDepths(markdown: string): number[] {
  return outline(markdown).map((h) => h.depth);
}

/** Every fenced code block with its language, as the preview would highlight it. */
export function fences(markdown: string): { lang: string | null | undefined; value: string }[] {
  return findAll(parseMarkdown(markdown), 'code').map((c) => ({ lang: c.lang, value: c.value }));
}

/** A diagram as the author wrote it: the text-alternative lines the export adds taken out. */
export function withoutTextAlternative(source: string): string {
  return source
    .split('\n')
    .filter((line) => !/^\s*(acc(Title|Descr)\s*:|%% title:)/.test(line))
    .join('\n');
}
