import { useEffect, useState, type RefObject } from 'react';

/** Whether the element is narrower than `width` pixels, following its size as it changes. */
export function useNarrow(element: RefObject<HTMLElement | null>, width: number): boolean {
  const [narrow, setNarrow] = useState(false);
  useEffect(() => {
    const target = element.current;
    if (!target) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setNarrow(entry.contentRect.width < width);
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [element, width]);
  return narrow;
}
