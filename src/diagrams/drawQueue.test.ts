import { describe, expect, it } from 'vitest';
import { DrawQueue } from './drawQueue';

/** A queue whose drawings finish when the test says so, recording the order they started. */
function harness() {
  const started: string[] = [];
  const finish = new Map<string, () => void>();
  const queue = new DrawQueue<string>(
    (key) =>
      new Promise((resolve) => {
        started.push(key);
        finish.set(key, () => resolve(`<svg>${key}</svg>`));
      }),
    3,
  );
  const settle = () => new Promise((r) => setTimeout(r, 0));
  const done = async (key: string) => {
    await settle();
    finish.get(key)?.();
    await settle();
  };
  return { queue, started, done, settle };
}

describe('DrawQueue', () => {
  it('draws one at a time, and never the same source twice', async () => {
    const { queue, started, done, settle } = harness();
    const a = queue.get('a');
    const again = queue.get('a');
    void queue.get('b');
    await settle();
    expect(started).toEqual(['a']);
    await done('a');
    expect(await a).toBe('<svg>a</svg>');
    expect(again).toBe(a);
    expect(started).toEqual(['a', 'b']);
    await done('b');
    expect(await queue.get('a')).toBe('<svg>a</svg>');
    expect(started).toEqual(['a', 'b']);
  });

  it('puts a diagram on screen before those that are not', async () => {
    const { queue, started, done } = harness();
    void queue.get('first');
    void queue.get('hidden 1', { urgent: false });
    void queue.get('hidden 2', { urgent: false });
    void queue.get('on screen', { urgent: true });
    await done('first');
    expect(started).toEqual(['first', 'on screen']);
    // A hidden one scrolled into view meanwhile is asked for again, urgently.
    void queue.get('hidden 2', { urgent: true });
    await done('on screen');
    await done('hidden 2');
    await done('hidden 1');
    expect(started).toEqual(['first', 'on screen', 'hidden 2', 'hidden 1']);
  });

  it('drops a drawing nobody waits for any more before it starts', async () => {
    const { queue, started, done } = harness();
    void queue.get('running');
    const typed = new AbortController();
    void queue.get('graph LR; A', { signal: typed.signal });
    typed.abort();
    const newest = queue.get('graph LR; AB', { signal: new AbortController().signal });
    await done('running');
    expect(started).toEqual(['running', 'graph LR; AB']);
    await done('graph LR; AB');
    expect(await newest).toBe('<svg>graph LR; AB</svg>');
    expect(queue.waiting).toBe(0);
  });

  it('keeps a drawing while one caller still waits for it', async () => {
    const { queue, started, done } = harness();
    void queue.get('running');
    const one = new AbortController();
    void queue.get('shared', { signal: one.signal });
    const other = queue.get('shared', { signal: new AbortController().signal });
    one.abort();
    await done('running');
    await done('shared');
    expect(started).toEqual(['running', 'shared']);
    expect(await other).toBe('<svg>shared</svg>');
  });

  it('asked for again after it was dropped, it is drawn', async () => {
    const { queue, started, done, settle } = harness();
    const gone = new AbortController();
    gone.abort();
    void queue.get('x', { signal: gone.signal });
    await settle();
    expect(started).toEqual([]);
    const x = queue.get('x');
    await done('x');
    expect(await x).toBe('<svg>x</svg>');
  });

  it('forgets the least recently used drawings past its limit', async () => {
    const { queue, started, done } = harness();
    for (const key of ['a', 'b', 'c', 'd']) {
      void queue.get(key);
      await done(key);
    }
    void queue.get('a');
    await done('a');
    expect(started).toEqual(['a', 'b', 'c', 'd', 'a']);
  });
});
