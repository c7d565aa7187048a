import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether the element is on screen or about to be (within `margin` of the viewport, whatever
 * scrolls it): null until the browser has said so once. Where the browser cannot tell, every
 * element counts as on screen.
 */
export function useOnScreen(ref: RefObject<Element | null>, margin = '50%'): boolean | null {
  const [onScreen, setOnScreen] = useState<boolean | null>(() =>
    typeof IntersectionObserver === 'undefined' ? true : null,
  );
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        const last = entries.at(-1);
        if (last) setOnScreen(last.isIntersecting);
      },
      // The margin counts only around the root: the pane that scrolls the element, not the
      // viewport, which would clip at the pane's edge first.
      { root: scroller(element), rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, margin]);
  return onScreen;
}

function scroller(element: Element): Element | null {
  for (let at = element.parentElement; at; at = at.parentElement) {
    const { overflowY } = getComputedStyle(at);
    if (overflowY === 'auto' || overflowY === 'scroll') return at;
  }
  return null;
}
