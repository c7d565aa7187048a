import type { Nodes, PhrasingContent } from 'mdast';
import { parseMarkdown } from '../../../core/markdown/parse';

/** What a reader sees of inline Markdown: text, code, and the alt text of images. */
export function plainText(node: Nodes): string {
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  if (node.type === 'break') return '\n';
  if ('value' in node && node.type !== 'html') return node.value;
  if (!('children' in node)) return '';
  return (node.children as Nodes[]).map(plainText).join('');
}

export interface InlineLink {
  url: string;
  label: string;
}

/** The links in a node, nested ones too ("**[ADR-22](adr-22.md)**"). */
function linksIn(node: Nodes): InlineLink[] {
  if (node.type === 'link') return [{ url: node.url, label: plainText(node) }];
  if (!('children' in node)) return [];
  return (node.children as Nodes[]).flatMap(linksIn);
}

/** One source line of a paragraph: what it says, and the links on it. */
export interface Line {
  /** 1-based line in the parsed text. */
  line: number;
  text: string;
  links: InlineLink[];
}

/**
 * A paragraph's content line by line, as the file has it. Status sections put one fact per
 * line ("Accepted" and under it "Supersedes [3. ...](0003-....md)"), sometimes in one
 * paragraph, so lines and not paragraphs are what is read.
 */
export function linesOf(children: readonly PhrasingContent[]): Line[] {
  const lines = new Map<number, Line>();
  const at = (line: number) => {
    let found = lines.get(line);
    if (!found) lines.set(line, (found = { line, text: '', links: [] }));
    return found;
  };
  for (const node of children) {
    const start = node.position?.start.line ?? 1;
    if (node.type === 'text') {
      node.value.split('\n').forEach((part, i) => (at(start + i).text += part));
    } else if (node.type !== 'break') {
      const line = at(start);
      line.text += plainText(node).replace(/\s*\n\s*/g, ' ');
      line.links.push(...linksIn(node));
    }
  }
  return [...lines.values()]
    .map((l) => ({ ...l, text: l.text.trim() }))
    .filter((l) => l.text !== '');
}

/** The paragraphs of a text, those of its top-level list items too ("* Accepted"). */
export function paragraphsOf(text: string): PhrasingContent[][] {
  return parseMarkdown(text).children.flatMap((node) => {
    if (node.type === 'paragraph') return [node.children];
    if (node.type !== 'list') return [];
    return node.children.flatMap((item) =>
      item.children.flatMap((n) => (n.type === 'paragraph' ? [n.children] : [])),
    );
  });
}

/** The text without the given 1-based lines, blank runs closed up. */
export function withoutLines(text: string, used: ReadonlySet<number>): string {
  return text
    .split('\n')
    .filter((_l, i) => !used.has(i + 1))
    .join('\n')
    .replace(/\n[ \t]*\n(?:[ \t]*\n)+/g, '\n\n')
    .trim();
}
