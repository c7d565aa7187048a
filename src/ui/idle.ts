/**
 * Runs `task` once the browser has a quiet moment (or after `timeout` ms at the latest), for
 * work that must not compete with drawing the screen: prefetching, filling caches.
 */
export function whenIdle(task: () => void, timeout = 3000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout });
  else setTimeout(task, Math.min(timeout, 1000));
}
