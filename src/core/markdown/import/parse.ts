import type { Nodes, Root, RootContent, Table } from 'mdast';
import type { ImportedTable } from './hooks';

/** A root-level block of the file, with its place in the text. */
export interface Block {
  start: number;
  end: number;
  node: RootContent;
}

/** A heading and the text under it, up to the next heading: what is placed as one piece. */
export interface Chunk {
  /** The heading as written (inline Markdown, one line); '' for the text before any heading. */
  heading: string;
  /** The heading as plain text, for matching and for the placements shown to the user. */
  plain: string;
  /** 1 to 6; 0 for the text before the first heading. */
  depth: number;
  /** Where the text under the heading starts and ends. */
  start: number;
  end: number;
  blocks: Block[];
}

const startOf = (node: Nodes) => node.position?.start.offset ?? 0;
const endOf = (node: Nodes) => node.position?.end.offset ?? 0;

/** What a reader sees of inline Markdown: text, code, and the alt text of images. */
export function plainText(node: Nodes): string {
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  if ('value' in node && node.type !== 'html') return node.value;
  if (!('children' in node)) return '';
  return (node.children as Nodes[]).map(plainText).join('');
}

/** The inline content of a heading or a cell exactly as the file writes it, on one line. */
function sourceOf(text: string, node: { children: Nodes[] }): string {
  const first = node.children[0];
  const last = node.children.at(-1);
  if (!first || !last) return '';
  return text.slice(startOf(first), endOf(last)).replace(/\s*\n\s*/g, ' ');
}

/**
 * The file cut at its top-level headings. Headings inside lists, quotes or code are content;
 * a heading with no text (arc42 starts with "# ") is no heading: its text joins the one above.
 */
export function chunksOf(text: string, tree: Root): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Chunk = { heading: '', plain: '', depth: 0, start: 0, end: text.length, blocks: [] };
  chunks.push(current);
  for (const node of tree.children) {
    const plain = node.type === 'heading' ? plainText(node).replace(/\s+/g, ' ').trim() : '';
    if (node.type === 'heading' && plain !== '') {
      current.end = startOf(node);
      current = {
        heading: sourceOf(text, node),
        plain,
        depth: node.depth,
        start: endOf(node),
        end: text.length,
        blocks: [],
      };
      chunks.push(current);
    } else {
      current.blocks.push({ start: startOf(node), end: endOf(node), node });
    }
  }
  return chunks;
}

/** A GFM table's cells as inline Markdown, with the table's own escapes undone. */
export function tableOf(text: string, table: Table): ImportedTable {
  const cells = table.children.map((row) =>
    row.children.map((cell) =>
      sourceOf(text, cell)
        .replace(/\\\|/g, '|')
        .replace(/<br\s*\/?>/gi, '\n'),
    ),
  );
  return { headers: cells[0] ?? [], rows: cells.slice(1) };
}
