/**
 * The elements of a C4 diagram (people, systems, containers, components). Boundaries and
 * deployment nodes are left out: they group elements, they are not components to describe.
 */
import type { DiagramNode, FlowGraph, GraphEdge, GraphNode } from './flowchart';
import { cleanLabel } from './labels';

const ELEMENT =
  /^[^\S\n]*(Person|(?:System|Container|Component)(?:Db|Queue)?)(?:_Ext)?[^\S\n]*\(/gm;
const RELATION = /^[^\S\n]*(?:Bi)?Rel(?:_(?:Back|Neighbor|[UDLR]|Up|Down|Left|Right))?[^\S\n]*\(/gm;

/** The arguments of a macro call, split at commas outside quotes; `pos` is after the `(`. */
function callArguments(code: string, pos: number): string[] {
  const args: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = pos; i < code.length; i++) {
    const c = code[i];
    if (c === '"') quoted = !quoted;
    if (!quoted && (c === ')' || c === ',')) {
      args.push(current.trim());
      if (c === ')') return args;
      current = '';
    } else current += c;
  }
  args.push(current.trim());
  return args;
}

const unquote = (text: string): string => text.replace(/^"([\s\S]*)"$/, '$1');

export function c4Nodes(code: string): DiagramNode[] {
  return c4Graph(code).nodes.map(({ id, label }) => ({ id, label }));
}

/** The elements, each with its macro as its shape (`ContainerDb` is a data store), and the
 * relations between them. */
export function c4Graph(code: string): FlowGraph {
  const nodes = new Map<string, GraphNode>();
  for (const match of code.matchAll(ELEMENT)) {
    const [alias = '', label = ''] = callArguments(code, match.index + match[0].length);
    const id = unquote(alias).trim();
    // A named argument ($tags="…") in second place means the label was left out.
    const text = label.startsWith('$') ? '' : cleanLabel(unquote(label));
    const shape = match[1] ?? '';
    if (id !== '' && !nodes.has(id)) nodes.set(id, { id, label: text || id, shape });
  }
  const edges: GraphEdge[] = [];
  for (const match of code.matchAll(RELATION)) {
    const [from = '', to = '', label = ''] = callArguments(code, match.index + match[0].length);
    const [a, b] = [unquote(from).trim(), unquote(to).trim()];
    if (nodes.has(a) && nodes.has(b)) {
      edges.push({ from: a, to: b, label: cleanLabel(unquote(label)) });
    }
  }
  return { nodes: [...nodes.values()], edges };
}
