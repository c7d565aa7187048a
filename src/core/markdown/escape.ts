/**
 * Escaping for the places where user text meets Markdown structure. Text inside cells and
 * list items is otherwise left as inline Markdown, so `**bold**` and `code` still work.
 */

/**
 * Plain text meets HTML: "List<String>" would otherwise become a tag that GitHub and the
 * preview drop. Only a `<` that could open a tag, comment or declaration is escaped.
 *
 * Code spans are read as CommonMark reads them, since inside one an entity would show as
 * typed: a run of backticks not escaped with a backslash, closed by a run of exactly the same
 * length. A run left unclosed is literal backticks, and what follows is text like any other.
 */
export function escapeTags(value: string): string {
  let out = '';
  let i = 0;
  while (i < value.length) {
    const char = value.charAt(i);
    // A backslash escape ("\<", as link text has it; "\`") is text already.
    if (char === '\\' && ASCII_PUNCTUATION.test(value.charAt(i + 1))) {
      out += value.slice(i, i + 2);
      i += 2;
    } else if (char === '`') {
      const run = /^`+/.exec(value.slice(i))?.[0].length ?? 1;
      const close = closingRun(value, i + run, run);
      const end = close === -1 ? i + run : close + run;
      out += value.slice(i, end);
      i = end;
    } else {
      out += char === '<' && TAG_START.test(value.charAt(i + 1)) ? '&lt;' : char;
      i += 1;
    }
  }
  return out;
}

const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/;
const TAG_START = /^[A-Za-z/!?]$/;

/** Where a run of exactly `length` backticks starts at or after `from`; -1 if none does. */
function closingRun(text: string, from: number, length: number): number {
  const runs = /`+/g;
  runs.lastIndex = from;
  for (let match = runs.exec(text); match; match = runs.exec(text)) {
    if (match[0].length === length) return match.index;
  }
  return -1;
}

/** A table cell: one line, no unescaped pipe. Newlines become <br> (GitHub renders it). */
export function escapeCell(value: string): string {
  return (
    escapeTags(value.trim())
      .replace(/\r\n?/g, '\n')
      // A pipe ends a cell unless escaped; backslashes right before it would escape the
      // escape, so each of them is doubled first.
      .replace(/(\\*)\|/g, (_m, slashes: string) => `${slashes}${slashes}\\|`)
      .replace(/\n+/g, '<br>')
  );
}

/** Heading text: a single line of text (no tags), with a trailing run of # kept literal. */
export function escapeHeading(value: string): string {
  return escapeTags(value)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/#+$/, (m) => m.replace(/#/g, '\\#'));
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
  return escapeTags(text).split('\n').map(escapeBlockStart).join('\n');
}
