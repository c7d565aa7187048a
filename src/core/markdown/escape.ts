/**
 * Escaping for the places where user text meets Markdown structure. Text inside cells and
 * list items is otherwise left as inline Markdown, so `**bold**` and `code` still work.
 */

/**
 * Plain text meets HTML: "List<String>" would otherwise become a tag that GitHub and the
 * preview drop. Only a `<` that could open a tag, comment or declaration is escaped.
 */
export function escapeTags(value: string): string {
  // Inside a code span an entity would show as typed, and no tag can form there anyway.
  return (
    value
      .split(/(`+[^`]*?`+)/)
      // A `<` already escaped with a backslash ("\\<", as link text has it) is text already.
      .map((part, i) =>
        i % 2 === 1 ? part : part.replace(/(?<=(?:^|[^\\])(?:\\\\)*)<(?=[A-Za-z/!?])/g, '&lt;'),
      )
      .join('')
  );
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
