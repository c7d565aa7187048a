import { useEffect, useRef, useState } from 'react';
import { renderDiagram, type DiagramResult } from './mermaid';

interface State {
  result: DiagramResult | null;
  /** The last diagram that drew, kept on screen while the text is broken. */
  lastGood: string | null;
}

const TYPING_PAUSE_MS = 150;

/** A Mermaid block of the preview: the SVG, or the error in place with its line. */
export function MermaidDiagram({ source }: { source: string }) {
  const [state, setState] = useState<State>({ result: null, lastGood: null });
  const drawnOnce = useRef(false);

  // While the text changes (typing), wait for a pause before drawing, so renders of text
  // that is already outdated do not queue up; the first drawing starts at once.
  useEffect(() => {
    let current = true;
    const timer = setTimeout(
      () =>
        void renderDiagram(source).then((result) => {
          if (!current) return;
          drawnOnce.current = true;
          setState((s) => ({ result, lastGood: result.ok ? result.svg : s.lastGood }));
        }),
      drawnOnce.current ? TYPING_PAUSE_MS : 0,
    );
    return () => {
      current = false;
      clearTimeout(timer);
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
