import { describe, expect, it, vi } from 'vitest';
import { rememberBy } from './remember';

describe('rememberBy', () => {
  it('computes once per data object and extra value', () => {
    const compute = vi.fn((data: unknown, extra: string) => `${JSON.stringify(data)} ${extra}`);
    const remembered = rememberBy(compute);
    const data = { a: 1 };
    expect(remembered(data, 'x')).toBe('{"a":1} x');
    expect(remembered(data, 'x')).toBe('{"a":1} x');
    expect(compute).toHaveBeenCalledTimes(1);
    // Another extra, or an equal but new object (an edit makes new objects), computes again.
    remembered(data, 'y');
    remembered({ a: 1 }, 'y');
    expect(compute).toHaveBeenCalledTimes(3);
  });

  it('computes primitives every time', () => {
    const compute = vi.fn((data: unknown) => String(data));
    const remembered = rememberBy(compute);
    remembered('text', undefined);
    remembered('text', undefined);
    expect(compute).toHaveBeenCalledTimes(2);
  });
});
