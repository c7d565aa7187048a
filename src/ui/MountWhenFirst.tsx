import { Suspense, useState, type ReactNode } from 'react';

/**
 * Renders its (lazily loaded) children from the first time `when` is true, and keeps them
 * after: a dialog's code stays out of the first download, and once there it is closed with
 * close() (which gives focus back) rather than unmounted.
 */
export function MountWhenFirst({ when, children }: { when: boolean; children: ReactNode }) {
  const [mounted, setMounted] = useState(when);
  // Updating state while rendering is React's way to adjust state to a prop change.
  if (when && !mounted) setMounted(true);
  return mounted ? <Suspense fallback={null}>{children}</Suspense> : null;
}
