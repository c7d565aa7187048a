import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffLines, diffText, MAX_LINE_PAIRS, type LineOp } from './lineDiff';

const keep = (ops: readonly LineOp[], op: LineOp['op']) =>
  ops.filter((o) => o.op === 'same' || o.op === op).map((o) => o.text);

// An independent longest-common-subsequence length, to check that the diff keeps the most.
function lcsLength(a: readonly string[], b: readonly string[]): number {
  let row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const next = [0];
    b.forEach((y, j) =>
      next.push(x === y ? (row[j] ?? 0) + 1 : Math.max(row[j + 1] ?? 0, next[j] ?? 0)),
    );
    row = next;
  }
  return row[b.length] ?? 0;
}

describe('diffLines', () => {
  it('shows an edited Mermaid diagram line by line, removed before added', () => {
    const older = [
      'graph TB',
      '    A[Web Client] --> B[Load Balancer]',
      '    B --> C[API Gateway]',
      '    C --> D[Auth Service]',
    ].join('\n');
    const newer = [
      'graph TB',
      '    A[Web Client] --> B[Load Balancer]',
      '    B --> C[API Gateway v2]',
      '    C --> D[Auth Service]',
      '    C --> E[User Service]',
    ].join('\n');
    expect(diffText(older, newer)).toEqual([
      { op: 'same', text: 'graph TB' },
      { op: 'same', text: '    A[Web Client] --> B[Load Balancer]' },
      { op: 'removed', text: '    B --> C[API Gateway]' },
      { op: 'added', text: '    B --> C[API Gateway v2]' },
      { op: 'same', text: '    C --> D[Auth Service]' },
      { op: 'added', text: '    C --> E[User Service]' },
    ]);
  });

  it('treats an empty text as no lines', () => {
    expect(diffText('', 'a\nb')).toEqual([
      { op: 'added', text: 'a' },
      { op: 'added', text: 'b' },
    ]);
    expect(diffText('a\n', 'a')).toEqual([
      { op: 'same', text: 'a' },
      { op: 'removed', text: '' },
    ]);
    expect(diffText('', '')).toEqual([]);
  });

  it('reads texts too large to compare as all removed, then all added', () => {
    const side = Math.ceil(Math.sqrt(MAX_LINE_PAIRS)) + 1;
    const older = Array.from({ length: side }, (_, i) => `old ${i}`);
    const newer = Array.from({ length: side }, (_, i) => `new ${i}`);
    const ops = diffLines(['same', ...older, 'end'], ['same', ...newer, 'end']);
    expect(ops.map((o) => o.op)).toEqual([
      'same',
      ...older.map(() => 'removed'),
      ...newer.map(() => 'added'),
      'same',
    ]);
  });

  it('gives back both texts and keeps as many lines as can be kept', () => {
    const lines = fc.array(fc.constantFrom('a', 'b', 'c', '', '  d'), { maxLength: 30 });
    fc.assert(
      fc.property(lines, lines, (older, newer) => {
        const ops = diffLines(older, newer);
        expect(keep(ops, 'added')).toEqual(newer);
        expect(keep(ops, 'removed')).toEqual(older);
        expect(ops.filter((o) => o.op === 'same')).toHaveLength(lcsLength(older, newer));
      }),
    );
  });

  it('gives back both texts of any strings', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (older, newer) => {
        const ops = diffText(older, newer);
        expect(keep(ops, 'added').join('\n')).toBe(newer);
        expect(keep(ops, 'removed').join('\n')).toBe(older);
      }),
    );
  });
});
