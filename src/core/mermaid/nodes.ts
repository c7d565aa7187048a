/**
 * The components a diagram draws, by name, so the component table (4.2) can be checked
 * against the component diagram (4.1). Only flowcharts and C4 diagrams name components;
 * other diagram types give none.
 */
import { c4Nodes } from './c4';
import { flowchartNodes, type DiagramNode } from './flowchart';
import { diagramKeyword, isFlowchart, preprocess } from './preprocess';

export type { DiagramNode } from './flowchart';

const C4 = /^C4(?:Context|Container|Component|Dynamic|Deployment)$/;

export function diagramNodes(source: string): DiagramNode[] {
  const code = preprocess(source).text;
  const keyword = diagramKeyword(code);
  if (isFlowchart(keyword)) return flowchartNodes(code);
  if (C4.test(keyword)) return c4Nodes(code);
  return [];
}
