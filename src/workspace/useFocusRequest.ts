import { useEffect } from 'react';
import { useEditor } from '../editor/store';

const FOCUSABLE =
  'input:not([type="hidden"]), textarea, select, button, [contenteditable="true"], [tabindex]:not([tabindex="-1"])';

/** Focuses the anchored element's first control, waiting for its (lazy) form to appear. */
function focusWhenThere(anchor: string | null, fallback: () => HTMLElement | null): () => void {
  let frame = 0;
  let tries = 0;
  const attempt = () => {
    const target = (anchor && document.getElementById(anchor)) || null;
    // The section's form loads with its panel, and Monaco and other lazy fields take a few
    // frames more: give up after about three seconds.
    if (!target && anchor && tries++ < 180) {
      frame = requestAnimationFrame(attempt);
      return;
    }
    const element = target ?? fallback();
    if (!element) return;
    element.scrollIntoView({ block: 'center' });
    const control = element.matches(FOCUSABLE)
      ? element
      : element.querySelector<HTMLElement>(FOCUSABLE);
    (control ?? element).focus({ preventScroll: true });
  };
  frame = requestAnimationFrame(attempt);
  return () => cancelAnimationFrame(frame);
}

/** Carries out the editor's focus requests (links from the review checklist). */
export function useFocusRequest(fallback: () => HTMLElement | null): void {
  const request = useEditor((s) => s.focusRequest);
  useEffect(() => {
    if (request.seq === 0) return;
    return focusWhenThere(request.anchor, fallback);
    // The fallback is read when the request comes, not a reason to focus again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request]);
}
