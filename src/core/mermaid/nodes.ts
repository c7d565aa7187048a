/**
 * The components a diagram draws, by name, so the component table (4.2) can be checked
 * against the component diagram (4.1). Only flowcharts and C4 diagrams name components;
 * other diagram types give none.
 */
import { c4Graph, c4Nodes } from './c4';
import { flowchartGraph, flowchartNodes, type DiagramNode, type FlowGraph } from './flowchart';
import { diagramKeyword, isFlowchart, preprocess } from './preprocess';

export type { DiagramNode, FlowGraph, GraphEdge, GraphNode } from './flowchart';

const C4 = /^C4(?:Context|Container|Component|Dynamic|Deployment)$/;

export function diagramNodes(source: string): DiagramNode[] {
  const code = preprocess(source).text;
  const keyword = diagramKeyword(code);
  if (isFlowchart(keyword)) return flowchartNodes(code);
  if (C4.test(keyword)) return c4Nodes(code);
  return [];
}

/** The nodes with their shapes and the links between them (flowcharts and C4 diagrams). */
export function diagramGraph(source: string): FlowGraph {
  const code = preprocess(source).text;
  const keyword = diagramKeyword(code);
  if (isFlowchart(keyword)) return flowchartGraph(code);
  if (C4.test(keyword)) return c4Graph(code);
  return { nodes: [], edges: [] };
}
