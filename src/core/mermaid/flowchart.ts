/**
 * The nodes of a flowchart, read the way Mermaid's flowchart grammar reads them, without
 * Mermaid: the component table is checked against the diagram on every keystroke, and the
 * pure core cannot load Mermaid.
 */
import { cleanLabel } from './labels';

export interface DiagramNode {
  id: string;
  label: string;
}

/** Shape openers with their closers, longest first so `((` wins over `(`. */
const SHAPES: [string, string[]][] = [
  ['(((', [')))']],
  ['((', ['))']],
  ['([', ['])']],
  ['(-', ['-)']],
  ['[[', [']]']],
  ['[(', [')]']],
  ['[/', ['/]', '\\]']],
  ['[\\', ['\\]', '/]']],
  ['{{', ['}}']],
  ['(', [')']],
  ['[', [']']],
  ['{', ['}']],
  ['>', [']']],
];

const HEADER = /(?:graph|flowchart(?:-v2|-elk)?)\b[^\S\n]*(?:TB|TD|BT|RL|LR|[<>^v])?/y;
const SKIPPED = /(?:direction|classDef|class|style|linkStyle|click|end)(?=[\s;]|$)/y;
/** Accessibility text runs to the end of its line (or block), `;` included. */
const ACCESSIBILITY = /acc(?:Title|Descr)\s*:[^\n]*|accDescr\s*\{[^}]*\}?/y;
const SUBGRAPH = /subgraph[^\S\n]+(?:"([^"\n]*)"|([^\n[;]*))/y;
/** Mermaid's LINK tokens: -->, ---, --x, <-->, ==>, -.->, -.-, ~~~ and longer forms. */
const LINK = /[<xo]?(?:-{2,}[->xo]|={2,}[=>xo]|-?\.+-[>xo]?|~{3,})/y;
/** The start of a link with text in it (`-- text -->`), with the end it waits for. */
const TEXT_LINK: [RegExp, RegExp][] = [
  [/[<xo]?--/y, /-{2,}[->xo]/g],
  [/[<xo]?==/y, /={2,}[=>xo]/g],
  [/[<xo]?-\./y, /\.+-[>xo]?/g],
];
const EDGE_ID = /[\w-]+@(?=[<xo]?[-=~.])/y;
const ID_END = /[\s[\](){}<>|&;,"'`@:]/;

/** Scans one flowchart's code (front matter, directives and comment lines already gone). */
export function flowchartNodes(code: string): DiagramNode[] {
  let pos = 0;
  const order: string[] = [];
  const labels = new Map<string, string>();
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

  const readShape = (): string | undefined => {
    const shape = SHAPES.find(([open]) => code.startsWith(open, pos));
    if (!shape) return undefined;
    const [open, closers] = shape;
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
  const readMetadata = (): string | undefined => {
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
    const value = /(?:^|[\s,{])label\s*:\s*(?:"([^"]*)"|'([^']*)'|([^,}\n]*))/.exec(body);
    return value ? (value[1] ?? value[2] ?? value[3] ?? '').trim() : undefined;
  };

  const readNode = (): boolean => {
    const id = readId();
    if (id === '') return false;
    let label: string | undefined;
    if (code.startsWith('@{', pos)) {
      pos += 2;
      label = readMetadata();
    } else label = readShape();
    if (code.startsWith(':::', pos)) {
      pos += 3;
      readId();
    }
    if (!labels.has(id)) order.push(id);
    if (label !== undefined || !labels.has(id)) labels.set(id, label ?? labels.get(id) ?? '');
    return true;
  };

  const readGroup = (): boolean => {
    if (!readNode()) return false;
    skipSpaces();
    while (code[pos] === '&') {
      pos++;
      skipSpaces();
      readNode();
      skipSpaces();
    }
    return true;
  };

  const readLink = (): boolean => {
    const edgeId = at(EDGE_ID);
    if (edgeId) edgeIds.add(edgeId[0].slice(0, -1));
    if (!at(LINK)) {
      const textLink = TEXT_LINK.find(([start]) => {
        start.lastIndex = pos;
        return start.test(code);
      });
      if (!textLink) return false;
      const [start, end] = textLink;
      pos = start.lastIndex;
      end.lastIndex = pos;
      const close = end.exec(code);
      pos = close ? close.index + close[0].length : code.length;
    }
    skipSpaces();
    if (code[pos] === '|') {
      pos++;
      readUntil(['|']);
    }
    return true;
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
      while (readGroup()) {
        skipSpaces();
        if (!readLink()) break;
        skipSpaces();
      }
      skipStatement();
      continue;
    }
    skipStatement();
  }

  return order
    .filter((id) => !subgraphs.has(id) && !edgeIds.has(id))
    .map((id) => ({ id, label: cleanLabel(labels.get(id) ?? '') || id }));
}
