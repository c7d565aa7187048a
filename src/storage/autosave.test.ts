import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEmptyDocument } from '../document/create';
import type { ArchDocument } from '../document/schema';
import { Autosaver, describeFailure } from './autosave';
import type { SaveState } from './saveStatus';

const doc = (title: string, id = 'd1'): ArchDocument => ({
  ...createEmptyDocument('2026-11-25T10:00:00.000Z'),
  id,
  meta: { ...createEmptyDocument('2026-11-25T10:00:00.000Z').meta, title },
});

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function setup(save: (d: ArchDocument) => Promise<void>) {
  const states: SaveState[] = [];
  const autosaver = new Autosaver(save, (state) => states.push(state), {
    delayMs: 300,
    retryMs: 1000,
  });
  return { autosaver, states };
}

describe('Autosaver', () => {
  it('writes once, 300 ms after the last of several quick changes', async () => {
    const saved: string[] = [];
    const { autosaver, states } = setup(async (d) => {
      saved.push(d.meta.title);
    });
    autosaver.schedule(doc('a'));
    await vi.advanceTimersByTimeAsync(200);
    autosaver.schedule(doc('ab'));
    await vi.advanceTimersByTimeAsync(299);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(['ab']);
    expect(states.at(-1)).toBe('saved');
    expect(autosaver.unsaved).toEqual([]);
  });

  it('flush writes at once', async () => {
    const saved: string[] = [];
    const { autosaver } = setup(async (d) => {
      saved.push(d.meta.title);
    });
    autosaver.schedule(doc('now'));
    await autosaver.flush();
    expect(saved).toEqual(['now']);
  });

  it('keeps the document after a failed write and retries until it succeeds', async () => {
    let fail = true;
    const saved: string[] = [];
    const { autosaver, states } = setup(async (d) => {
      if (fail) throw new DOMException('full', 'QuotaExceededError');
      saved.push(d.meta.title);
    });
    autosaver.schedule(doc('precious'));
    await vi.advanceTimersByTimeAsync(300);
    expect(states.at(-1)).toBe('error');
    expect(autosaver.unsaved.map((d) => d.meta.title)).toEqual(['precious']);
    fail = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual(['precious']);
    expect(states.at(-1)).toBe('saved');
  });

  it('a newer change during a failing write is the one that gets saved', async () => {
    let fail = true;
    const saved: string[] = [];
    const { autosaver } = setup(async (d) => {
      if (fail) throw new Error('disk');
      saved.push(d.meta.title);
    });
    autosaver.schedule(doc('v1'));
    await vi.advanceTimersByTimeAsync(300);
    autosaver.schedule(doc('v2'));
    fail = false;
    await vi.advanceTimersByTimeAsync(5000);
    expect(saved).toEqual(['v2']);
  });

  it('keeps every document that failed to save, not only the last one edited', async () => {
    let fail = true;
    const saved: string[] = [];
    const { autosaver, states } = setup(async (d) => {
      if (fail) throw new Error('disk');
      saved.push(d.meta.title);
    });
    autosaver.schedule(doc('A edited', 'a'));
    await vi.advanceTimersByTimeAsync(300);
    autosaver.schedule(doc('B edited', 'b'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(autosaver.unsaved.map((d) => d.meta.title).sort()).toEqual(['A edited', 'B edited']);
    expect(states.at(-1)).toBe('error');
    fail = false;
    expect(await autosaver.flush()).toBe(true);
    expect(saved.sort()).toEqual(['A edited', 'B edited']);
    expect(states.at(-1)).toBe('saved');
  });

  it('a discarded (deleted) document is not written back by a retry', async () => {
    let fail = true;
    const saved: string[] = [];
    const { autosaver } = setup(async (d) => {
      if (fail) throw new Error('disk');
      saved.push(d.meta.title);
    });
    autosaver.schedule(doc('doomed'));
    await vi.advanceTimersByTimeAsync(300);
    await autosaver.discard('d1');
    fail = false;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(saved).toEqual([]);
    expect(autosaver.unsaved).toEqual([]);
  });

  it('says what went wrong in words', () => {
    expect(describeFailure(new DOMException('x', 'QuotaExceededError'))).toMatch(
      /storage for this site is full/,
    );
    expect(describeFailure(new Error('boom'))).toMatch(/boom/);
  });
});
