import { useEffect, useRef } from 'react';

/**
 * After a row is added, moves focus to its first control, so that a keyboard user can type
 * straight away. Rows mark their container with data-row-id.
 */
export function useRowFocus() {
  const container = useRef<HTMLDivElement>(null);
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (!pending.current || !container.current) return;
    const row = container.current.querySelector(`[data-row-id="${pending.current}"]`);
    const control = row?.querySelector<HTMLElement>('input, textarea, select');
    if (control) {
      control.focus();
      pending.current = null;
    }
  });
  return {
    container,
    focusRow: (id: string) => {
      pending.current = id;
    },
  };
}
