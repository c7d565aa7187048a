import type { Nodes, Table } from 'mdast';
import { parseMarkdown } from '../../../core/markdown/parse';
import { linesOf, plainText, withoutLines, type Line } from './markdown';
import { refOf, type LinkRef } from './refs';
import { SUPERSEDED_BY, SUPERSEDES } from './status';

/** What a file writes between its title and its first section. */
export interface Preamble {
  /** "Status: x", "Date: y", "Deciders: z" (lower-case keys), each with its value's links. */
  facts: Map<string, { line: Line; source: string }>;
  supersedes: LinkRef | null;
  supersededBy: LinkRef | null;
  /** The rest, as Markdown. */
  text: string;
}

const FACT = /^(status|deciders|decision-makers|date)\s*:\s*(.*)$/i;
const FACT_CELL = /^(status|deciders|decision-makers|date)\s*:?$/i;

/** Paragraph lines at the top level and in top-level lists ("* Status: accepted"). */
function lineBlocks(node: Nodes): Line[] {
  if (node.type === 'paragraph') return linesOf(node.children);
  if (node.type === 'list')
    return node.children.flatMap((item) => item.children.flatMap(lineBlocks));
  return [];
}

/** Tables of facts, bare or quoted ("> | Status | `RFC` |", NHS England's layout). */
function tablesIn(node: Nodes): Table[] {
  if (node.type === 'table') return [node];
  if (node.type === 'blockquote') return node.children.flatMap(tablesIn);
  return [];
}

/**
 * Facts and supersede links written under the title: MADR 2's "* Status: ..." list, Nygard's
 * "Date: ..." line, our own "Supersedes [ADR-0002](...)" lines, a two-column table of facts.
 * The lines read are taken out of the text; a table stays, as it may say more than that.
 */
export function readPreamble(text: string): Preamble {
  const tree = parseMarkdown(text);
  const source = text.split('\n');
  const preamble: Preamble = { facts: new Map(), supersedes: null, supersededBy: null, text: '' };
  const used = new Set<number>();
  for (const line of tree.children.flatMap(lineBlocks)) {
    const src = source[line.line - 1]?.trim() ?? line.text;
    const fact = FACT.exec(line.text);
    const by = fact ? null : SUPERSEDED_BY.exec(line.text);
    const sup = fact || by ? null : SUPERSEDES.exec(line.text);
    const ref = by || sup ? refOf((by ?? sup)?.[1] ?? '', line.links, src) : null;
    if (fact?.[1]) {
      const value = { ...line, text: (fact[2] ?? '').trim() };
      preamble.facts.set(fact[1].toLowerCase(), { line: value, source: src });
    } else if (ref && by && !preamble.supersededBy) preamble.supersededBy = ref;
    else if (ref && sup && !preamble.supersedes) preamble.supersedes = ref;
    else continue;
    used.add(line.line);
  }
  for (const row of tree.children.flatMap(tablesIn).flatMap((t) => t.children)) {
    const [key, value] = row.children.map((cell) => plainText(cell).trim());
    const name = FACT_CELL.exec(key ?? '')?.[1]?.toLowerCase();
    const cell = row.children[1];
    if (!name || value === undefined || !cell || preamble.facts.has(name)) continue;
    const line: Line = { line: row.position?.start.line ?? 1, text: value, links: [] };
    preamble.facts.set(name, {
      line: { ...line, links: linesOf(cell.children)[0]?.links ?? [] },
      source: value,
    });
  }
  preamble.text = withoutLines(text, used);
  return preamble;
}
