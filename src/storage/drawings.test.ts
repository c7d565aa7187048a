import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from './db';
import { freshIndexedDB } from './testing';
import { DrawingCache } from './drawings';

beforeEach(() => {
  freshIndexedDB();
});

describe('DrawingCache', () => {
  it('gives back what it kept, and nothing for a key it never saw', async () => {
    const cache = new DrawingCache(await openDatabase('drawings-test'));
    await cache.put('k1', '<svg>one</svg>');
    expect(await cache.get('k1')).toBe('<svg>one</svg>');
    expect(await cache.get('k2')).toBeUndefined();
  });

  it('keeps at most its limit, dropping the least recently used', async () => {
    const db = await openDatabase('drawings-test');
    const cache = new DrawingCache(db, 3);
    const HOUR = 3_600_000;
    let now = 1000;
    const realNow = Date.now;
    Date.now = () => now;
    try {
      for (const key of ['a', 'b', 'c']) {
        now += 10;
        await cache.put(key, `<svg>${key}</svg>`);
      }
      // Shown again within the hour: nothing is written.
      now += 10;
      await cache.get('a');
      await new Promise((r) => setTimeout(r, 10));
      expect((await db.get('drawings', 'a'))?.used).toBe(1010);
      // Shown again later: used again, so b is now the oldest.
      now += HOUR;
      await cache.get('a');
      await new Promise((r) => setTimeout(r, 10));
      now += 10;
      await cache.put('d', '<svg>d</svg>');
      expect((await db.getAllKeys('drawings')).sort()).toEqual(['a', 'c', 'd']);
    } finally {
      Date.now = realNow;
    }
  });
});
