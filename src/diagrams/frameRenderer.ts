import mermaidScript from 'mermaid/dist/mermaid.min.js?url';

/**
 * Mermaid off the app's main thread: public/renderer/ in a sandboxed frame (scripts only, an
 * opaque origin) lays diagrams out and sends back the SVG or the error; this page only inserts
 * the result. Where the browser puts sandboxed frames in a process of their own (Chromium
 * does), typing never waits for a layout. Where the frame cannot start (its files unreachable,
 * offline: a sandboxed frame's requests bypass the service worker), `frameRenderer()` gives
 * null and Mermaid runs on this page as before.
 */
export type FrameReply = { ok: true; svg?: string } | { ok: false; message: string };

export interface FrameRenderer {
  request(kind: 'parse' | 'render', source: string, renderId: string): Promise<FrameReply>;
}

/** How long the frame's own small script may take to answer once the frame has loaded. */
const READY_MS = 3000;
/** How long Mermaid (3.5 MB) may take to load and start in the frame. */
const START_MS = 30_000;
/** A drawing that takes longer is given up, and the frame (which may be stuck) replaced. */
export const TOO_LONG_MS = 30_000;

let starting: Promise<FrameRenderer | null> | null = null;

/** The frame, started on first use with Mermaid's settings; null where it cannot run. */
export function frameRenderer(settings: unknown): Promise<FrameRenderer | null> {
  starting ??= start(settings);
  return starting;
}

function start(settings: unknown): Promise<FrameRenderer | null> {
  if (typeof document === 'undefined' || typeof window === 'undefined') {
    return Promise.resolve(null);
  }
  // For comparisons (npm run bench): ?render-on-page draws as browsers without the frame do.
  if (new URLSearchParams(window.location.search).has('render-on-page')) {
    return Promise.resolve(null);
  }
  const started: Promise<FrameRenderer | null> = new Promise((resolve) => {
    const iframe = document.createElement('iframe');
    iframe.setAttribute('sandbox', 'allow-scripts');
    iframe.setAttribute('aria-hidden', 'true');
    iframe.tabIndex = -1;
    iframe.title = 'Diagram renderer';
    // Laid out (Mermaid measures its labels) but out of sight; never display: none.
    iframe.style.cssText =
      'position:fixed;left:-10000px;top:0;width:2000px;height:2000px;border:0;visibility:hidden;';
    const waiting = new Map<number, (reply: FrameReply) => void>();
    let next = 0;
    let ready = false;
    const give = (renderer: FrameRenderer | null) => {
      clearTimeout(startTimer);
      if (!renderer) {
        window.removeEventListener('message', onMessage);
        iframe.remove();
      }
      resolve(renderer);
    };
    // A diagram that sends Mermaid into an endless layout stops the frame, not the app: it is
    // answered with an error, and the next request starts a fresh frame.
    const replace = () => {
      window.removeEventListener('message', onMessage);
      iframe.remove();
      if (starting === started) starting = null;
    };
    const renderer: FrameRenderer = {
      request: (kind, source, renderId) =>
        new Promise((answer) => {
          const id = ++next;
          const timer = setTimeout(() => {
            waiting.delete(id);
            replace();
            answer({
              ok: false,
              message: `Drawing this diagram took longer than ${TOO_LONG_MS / 1000} seconds and was stopped.`,
            });
          }, TOO_LONG_MS);
          waiting.set(id, (reply) => {
            clearTimeout(timer);
            answer(reply);
          });
          iframe.contentWindow?.postMessage({ id, kind, source, renderId }, '*');
        }),
    };
    const onMessage = (event: MessageEvent<unknown>) => {
      if (event.source !== iframe.contentWindow || !isRecord(event.data)) return;
      const data = event.data;
      if (data.type === 'ready') {
        ready = true;
        const mermaid = new URL(mermaidScript, window.location.href).href;
        iframe.contentWindow?.postMessage({ type: 'init', mermaid, settings }, '*');
      } else if (data.type === 'initialized') give(renderer);
      else if (data.type === 'failed') give(null);
      else if (typeof data.id === 'number') {
        const answer = waiting.get(data.id);
        waiting.delete(data.id);
        answer?.(replyOf(data));
      }
    };
    window.addEventListener('message', onMessage);
    // A frame whose page did not load (an error page) never says it is ready.
    iframe.addEventListener('load', () => {
      setTimeout(() => {
        if (!ready) give(null);
      }, READY_MS);
    });
    const startTimer = setTimeout(() => give(null), START_MS);
    iframe.src = `${import.meta.env.BASE_URL}renderer/index.html`;
    document.body.append(iframe);
  });
  return started;
}

// The frame's answers are read as untrusted data: only the fields expected, of their types.
function replyOf(data: Record<string, unknown>): FrameReply {
  if (data.ok === true)
    return typeof data.svg === 'string' ? { ok: true, svg: data.svg } : { ok: true };
  return { ok: false, message: typeof data.message === 'string' ? data.message : 'Unknown error' };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
