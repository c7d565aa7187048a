import type { Mermaid } from 'mermaid';
import type { FrameReply } from './frameRenderer';
import { MERMAID_SETTINGS } from './mermaidSettings';

/**
 * Mermaid on this page, where the renderer frame cannot run: loaded on first use (~160 kB
 * gzip, plus a chunk per diagram type) from the app's own chunks, which the service worker
 * keeps for offline use. Answers as the frame does.
 */
let loading: Promise<Mermaid> | null = null;

function loadMermaid(): Promise<Mermaid> {
  loading ??= import('mermaid').then(({ default: mermaid }) => {
    mermaid.initialize(MERMAID_SETTINGS);
    return mermaid;
  });
  return loading;
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

const messageOf = (error: unknown) =>
  error instanceof Error ? error.message : typeof error === 'string' ? error : 'Unknown error';

export async function onPage(
  kind: 'parse' | 'render',
  source: string,
  renderId: string,
): Promise<FrameReply> {
  const mermaid = await loadMermaid();
  try {
    const parsed = performance.now();
    await mermaid.parse(source);
    performance.measure('archbench:parse', { start: parsed });
  } catch (error) {
    return { ok: false, message: messageOf(error) };
  }
  if (kind === 'parse') return { ok: true };
  try {
    const { svg } = await mermaid.render(renderId, source, scratch());
    return { ok: true, svg };
  } catch (error) {
    return { ok: false, message: messageOf(error) };
  } finally {
    // A failed drawing can leave its scratch element in the body.
    document.getElementById(renderId)?.remove();
    document.getElementById(`d${renderId}`)?.remove();
  }
}
