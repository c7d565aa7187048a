/** Changes closer together than this are one burst of typing. */
export const BURST_GAP_MS = 150;

/** A changed diagram off screen waits this long, unless it scrolls into view first. */
export const OFF_SCREEN_MS = 1000;

/**
 * How long a figure whose text just changed waits before it is drawn, as Mermaid Live's
 * editor does: a change after a quiet moment is drawn at once; one in a burst (within
 * BURST_GAP_MS of the previous change, or of the end of the last drawing, which may have held
 * the keyboard up) waits until the burst is over. A figure off screen waits until typing has
 * stopped for a while, or until it scrolls into view. The first drawing never waits.
 */
export function redrawDelay(now: number, lastActivity: number | null, onScreen: boolean): number {
  if (lastActivity === null) return 0;
  if (!onScreen) return OFF_SCREEN_MS;
  return now - lastActivity < BURST_GAP_MS ? BURST_GAP_MS : 0;
}
