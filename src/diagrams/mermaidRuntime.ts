import { cleanMermaidMessage, locateMermaidError } from '../core/mermaid/errors';
import { DrawQueue, serialLane, type Wanted } from './drawQueue';
import { frameRenderer } from './frameRenderer';
import { keepDrawing, keptDrawing } from './keptDrawings';
import { MERMAID_SETTINGS } from './mermaidSettings';
import { onPage } from './pageRenderer';
import { sanitizeSvg } from './sanitizeSvg';

/**
 * The app's one door to Mermaid: draws or checks diagrams one at a time, in the renderer frame
 * (off the main thread) or on this page where the frame cannot run, cached by source, so an
 * unchanged diagram is never drawn twice; a drawing kept from an earlier visit is shown first.
 */

export interface DiagramProblem {
  message: string;
  line: number | undefined;
}

export type DiagramResult = (
  | { ok: true; svg: string; /** Shown from an earlier visit's drawing. */ kept?: boolean }
  | ({ ok: false } & DiagramProblem)
) & {
  /** How long Mermaid took, for the bench. */
  ms: number;
};

/** Mermaid's own limit; past it Mermaid spends seconds before refusing, so we refuse first. */
export const MAX_DIAGRAM_CHARACTERS = 50_000;

/** Mermaid's error as a short message and the line of the source it is about. */
function problemOf(source: string, error: unknown): DiagramProblem {
  const raw =
    error instanceof Error ? error.message : typeof error === 'string' ? error : 'Unknown error';
  const message = raw.trim() || 'The diagram could not be drawn.';
  return {
    message: cleanMermaidMessage(message, source),
    line: locateMermaidError(source, message),
  };
}

function tooLarge(source: string): DiagramProblem | null {
  if (source.length <= MAX_DIAGRAM_CHARACTERS) return null;
  return {
    message: `This diagram is too large to draw: ${source.length.toLocaleString('en')} characters, and Mermaid draws at most ${MAX_DIAGRAM_CHARACTERS.toLocaleString('en')}. Split it into smaller diagrams.`,
    line: undefined,
  };
}

let counter = 0;
// Mermaid's SVG styles itself by the element's id (#id .node …): ids unique to this page load
// keep a kept drawing from an earlier visit from sharing an id with a fresh one.
const PAGE_LOAD = Math.random().toString(36).slice(2, 8);

/** The renderer frame, or this page where the frame cannot run. */
async function ask(kind: 'parse' | 'render', source: string, renderId: string) {
  const frame = await frameRenderer(MERMAID_SETTINGS);
  if (!frame) return { answer: await onPage(kind, source, renderId), framed: false };
  return { answer: await frame.request(kind, source, renderId), framed: true };
}

async function draw(source: string): Promise<DiagramResult> {
  const started = performance.now();
  const refused = tooLarge(source);
  if (refused) return { ok: false, ...refused, ms: 0 };
  try {
    const { answer, framed } = await ask('render', source, `archbench-${PAGE_LOAD}-${++counter}`);
    const ms = performance.now() - started;
    if (!answer.ok) return { ok: false, ...problemOf(source, answer.message), ms };
    const cleaned = performance.now();
    const svg = framed ? await sanitizeSvg(answer.svg ?? '') : (answer.svg ?? '');
    if (framed) performance.measure('archbench:sanitize', { start: cleaned });
    void keepDrawing(source, svg);
    return { ok: true, svg, ms };
  } finally {
    // Read by `npm run bench`: how long each drawing took, and how many there were.
    performance.measure('archbench:render', { start: started });
  }
}

async function check(source: string): Promise<DiagramProblem | null> {
  const refused = tooLarge(source);
  if (refused) return refused;
  if (!source.trim()) return null;
  const { answer } = await ask('parse', source, `archbench-${PAGE_LOAD}-${++counter}`);
  return answer.ok ? null : problemOf(source, answer.message);
}

// Mermaid is not re-entrant: drawings and checks take turns in one lane.
const lane = serialLane();
const drawings = new DrawQueue(draw, 64, lane);
const checks = new DrawQueue(check, 64, lane);

/**
 * Draws Mermaid source to SVG, or says why it cannot. A figure on screen asks `urgent`ly and
 * passes a signal it aborts when its text changes again, so only the newest text is drawn.
 */
export async function renderDiagram(
  source: string,
  {
    kept = true,
    ...wanted
  }: Wanted & { /** Look for an earlier visit's drawing first. */ kept?: boolean } = {},
): Promise<DiagramResult> {
  if (kept) {
    const earlier = await keptResult(source);
    if (earlier) return earlier;
  }
  return drawings.get(source, wanted);
}

/**
 * The drawing of this source kept from an earlier visit, if there is one and none was made on
 * this page: shown as it was, and Mermaid need not even load.
 */
export async function keptResult(source: string): Promise<DiagramResult | undefined> {
  if (drawings.has(source)) return undefined;
  const svg = await keptDrawing(source);
  return svg ? { ok: true, svg, ms: 0, kept: true } : undefined;
}

/**
 * Loads Mermaid and the diagram types documents use most while nothing else happens (the
 * start screen, the documents list), so the first drawing does not wait for the download.
 */
export function prepareMermaid(): void {
  void checkDiagram('graph TD\n  a --> b', { urgent: false });
  void checkDiagram('C4Context\n  Person(a, "A")', { urgent: false });
  void checkDiagram('erDiagram\n  A ||--o{ B : has', { urgent: false });
}

/** Checks Mermaid source without drawing it (for the editor's error marker). */
export function checkDiagram(source: string, wanted?: Wanted): Promise<DiagramProblem | null> {
  return checks.get(source, wanted);
}
