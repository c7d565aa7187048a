/**
 * A line diff for the version comparison: what a diagram, a schema or a page of Markdown lost
 * and gained. Longest common subsequence on the lines between the common start and end, which
 * are most of a text edited by hand.
 */

export interface LineOp {
  op: 'same' | 'added' | 'removed';
  text: string;
}

/**
 * Above this many line pairs the table would take tens of megabytes and seconds: such texts
 * were replaced rather than edited, and read as all removed then all added.
 */
export const MAX_LINE_PAIRS = 4000 * 4000;

const ops = (op: LineOp['op'], lines: readonly string[]): LineOp[] =>
  lines.map((text) => ({ op, text }));

/**
 * lengths[i * (m + 1) + j]: the longest common subsequence of a[i..] and b[j..]. Uint16 is
 * enough: under MAX_LINE_PAIRS the shorter side has at most 4,000 lines.
 */
function suffixLengths(a: readonly string[], b: readonly string[]): Uint16Array {
  const width = b.length + 1;
  const lengths = new Uint16Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] =
        a[i] === b[j]
          ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0);
    }
  }
  return lengths;
}

// Walks the table from the start; at a change, removed lines come before added ones.
function lcsOps(a: readonly string[], b: readonly string[]): LineOp[] {
  if (a.length * b.length > MAX_LINE_PAIRS) return [...ops('removed', a), ...ops('added', b)];
  const lengths = suffixLengths(a, b);
  const width = b.length + 1;
  const out: LineOp[] = [];
  let [i, j] = [0, 0];
  while (i < a.length || j < b.length) {
    const [x, y] = [a[i], b[j]];
    if (x !== undefined && x === y) {
      out.push({ op: 'same', text: x });
      [i, j] = [i + 1, j + 1];
    } else if (
      x !== undefined &&
      (y === undefined || (lengths[(i + 1) * width + j] ?? 0) >= (lengths[i * width + j + 1] ?? 0))
    ) {
      out.push({ op: 'removed', text: x });
      i++;
    } else {
      out.push({ op: 'added', text: y ?? '' });
      j++;
    }
  }
  return out;
}

function commonStart(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonEnd(a: readonly string[], b: readonly string[], start: number): number {
  let n = 0;
  while (n < a.length - start && n < b.length - start && a.at(-1 - n) === b.at(-1 - n)) n++;
  return n;
}

/** The lines of `older` and `newer` as kept, removed and added, in reading order. */
export function diffLines(older: readonly string[], newer: readonly string[]): LineOp[] {
  const start = commonStart(older, newer);
  const end = commonEnd(older, newer, start);
  return [
    ...ops('same', older.slice(0, start)),
    ...lcsOps(older.slice(start, older.length - end), newer.slice(start, newer.length - end)),
    ...ops('same', older.slice(older.length - end)),
  ];
}

/** Lines of a text; the empty text has none, so that filling an empty field adds only lines. */
export function splitLines(text: string): string[] {
  return text === '' ? [] : text.split('\n');
}

/** diffLines on two texts; joining the kept lines with "\n" gives either text back. */
export function diffText(older: string, newer: string): LineOp[] {
  return diffLines(splitLines(older), splitLines(newer));
}
