import type { Mermaid } from 'mermaid';

export type DiagramResult =
  { ok: true; svg: string } | { ok: false; message: string; line: number | undefined };

let loading: Promise<Mermaid> | null = null;

/** Mermaid is ~160 kB gzip: loaded on first use, through this one dynamic import. */
function loadMermaid(): Promise<Mermaid> {
  loading ??= import('mermaid').then(({ default: mermaid }) => {
    mermaid.initialize({
      startOnLoad: false,
      // "strict" encodes HTML in labels and disables click callbacks: diagrams are user input.
      securityLevel: 'strict',
      suppressErrorRendering: true,
      theme: 'neutral',
      fontFamily: 'ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    });
    return mermaid;
  });
  return loading;
}

/** "Parse error on line 3: ..." → 3. */
export function errorLine(message: string): number | undefined {
  const match = /\bline (\d+)/i.exec(message);
  return match ? Number(match[1]) : undefined;
}

function messageOf(error: unknown): string {
  const raw =
    error instanceof Error ? error.message : typeof error === 'string' ? error : 'Unknown error';
  return raw.trim() || 'The diagram could not be drawn.';
}

const cache = new Map<string, Promise<DiagramResult>>();
const CACHE_LIMIT = 64;
let queue: Promise<unknown> = Promise.resolve();
let counter = 0;

/**
 * Renders Mermaid source to SVG. Renders run one at a time (Mermaid keeps global state while
 * rendering) and are cached by source, so an unchanged diagram is never drawn twice.
 */
export function renderDiagram(source: string): Promise<DiagramResult> {
  const cached = cache.get(source);
  if (cached) {
    cache.delete(source);
    cache.set(source, cached);
    return cached;
  }
  const job = queue.then(() => renderNow(source));
  queue = job.catch(() => undefined);
  cache.set(source, job);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  return job;
}

async function renderNow(source: string): Promise<DiagramResult> {
  const mermaid = await loadMermaid();
  const id = `archbench-diagram-${++counter}`;
  try {
    await mermaid.parse(source);
    const { svg } = await mermaid.render(id, source);
    return { ok: true, svg };
  } catch (error) {
    const message = messageOf(error);
    return { ok: false, message, line: errorLine(message) };
  } finally {
    // A failed render can leave its scratch element in the body.
    document.getElementById(id)?.remove();
    document.getElementById(`d${id}`)?.remove();
  }
}
