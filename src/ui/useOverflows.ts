import { useEffect, useState } from 'react';

/**
 * Whether an element's content is wider (or taller) than the element, kept up to date as either
 * changes size: a region that scrolls takes keyboard focus, and can say that it scrolls. Give
 * the returned ref to the element; it may mount later than the component (a dialog's body).
 */
export function useOverflows(axis: 'x' | 'y'): [(element: HTMLElement | null) => void, boolean] {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    if (!element) return;
    const measure = () =>
      setOverflows(
        axis === 'x'
          ? element.scrollWidth > element.clientWidth + 1
          : element.scrollHeight > element.clientHeight + 1,
      );
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    for (const child of element.children) observer.observe(child);
    return () => observer.disconnect();
  }, [element, axis]);
  return [setElement, overflows];
}
