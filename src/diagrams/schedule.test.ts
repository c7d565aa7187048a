import { describe, expect, it } from 'vitest';
import { BURST_GAP_MS, OFF_SCREEN_MS, redrawDelay } from './schedule';

describe('redrawDelay', () => {
  it('draws the first drawing at once, on screen or not', () => {
    expect(redrawDelay(1000, null, true)).toBe(0);
    expect(redrawDelay(1000, null, false)).toBe(0);
  });

  it('draws a keystroke after a quiet moment at once', () => {
    expect(redrawDelay(5000, 5000 - BURST_GAP_MS, true)).toBe(0);
    expect(redrawDelay(5000, 1000, true)).toBe(0);
  });

  it('waits out a burst: a keystroke right after another, or right after a drawing', () => {
    expect(redrawDelay(5000, 4990, true)).toBe(BURST_GAP_MS);
    expect(redrawDelay(5000, 5000 - BURST_GAP_MS + 1, true)).toBe(BURST_GAP_MS);
  });

  it('leaves a figure off screen until typing stops or it is scrolled to', () => {
    expect(redrawDelay(5000, 1000, false)).toBe(OFF_SCREEN_MS);
    expect(redrawDelay(5000, 4990, false)).toBe(OFF_SCREEN_MS);
  });
});
