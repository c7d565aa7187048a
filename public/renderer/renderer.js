// @ts-check
// Archbench's diagram renderer: Mermaid laid out in a sandboxed frame, so that the app's page
// (a process of its own where the browser isolates sandboxed frames) never waits for it, and
// a hostile diagram runs, at worst, in an origin with nothing in it. Plain script, no build
// step: the app sends Mermaid's address and settings, then one source at a time to parse or
// draw; each answer carries the request's id. See src/diagrams/frameRenderer.ts.
'use strict';

/** @type {any} */
let mermaid = null;
const scratch = /** @type {HTMLElement} */ (document.getElementById('scratch'));

/** @param {unknown} error */
const messageOf = (error) =>
  error instanceof Error ? error.message : typeof error === 'string' ? error : 'Unknown error';

/** @param {string} src */
const load = (src) =>
  new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`Mermaid could not be loaded from ${src}`));
    document.head.append(script);
  });

window.addEventListener('message', async (event) => {
  if (event.source !== window.parent) return;
  const request = event.data;
  const reply = (/** @type {object} */ answer) => window.parent.postMessage(answer, '*');
  if (request.type === 'init') {
    try {
      await load(request.mermaid);
      mermaid = /** @type {any} */ (window).mermaid;
      mermaid.initialize(request.settings);
      reply({ type: 'initialized' });
    } catch (error) {
      reply({ type: 'failed', message: messageOf(error) });
    }
    return;
  }
  const { id, kind, source, renderId } = request;
  try {
    await mermaid.parse(source);
    if (kind === 'parse') return reply({ id, ok: true });
    const { svg } = await mermaid.render(renderId, source, scratch);
    reply({ id, ok: true, svg });
  } catch (error) {
    reply({ id, ok: false, message: messageOf(error) });
  } finally {
    // A failed drawing can leave its element behind.
    document.getElementById(renderId)?.remove();
    document.getElementById(`d${renderId}`)?.remove();
  }
});

window.parent.postMessage({ type: 'ready' }, '*');
