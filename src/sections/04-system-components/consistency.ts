import { diagramNodes } from '../../core/mermaid/nodes';
import type { SystemComponents } from './model';

const key = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * How 4.1 and 4.2 agree: nodes of the diagram without a description row, and rows that name
 * no node. Names match ignoring case and spacing.
 */
export function componentConsistency(data: SystemComponents): {
  undescribed: string[];
  notInDiagram: string[];
} {
  const labels = [
    ...new Set(
      diagramNodes(data.diagram)
        .map((n) => n.label.trim())
        .filter(Boolean),
    ),
  ];
  const described = new Set(data.components.map((c) => key(c.component)).filter(Boolean));
  const drawn = new Set(labels.map(key));
  return {
    undescribed: labels.filter((label) => !described.has(key(label))),
    notInDiagram: data.components
      .map((c) => c.component.trim())
      .filter((name) => name && !drawn.has(key(name))),
  };
}
