import { describe, expect, it } from 'vitest';
import { formatBytes } from './usage';

describe('formatBytes', () => {
  it('says sizes as a person reads them', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(999)).toBe('999 bytes');
    expect(formatBytes(1_234_567)).toBe('1.2 MB');
    expect(formatBytes(2_100_000_000)).toBe('2.1 GB');
  });
});
