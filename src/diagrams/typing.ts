// When the user last typed anywhere on the page: a changed diagram off screen waits until
// typing has stopped for a while (see schedule.ts), not only until its own text is still.
let lastInput = Number.NEGATIVE_INFINITY;

if (typeof window !== 'undefined') {
  const typed = () => (lastInput = performance.now());
  for (const type of ['keydown', 'input', 'paste']) {
    window.addEventListener(type, typed, { capture: true, passive: true });
  }
}

/** Milliseconds since the last keystroke, input or paste on the page. */
export const sinceInput = (): number => performance.now() - lastInput;
