import { plainText } from '../../core/markdown/import/parse';
import { parseMarkdown } from '../../core/markdown/parse';
import { GENERATED } from '../markdown/views';

/**
 * The text without the views Archbench drew from the model (a "Generated view: …" caption and
 * its Mermaid block): they are made again from what the sections say, so an edited export
 * brought back in does not get them typed into a field.
 */
export function withoutGeneratedViews(text: string): string {
  if (!text.includes(GENERATED)) return text;
  const nodes = parseMarkdown(text).children;
  const cuts: [number, number][] = [];
  nodes.forEach((node, i) => {
    const next = nodes[i + 1];
    if (node.type !== 'paragraph' || next?.type !== 'code' || next.lang !== 'mermaid') return;
    if (!plainText(node).trim().startsWith(GENERATED)) return;
    cuts.push([node.position?.start.offset ?? 0, next.position?.end.offset ?? 0]);
  });
  let out = text;
  for (const [start, end] of cuts.reverse()) out = out.slice(0, start) + out.slice(end);
  return out;
}
