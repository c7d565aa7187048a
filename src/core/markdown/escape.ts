import type { Nodes } from 'mdast';
import { parseMarkdown } from './parse';

/**
 * Escaping for the places where user text meets Markdown structure. Text inside cells and
 * list items is otherwise left as inline Markdown, so `**bold**` and `code` still work.
 */

/**
 * Where the parser reads a tag, comment, declaration or autolink in `text`, read twice: as a
 * block of its own (a list item's first line, where "<!--" opens an HTML block) and after inline
 * content (a bold label, a heading's "#", a cell's "|", where it does not).
 */
function tagStarts(text: string): number[] {
  const starts: number[] = [];
  for (const lead of ['', 'x ']) {
    const visit = (node: Nodes) => {
      const at = (node.position?.start.offset ?? 0) - lead.length;
      // An HTML block's position may start at its indentation; its tag is the first "<".
      if (node.type === 'html') starts.push(text.indexOf('<', Math.max(0, at)));
      else if (node.type === 'link' && text.charAt(at) === '<') starts.push(at);
      if ('children' in node) for (const child of node.children) visit(child);
    };
    visit(parseMarkdown(lead + text));
  }
  return starts.filter((at) => at >= 0);
}

/**
 * Plain text meets HTML: "List<String>" would otherwise become a tag that GitHub and the
 * preview drop. Every `<` the parser reads as the start of a tag, comment, declaration or
 * autolink becomes "&lt;", until the parser reads none; a `<` in a code span, behind a
 * backslash or before no tag is text already and stays as typed. The `<` at `keep` (the
 * "<br>" a cell writes for its line breaks) stay.
 */
export function escapeTags(value: string, keep: readonly number[] = []): string {
  let text = value;
  let kept = [...keep];
  // Each round escapes at least one "<", so the rounds end.
  for (;;) {
    // A tag, comment, declaration or autolink starts with one of these: else nothing to ask.
    if (!/<[A-Za-z/!?]/.test(text)) return text;
    const starts = tagStarts(text).filter((at) => !kept.includes(at));
    if (starts.length === 0) return text;
    for (const at of [...new Set(starts)].sort((x, y) => y - x)) {
      text = `${text.slice(0, at)}&lt;${text.slice(at + 1)}`;
      kept = kept.map((k) => (k > at ? k + 3 : k));
    }
  }
}

/** A table cell: one line, no unescaped pipe. Newlines become <br> (GitHub renders it). */
export function escapeCell(value: string): string {
  // Tags are read in the line the cell will be, its breaks written as <br> already.
  const lines = value.trim().replace(/\r\n?/g, '\n').split(/\n+/);
  const breaks: number[] = [];
  let line = lines[0] ?? '';
  for (const next of lines.slice(1)) {
    breaks.push(line.length);
    line += `<br>${next}`;
  }
  // A pipe ends a cell unless escaped; backslashes right before it would escape the escape,
  // so each of them is doubled first.
  return escapeTags(line, breaks).replace(
    /(\\*)\|/g,
    (_m, slashes: string) => `${slashes}${slashes}\\|`,
  );
}

/** Heading text: a single line of text (no tags), with a trailing run of # kept literal. */
export function escapeHeading(value: string): string {
  return escapeTags(value.replace(/\s+/g, ' ').trim()).replace(/#+$/, (m) =>
    m.replace(/#/g, '\\#'),
  );
}

/** A line that would start a block (heading, quote, list, rule) is kept as text. */
function escapeBlockStart(line: string): string {
  return line
    .replace(/^(\s*)(>|#{1,6}(?=\s|$)|[+*-](?=\s|$))/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^(\s*)(=+|-+)\s*$/, '$1\\$2');
}

/** Text set inline (after a bold label, in a list): one paragraph, no accidental block. */
export function inlineText(value: string): string {
  const text = value
    .replace(/\r\n?/g, '\n')
    .trim()
    .replace(/\n\s*\n+/g, '\n');
  return escapeTags(text.split('\n').map(escapeBlockStart).join('\n'));
}
