/**
 * Escaping for the places where user text meets Markdown structure. Text inside cells and
 * list items is otherwise left as inline Markdown, so `**bold**` and `code` still work.
 */

/** A table cell: one line, no unescaped pipe. Newlines become <br> (GitHub renders it). */
export function escapeCell(value: string): string {
  return (
    value
      .trim()
      .replace(/\r\n?/g, '\n')
      // A pipe ends a cell unless escaped; backslashes right before it would escape the
      // escape, so each of them is doubled first.
      .replace(/(\\*)\|/g, (_m, slashes: string) => `${slashes}${slashes}\\|`)
      .replace(/\n+/g, '<br>')
  );
}

/** Heading text: a single line, with a trailing run of # kept literal. */
export function escapeHeading(value: string): string {
  return value
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/#+$/, (m) => m.replace(/#/g, '\\#'));
}

/** Text set inline (after a bold label, in a list): one paragraph, no accidental block. */
export function inlineText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .trim()
    .replace(/\n\s*\n+/g, '\n');
}
