import { codeBlock } from '../markdown/blocks';
import { withTextAlternative } from './accessibility';
import { diagramNodes } from './nodes';

/**
 * A diagram field as a ```mermaid block that carries its text alternative: the title is the
 * subsection's name, the description the summary given or a list of what the diagram draws
 * ("Components: Web Client, Load Balancer, ..."), so the SVG in the preview, in the exports
 * and on GitHub can be read out.
 */
export function diagramBlock(
  source: string,
  title: string,
  kind: string,
  summary?: string,
): string {
  if (!source.trim()) return '';
  const labels = [
    ...new Set(
      diagramNodes(source)
        .map((n) => n.label.trim())
        .filter(Boolean),
    ),
  ];
  const description = summary ?? (labels.length ? `${kind}: ${labels.join(', ')}` : undefined);
  return codeBlock('mermaid', withTextAlternative(source, { title, description }));
}
