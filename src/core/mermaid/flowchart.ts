/**
 * The nodes of a flowchart, read the way Mermaid's flowchart grammar reads them, without
 * Mermaid: the component table is checked against the diagram on every keystroke, and the
 * pure core cannot load Mermaid.
 */
import { cleanLabel } from './labels';
import {
  ACCESSIBILITY,
  EDGE_ID,
  HEADER,
  ID_END,
  LINK,
  SHAPES,
  SKIPPED,
  SUBGRAPH,
  TEXT_LINK,
} from './flowchartTokens';

export interface DiagramNode {
  id: string;
  label: string;
}

/** A node with the shape it is drawn in: the opener (`[(` is a cylinder) or `@{ shape }`. */
export interface GraphNode extends DiagramNode {
  shape: string;
}

/** A link between two nodes, by id, with its text ('' when none). */
export interface GraphEdge {
  from: string;
  to: string;
  label: string;
}

export interface FlowGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** The nodes of a flowchart, by id and label. */
export function flowchartNodes(code: string): DiagramNode[] {
  return flowchartGraph(code).nodes.map(({ id, label }) => ({ id, label }));
}

/** Scans one flowchart's code (front matter, directives and comment lines already gone). */
export function flowchartGraph(code: string): FlowGraph {
  let pos = 0;
  const order: string[] = [];
  const labels = new Map<string, string>();
  const shapes = new Map<string, string>();
  const edges: GraphEdge[] = [];
  const subgraphs = new Set<string>();
  const edgeIds = new Set<string>();

  const at = (pattern: RegExp): RegExpExecArray | null => {
    pattern.lastIndex = pos;
    const match = pattern.exec(code);
    if (match) pos += match[0].length;
    return match;
  };
  const skipSpaces = (): void => {
    while (pos < code.length && /[^\S\n]/.test(code[pos] ?? '')) pos++;
  };
  /** To the end of the statement: a newline or a `;` outside quotes. */
  const skipStatement = (): void => {
    let quoted = false;
    while (pos < code.length) {
      const c = code[pos];
      if (c === '"') quoted = !quoted;
      else if (!quoted && (c === '\n' || c === ';')) return;
      pos++;
    }
  };
  const readUntil = (closers: string[]): string => {
    const ends = closers.map((c) => code.indexOf(c, pos)).filter((i) => i >= 0);
    const end = ends.length > 0 ? Math.min(...ends) : code.length;
    const text = code.slice(pos, end);
    const closer = closers.find((c) => code.startsWith(c, end));
    pos = end + (closer?.length ?? 0);
    return text;
  };

  const readId = (): string => {
    const start = pos;
    while (pos < code.length) {
      const c = code[pos] ?? '';
      const next = code[pos + 1] ?? '';
      if (ID_END.test(c)) break;
      // A dash or dot inside an id (sid-B36…) is fine; one that starts a link is not.
      if ((c === '-' && /[-.>]/.test(next)) || (c === '.' && next === '-')) break;
      if ((c === '=' && next === '=') || (c === '~' && next === '~')) break;
      pos++;
    }
    return code.slice(start, pos);
  };

  const readShape = (id: string): string | undefined => {
    const shape = SHAPES.find(([open]) => code.startsWith(open, pos));
    if (!shape) return undefined;
    const [open, closers] = shape;
    shapes.set(id, open);
    pos += open.length;
    skipSpaces();
    if (code[pos] === '"') {
      pos++;
      const text = readUntil(['"']);
      skipSpaces();
      readUntil(closers);
      return text;
    }
    return readUntil(closers);
  };

  /** `@{ shape: cyl, label: "Orders DB" }`: the label, if the block gives one. */
  const readMetadata = (id: string): string | undefined => {
    const start = pos;
    let quote = '';
    while (pos < code.length && (quote !== '' || code[pos] !== '}')) {
      const c = code[pos] ?? '';
      if (quote === '' && (c === '"' || c === "'")) quote = c;
      else if (c === quote) quote = '';
      pos++;
    }
    const body = code.slice(start, pos);
    pos++;
    const shape = /(?:^|[\s,{])shape\s*:\s*["']?([\w-]+)/.exec(body)?.[1];
    if (shape) shapes.set(id, shape);
    const value = /(?:^|[\s,{])label\s*:\s*(?:"([^"]*)"|'([^']*)'|([^,}\n]*))/.exec(body);
    return value ? (value[1] ?? value[2] ?? value[3] ?? '').trim() : undefined;
  };

  const readNode = (): string => {
    const id = readId();
    if (id === '') return '';
    let label: string | undefined;
    if (code.startsWith('@{', pos)) {
      pos += 2;
      label = readMetadata(id);
    } else label = readShape(id);
    if (code.startsWith(':::', pos)) {
      pos += 3;
      readId();
    }
    if (!labels.has(id)) order.push(id);
    if (label !== undefined || !labels.has(id)) labels.set(id, label ?? labels.get(id) ?? '');
    return id;
  };

  /** `a & b`: the ids of the group, none when no node starts here. */
  const readGroup = (): string[] => {
    const first = readNode();
    if (!first) return [];
    const ids = [first];
    skipSpaces();
    while (code[pos] === '&') {
      pos++;
      skipSpaces();
      const id = readNode();
      if (id) ids.push(id);
      skipSpaces();
    }
    return ids;
  };

  /** A link and its text; undefined when no link starts here. */
  const readLink = (): string | undefined => {
    const edgeId = at(EDGE_ID);
    if (edgeId) edgeIds.add(edgeId[0].slice(0, -1));
    let text = '';
    if (!at(LINK)) {
      const textLink = TEXT_LINK.find(([start]) => {
        start.lastIndex = pos;
        return start.test(code);
      });
      if (!textLink) return undefined;
      const [start, end] = textLink;
      pos = start.lastIndex;
      end.lastIndex = pos;
      const close = end.exec(code);
      text = code.slice(pos, close ? close.index : code.length);
      pos = close ? close.index + close[0].length : code.length;
    }
    skipSpaces();
    if (code[pos] === '|') {
      pos++;
      text = readUntil(['|']);
    }
    return cleanLabel(text.trim().replace(/^"([\s\S]*)"$/, '$1'));
  };

  while (pos < code.length) {
    while (pos < code.length && /[\s;]/.test(code[pos] ?? '')) pos++;
    if (pos >= code.length) break;
    const subgraph = at(SUBGRAPH);
    if (subgraph) {
      // Like Mermaid: a title with spaces and no separate id gives the subgraph no id.
      const id = (subgraph[1] ?? subgraph[2] ?? '').trim();
      if (!/\s/.test(id)) subgraphs.add(id);
    } else if (code.startsWith('%%', pos) || at(ACCESSIBILITY)) {
      // Comments and accessibility text run to the end of the line, `;` included.
      const newline = code.indexOf('\n', pos);
      pos = newline < 0 ? code.length : newline;
    } else if (!at(HEADER) && !at(SKIPPED)) {
      let from = readGroup();
      while (from.length > 0) {
        skipSpaces();
        const label = readLink();
        if (label === undefined) break;
        skipSpaces();
        const to = readGroup();
        for (const a of from) for (const b of to) edges.push({ from: a, to: b, label });
        from = to;
      }
      skipStatement();
      continue;
    }
    skipStatement();
  }

  const isNode = (id: string) => !subgraphs.has(id) && !edgeIds.has(id);
  return {
    nodes: order.filter(isNode).map((id) => ({
      id,
      label: cleanLabel(labels.get(id) ?? '') || id,
      shape: shapes.get(id) ?? '',
    })),
    edges: edges.filter((e) => isNode(e.from) && isNode(e.to)),
  };
}
