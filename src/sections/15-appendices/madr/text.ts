/**
 * Line-level rules shared by the MADR writer and reader. Both must agree exactly on which
 * lines are section headings, or a record would not read back as it was written.
 */

/** Level-3 headings that MADR uses inside "Decision Outcome" (2.x, 3.x and 4.x names). */
export const OUTCOME_PARTS = [
  'consequences',
  'positive consequences',
  'negative consequences',
  'confirmation',
  'validation',
] as const;

/** Heading text as compared: lower case, one space, no closing #s or trailing colon. */
export const headingKey = (text: string) =>
  text
    .replace(/\s+#+\s*$/, '')
    .replace(/[\s:]+$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

export interface Heading {
  level: number;
  text: string;
}

/** An ATX heading ("## Title ##"), or null. */
export function atxHeading(line: string): Heading | null {
  const m = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/.exec(line);
  if (!m) return null;
  const text = (m[2] ?? '').replace(/(?:^|[ \t]+)#+[ \t]*$/, '');
  return { level: m[1]?.length ?? 0, text };
}

/** Whether the reader starts a new part at this line (when outside a code fence). */
export function isBoundary(line: string): boolean {
  const h = atxHeading(line);
  if (!h) return false;
  return (
    h.level <= 2 ||
    (h.level === 3 && (OUTCOME_PARTS as readonly string[]).includes(headingKey(h.text)))
  );
}

/** Which lines are outside fenced code (fence lines count as inside), and the fence left open. */
function scanFences(lines: readonly string[]): { outside: boolean[]; open: string | null } {
  let fence: string | null = null;
  const outside = lines.map((line) => {
    if (fence === null) {
      fence = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1] ?? null;
      return fence === null;
    }
    const closing = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line)?.[1];
    if (closing && closing[0] === fence[0] && closing.length >= fence.length) fence = null;
    return false;
  });
  return { outside, open: fence };
}

export const outsideFences = (lines: readonly string[]) => scanFences(lines).outside;

/** Applies `change` to the lines outside fenced code. */
function mapOutside(text: string, change: (line: string) => string): string {
  const lines = text.split('\n');
  const outside = outsideFences(lines);
  return lines.map((line, i) => (outside[i] ? change(line) : line)).join('\n');
}

const ESCAPED = /^( {0,3})(\\*)(#.*)$/;

/**
 * User text placed in a MADR section: a line the reader would take for a section heading
 * gets one more backslash in front (shown as the literal "## ..." it was); `unescapeHeadings`
 * takes exactly that one away again.
 */
export function escapeHeadings(text: string): string {
  return mapOutside(text, (line) => {
    const m = ESCAPED.exec(line);
    if (!m || !isBoundary(`${m[1]}${m[3]}`)) return line;
    return `${m[1]}\\${m[2]}${m[3]}`;
  });
}

export function unescapeHeadings(text: string): string {
  return mapOutside(text, (line) => {
    const m = ESCAPED.exec(line);
    if (!m || m[2] === '' || !isBoundary(`${m[1]}${m[3]}`)) return line;
    return `${m[1]}${(m[2] ?? '').slice(1)}${m[3]}`;
  });
}

/** A code fence left open would swallow every section after it: it is closed. */
export function closeFences(text: string): string {
  const { open } = scanFences(text.split('\n'));
  return open === null ? text : `${text}\n${open}`;
}

/** HTML comments (MADR's template guidance) removed outside fenced code. */
export function stripComments(text: string): string {
  const lines = text.split('\n');
  const outside = outsideFences(lines);
  const chunks: { code: boolean; text: string }[] = [];
  lines.forEach((line, i) => {
    const code = !outside[i];
    const last = chunks.at(-1);
    if (last && last.code === code) last.text += `\n${line}`;
    else chunks.push({ code, text: line });
  });
  return chunks.map((c) => (c.code ? c.text : c.text.replace(/<!--[\s\S]*?-->/g, ''))).join('\n');
}

/** Headings inside a part folded into another field, moved below the record's own "####". */
export function demoteHeadings(text: string): string {
  return mapOutside(text, (line) =>
    line.replace(
      /^( {0,3})(#{1,6})(?=[ \t]|$)/,
      (_m, indent: string, marks: string) =>
        `${indent}${'#'.repeat(Math.min(6, Math.max(5, marks.length + 2)))}`,
    ),
  );
}
