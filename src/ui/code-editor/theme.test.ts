import { describe, expect, it } from 'vitest';
import { readable } from './theme';

function ratio(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r = 0, g = 0, b = 0] = [0, 2, 4].map((i) => {
      const v = parseInt(hex.replace('#', '').slice(i, i + 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

describe('the editor theme', () => {
  it('darkens a colour until it reads at 7:1 on the editor, keeping dark ones', () => {
    for (const color of ['008080', '008000', 'FF0000', '808080', '778899', 'dd0000']) {
      expect(ratio(readable(color), 'fffffe'), color).toBeGreaterThanOrEqual(7);
    }
    expect(readable('000000')).toBe('000000');
    expect(readable('0000FF')).toBe('0000ff');
  });
});
