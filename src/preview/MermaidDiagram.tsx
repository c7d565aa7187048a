import { useEffect, useState } from 'react';
import { renderDiagram, type DiagramResult } from './mermaid';

interface State {
  source: string;
  result: DiagramResult | null;
  /** The last diagram that drew, kept on screen while the text is broken. */
  lastGood: string | null;
}

/** A Mermaid block of the preview: the SVG, or the error in place with its line. */
export function MermaidDiagram({ source }: { source: string }) {
  const [state, setState] = useState<State>({ source: '', result: null, lastGood: null });

  useEffect(() => {
    let current = true;
    void renderDiagram(source).then((result) => {
      if (!current) return;
      setState((s) => ({ source, result, lastGood: result.ok ? result.svg : s.lastGood }));
    });
    return () => {
      current = false;
    };
  }, [source]);

  const { result, lastGood } = state;
  const svg = result?.ok ? result.svg : lastGood;
  return (
    <figure
      className="diagram"
      data-state={result === null ? 'loading' : result.ok ? 'ok' : 'error'}
    >
      {svg ? (
        // Mermaid's output under securityLevel "strict" is sanitised by Mermaid (DOMPurify).
        <div
          className={result?.ok === false ? 'diagram__svg diagram__svg--stale' : 'diagram__svg'}
          dangerouslySetInnerHTML={{ __html: svg }}
        />
      ) : (
        result === null && <div className="diagram__loading">Drawing diagram…</div>
      )}
      {result && !result.ok && (
        <figcaption className="diagram__error">
          <strong>
            Diagram error{result.line !== undefined ? ` on line ${result.line}` : ''}:
          </strong>
          <pre>{result.message}</pre>
        </figcaption>
      )}
    </figure>
  );
}
