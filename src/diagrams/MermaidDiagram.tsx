import { lazy, Suspense, useLayoutEffect, useRef, useState } from 'react';
import { authoredLine, diagramTitle } from '../core/mermaid/accessibility';
import { downloadBlob, fileSlug } from '../ui/download';
import { Icon } from '../ui/icons/Icon';
import { DiagramViewer } from './DiagramViewer';
import { pngFile, svgFile, type PngBackground } from './exportDiagram';
import { keptResult, renderDiagram, type DiagramResult } from './mermaidRuntime';
import { OFF_SCREEN_MS, redrawDelay } from './schedule';
import { sinceInput } from './typing';
import { useOnScreen } from '../ui/useOnScreen';
import './diagram.css';

interface State {
  /** The source `result` is about; while it differs from the current one, a drawing is due. */
  drawn: string | null;
  result: DiagramResult | null;
  /** The last diagram that drew, kept on screen (dimmed) while the text is broken. */
  lastGood: string | null;
}

const OpenInMermaidLive = lazy(() => import('./OpenInMermaidLive'));

/** A Mermaid block of the preview: the SVG with its tools, or the error in place with its line. */
export function MermaidDiagram({ source }: { source: string }) {
  const [state, setState] = useState<State>({ drawn: null, result: null, lastGood: null });
  const figure = useRef<HTMLElement>(null);
  const onScreen = useOnScreen(figure);
  // When the text last changed or a drawing last ended (see redrawDelay), and what was drawn.
  const lastActivity = useRef<number | null>(null);
  const changedFrom = useRef<string | null>(null);
  const drawnSource = useRef<string | null>(null);

  // A figure's first drawing may be one kept from an earlier visit: it is looked up at once,
  // before it is known whether the figure is on screen (which takes a frame to learn).
  useLayoutEffect(() => {
    if (drawnSource.current !== null) return;
    let wanted = true;
    void keptResult(source).then((result) => {
      if (!wanted || !result?.ok || drawnSource.current !== null) return;
      drawnSource.current = source;
      setState({ drawn: source, result, lastGood: result.svg });
    });
    return () => {
      wanted = false;
    };
  }, [source]);

  // A layout effect: the drawing is asked for as soon as the new text is in the DOM, not after
  // the browser has painted it (a frame later).
  useLayoutEffect(() => {
    if (onScreen === null || drawnSource.current === source) return;
    const now = performance.now();
    const delay = redrawDelay(now, lastActivity.current, onScreen);
    if (changedFrom.current !== source) {
      changedFrom.current = source;
      if (lastActivity.current !== null) lastActivity.current = now;
    }
    // Aborted when the text changes again or the figure scrolls into view: a drawing still
    // waiting for its turn is then dropped, not drawn for nothing.
    const wanted = new AbortController();
    const draw = async () => {
      // Read by `npm run bench`: when the drawing was asked for.
      performance.mark('archbench:draw-asked');
      const result = await renderDiagram(source, {
        urgent: onScreen,
        signal: wanted.signal,
        // Only a figure's first drawing can be one kept from an earlier visit: while typing,
        // the text is new.
        kept: drawnSource.current === null,
      });
      if (wanted.signal.aborted) return;
      drawnSource.current = source;
      lastActivity.current = performance.now();
      setState((s) => ({ drawn: source, result, lastGood: result.ok ? result.svg : s.lastGood }));
    };
    // Off screen, the wait lasts until typing anywhere has stopped for OFF_SCREEN_MS.
    const whenQuiet = () => {
      const wait = OFF_SCREEN_MS - sinceInput();
      if (wait > 0) timer = setTimeout(whenQuiet, wait);
      else void draw();
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    if (delay === 0) void draw();
    else timer = setTimeout(onScreen ? () => void draw() : whenQuiet, delay);
    return () => {
      wanted.abort();
      clearTimeout(timer);
    };
  }, [source, onScreen]);

  const { result, lastGood } = state;
  const svg = result?.ok ? result.svg : lastGood;
  // The preview draws the exported diagram, text alternative included; errors name the line
  // the author wrote, as the editor does.
  const line =
    result && !result.ok && result.line !== undefined
      ? authoredLine(source, result.line)
      : undefined;
  const message =
    result && !result.ok
      ? result.message.replace(/\bline \d+/, line !== undefined ? `line ${line}` : '$&')
      : '';
  const title = diagramTitle(source) ?? 'Diagram';
  return (
    <figure
      ref={figure}
      className="diagram"
      aria-label={title}
      data-state={state.drawn !== source ? 'pending' : result?.ok ? 'ok' : 'error'}
      // For tests and tools that need to know which text the figure shows, and whether its
      // drawing was kept from an earlier visit.
      data-source-end={source.trimEnd().slice(-48)}
      data-kept={result?.ok && result.kept ? 'true' : undefined}
    >
      {svg && <DiagramTools svg={svg} title={title} source={source} />}
      {svg ? (
        <div
          className={result?.ok === false ? 'diagram__svg diagram__svg--stale' : 'diagram__svg'}
          // Mermaid's output under securityLevel "strict" is sanitised by Mermaid (DOMPurify).
          dangerouslySetInnerHTML={{ __html: svg }}
        />
      ) : (
        result === null && <div className="diagram__loading">Drawing diagram…</div>
      )}
      {result && !result.ok && (
        <figcaption className="diagram__error">
          <strong>
            Diagram error{line !== undefined ? ` on line ${line}` : ''}
            {svg ? ' (showing the last diagram that worked)' : ''}:
          </strong>
          <pre>{message}</pre>
        </figcaption>
      )}
    </figure>
  );
}

function DiagramTools({ svg, title, source }: { svg: string; title: string; source: string }) {
  const [background, setBackground] = useState<PngBackground>('white');
  const [viewing, setViewing] = useState(false);
  const [problem, setProblem] = useState('');
  const name = fileSlug(title);

  const downloadPng = () => {
    setProblem('');
    pngFile(svg, background).then(
      (png) => downloadBlob(png, `${name}.png`),
      (error: unknown) => setProblem(error instanceof Error ? error.message : String(error)),
    );
  };

  return (
    <div className="diagram__tools" role="toolbar" aria-label={`${title} tools`}>
      <button
        type="button"
        className="button button--small"
        aria-label="Download SVG"
        title="Download SVG"
        onClick={() => downloadBlob(svgFile(svg, title), `${name}.svg`)}
      >
        <Icon name="download" size={14} /> SVG
      </button>
      <button
        type="button"
        className="button button--small"
        aria-label="Download PNG"
        title="Download PNG (twice the size)"
        onClick={downloadPng}
      >
        <Icon name="download" size={14} /> PNG
      </button>
      <select
        className="select select--small"
        aria-label="PNG background"
        value={background}
        onChange={(e) => setBackground(e.target.value as PngBackground)}
      >
        <option value="white">on white</option>
        <option value="transparent">transparent</option>
      </select>
      <button
        type="button"
        className="button button--small"
        aria-label="Full screen"
        title="Full screen"
        onClick={() => setViewing(true)}
      >
        <Icon name="expand" size={14} />
      </button>
      <Suspense fallback={null}>
        <OpenInMermaidLive source={source} />
      </Suspense>
      {problem && <span role="alert">{problem}</span>}
      {viewing && <DiagramViewer svg={svg} title={title} onClose={() => setViewing(false)} />}
    </div>
  );
}
