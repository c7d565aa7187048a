/**
 * Mermaid 11.17's own preprocessing of a diagram source (src/preprocess.ts and
 * diagram-api/regexes.ts in Mermaid), replayed here so that a line number Mermaid reports on
 * the text it actually parsed can be traced back to the line the author sees.
 */

/** Mermaid's regexes, copied: any drift would move error markers to the wrong line. */
const FRONT_MATTER = /^([^\S\n\r]*)-{3}\s*[\n\r](.*?)[\n\r]\1-{3}\s*[\n\r]+/s;
const DIRECTIVE = /%{2}{\s*(?:(\w+)\s*:|(\w+))\s*(?:(\w+)|((?:(?!}%{2}).|\r?\n)*))?\s*(?:}%{2})?/gi;
const COMMENT_LINE = /^\s*%%(?!{)[^\n]+\n?/gm;
/** The flowchart parser squeezes whitespace after a `}` (flowParser.ts); same effect. */
const AFTER_BRACE = /(?<=})\s*(?=\n)/g;

/** A run of text that came from one place: `from` onwards, or all of it from `from` (fixed). */
interface Segment {
  at: number;
  from: number;
  fixed: boolean;
}

/** Text that remembers, for each of its characters, its offset in the original source. */
export interface Tracked {
  text: string;
  segments: Segment[];
}

/** The offset in the original source of the character at `offset` in tracked text. */
export function originOf(tracked: Tracked, offset: number): number {
  const { segments } = tracked;
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((segments[middle]?.at ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  const segment = segments[low];
  if (!segment) return offset;
  return segment.fixed ? segment.from : segment.from + (offset - segment.at);
}

/** Like String.replace, keeping the map back to the source (a per-character map is slow). */
function replaceTracked(input: Tracked, pattern: RegExp, replacement: string): Tracked {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let index = 0;
  const keep = (from: number, to: number): void => {
    if (to <= from) return;
    parts.push(input.text.slice(from, to));
    while ((input.segments[index + 1]?.at ?? Infinity) <= from) index++;
    for (let i = index, pos = from; pos < to; i++) {
      const segment = input.segments[i];
      if (!segment) break;
      const offset = segment.fixed ? 0 : pos - segment.at;
      segments.push({ at: length + pos - from, from: segment.from + offset, fixed: segment.fixed });
      pos = Math.min(input.segments[i + 1]?.at ?? Infinity, to);
    }
    length += to - from;
  };
  // A pattern anchored with ^ (no m flag) still matches at most once when made global.
  const all = pattern.global ? pattern : new RegExp(pattern.source, pattern.flags + 'g');
  let last = 0;
  for (const match of input.text.matchAll(all)) {
    keep(last, match.index);
    if (replacement !== '') {
      parts.push(replacement);
      segments.push({ at: length, from: originOf(input, match.index), fixed: true });
      length += replacement.length;
    }
    last = match.index + match[0].length;
  }
  keep(last, input.text.length);
  return { text: parts.join(''), segments };
}

/** The code Mermaid hands to the diagram's parser, minus the newline it appends. */
export function preprocess(source: string): Tracked {
  let tracked: Tracked = { text: source, segments: [{ at: 0, from: 0, fixed: false }] };
  tracked = replaceTracked(tracked, /\r\n?/g, '\n');
  tracked = replaceTracked(tracked, FRONT_MATTER, '');
  tracked = replaceTracked(tracked, DIRECTIVE, '');
  tracked = replaceTracked(tracked, COMMENT_LINE, '');
  return replaceTracked(tracked, /^\s+/, '');
}

/** The diagram keyword (first word of the parsed code): `flowchart`, `C4Context`, `pie`… */
export function diagramKeyword(code: string): string {
  return /^[^\s;:{]+/.exec(code)?.[0] ?? '';
}

export function isFlowchart(keyword: string): boolean {
  return keyword === 'graph' || keyword.startsWith('flowchart');
}

/** What the diagram's parser sees, with the flowchart parser's own squeeze applied. */
export function parserInput(source: string): Tracked {
  const code = preprocess(source);
  return isFlowchart(diagramKeyword(code.text)) ? replaceTracked(code, AFTER_BRACE, '') : code;
}

/** Splits like an editor does: \r\n, \r and \n each end a line. */
export function sourceLines(source: string): string[] {
  return source.split(/\r\n|\r|\n/);
}

/** 1-based line of a UTF-16 offset in the original source. */
export function lineOfOffset(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < source.length; i++) {
    const c = source[i];
    if (c === '\n' || (c === '\r' && source[i + 1] !== '\n')) line++;
  }
  return line;
}

/** Number of lines a leading front matter block occupies (0 when there is none). */
export function frontMatterLines(source: string): number {
  const normalised = source.replace(/\r\n?/g, '\n');
  const match = FRONT_MATTER.exec(normalised);
  if (!match) return 0;
  // The match also swallows blank lines after the closing ---; count only up to it.
  const block = match[0].replace(/\s+$/, '');
  return block.split('\n').length;
}
