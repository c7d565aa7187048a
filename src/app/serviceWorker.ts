import { whenIdle } from '../ui/idle';

/**
 * Registers the service worker the build writes (scripts/offline-plugin.ts), so that after the
 * first visit the app opens and works with no network. Not in development: the dev server's
 * modules are not a build's fixed files.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // Installing fetches the whole build (~2 MB): only once the page is drawn and quiet, so the
  // first diagrams do not wait behind it.
  window.addEventListener('load', () =>
    whenIdle(() => {
      // A browser that refuses (private modes, policies) leaves the app working online.
      navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => undefined);
    }, 5000),
  );
}
