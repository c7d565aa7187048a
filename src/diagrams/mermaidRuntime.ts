import type { Mermaid } from 'mermaid';
import { cleanMermaidMessage, locateMermaidError } from '../core/mermaid/errors';
import { DrawQueue, serialLane, type Wanted } from './drawQueue';
import { drawnWith, keepDrawing, keptDrawing } from './keptDrawings';

/**
 * The app's one door to Mermaid: loads it on first use (~160 kB gzip, plus a chunk per
 * diagram type), initialises it once, and draws or checks diagrams one at a time, cached by
 * source, so an unchanged diagram is never drawn twice.
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

const SETTINGS: Parameters<Mermaid['initialize']>[0] = {
  startOnLoad: false,
  // "strict" encodes HTML in labels and disables click callbacks: diagrams are user input.
  // Mermaid does not let a diagram's %%{init}%% directive change it.
  securityLevel: 'strict',
  // What a diagram's %%{init}%% or front matter may not set (at any depth): Mermaid's own
  // list; themeCSS and the fonts, which reach the SVG's CSS unchecked (a url() there loads
  // from another site wherever the downloaded SVG is opened); and HTML labels, which would
  // put the labels' HTML in a <foreignObject>.
  secure: [
    'secure',
    'securityLevel',
    'startOnLoad',
    'maxTextSize',
    'suppressErrorRendering',
    'maxEdges',
    'themeCSS',
    'fontFamily',
    'altFontFamily',
    'htmlLabels',
  ],
  suppressErrorRendering: true,
  theme: 'neutral',
  // Labels as SVG text, not HTML in <foreignObject>: the SVG then draws onto a canvas
  // (PNG export) and prints as selectable vector text.
  htmlLabels: false,
  flowchart: { htmlLabels: false },
  fontFamily: 'ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
};
drawnWith(SETTINGS);

let loading: Promise<Mermaid> | null = null;

function loadMermaid(): Promise<Mermaid> {
  loading ??= import('mermaid').then(({ default: mermaid }) => {
    mermaid.initialize(SETTINGS);
    return mermaid;
  });
  return loading;
}

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

let scratchElement: HTMLElement | null = null;

/**
 * Where Mermaid draws before the SVG is handed over: off screen, and walled off with CSS
 * containment, so that measuring each label does not lay out the rest of the page again.
 */
function scratch(): HTMLElement {
  if (!scratchElement?.isConnected) {
    scratchElement = document.createElement('div');
    scratchElement.setAttribute('aria-hidden', 'true');
    scratchElement.style.cssText =
      'position:absolute;left:-100000px;top:0;width:2000px;height:2000px;contain:strict;overflow:hidden;';
    document.body.append(scratchElement);
  }
  return scratchElement;
}

let counter = 0;
// Mermaid's SVG styles itself by the element's id (#id .node …): ids unique to this page load
// keep a kept drawing from an earlier visit from sharing an id with a fresh one.
const PAGE_LOAD = Math.random().toString(36).slice(2, 8);

async function draw(source: string): Promise<DiagramResult> {
  const started = performance.now();
  const refused = tooLarge(source);
  if (refused) return { ok: false, ...refused, ms: 0 };
  const mermaid = await loadMermaid();
  const id = `archbench-${PAGE_LOAD}-${++counter}`;
  try {
    const parsed = performance.now();
    await mermaid.parse(source);
    performance.measure('archbench:parse', { start: parsed });
    const { svg } = await mermaid.render(id, source, scratch());
    void keepDrawing(source, svg);
    return { ok: true, svg, ms: performance.now() - started };
  } catch (error) {
    return { ok: false, ...problemOf(source, error), ms: performance.now() - started };
  } finally {
    // A failed render can leave its scratch element in the body.
    document.getElementById(id)?.remove();
    document.getElementById(`d${id}`)?.remove();
    // Read by `npm run bench`: how long each drawing took, and how many there were.
    performance.measure('archbench:render', { start: started });
  }
}

async function check(source: string): Promise<DiagramProblem | null> {
  const refused = tooLarge(source);
  if (refused) return refused;
  if (!source.trim()) return null;
  const mermaid = await loadMermaid();
  try {
    await mermaid.parse(source);
    return null;
  } catch (error) {
    return problemOf(source, error);
  }
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
  if (kept && !drawings.has(source)) {
    // Drawn on an earlier visit: shown as it was, and Mermaid need not even load.
    const kept = await keptDrawing(source);
    if (kept) return { ok: true, svg: kept, ms: 0, kept: true };
  }
  return drawings.get(source, wanted);
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
