import { useMemo } from 'react';
import { Icon } from '../ui/icons/Icon';
import { mermaidLiveLink } from './mermaidLive';

/**
 * A link that opens the diagram in Mermaid Live, in a new tab. The diagram travels in the
 * link's fragment: following it is the user's own navigation, and the app sends nothing.
 * Loaded on demand (React.lazy) with the encoder and fflate.
 */
export default function OpenInMermaidLive({ source }: { source: string }) {
  const href = useMemo(() => mermaidLiveLink(source), [source]);
  return (
    <a
      className="button button--small"
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      aria-label="Open in Mermaid Live"
      title="Open in Mermaid Live (new tab)"
    >
      <Icon name="external" size={14} /> Mermaid Live
    </a>
  );
}
