import { closeOpenBlocks } from './contain';
import { escapeCell, escapeHeading, inlineText } from './escape';

/** The line under a heading whose content is empty (SPEC section 3). */
export const NOT_SPECIFIED = '_Not yet specified._';

/** Joins Markdown blocks with one blank line, dropping empty ones. */
export function blocks(...parts: (string | false | null | undefined)[]): string {
  return parts
    .filter((p): p is string => typeof p === 'string' && p.trim() !== '')
    .map((p) => p.trim())
    .join('\n\n');
}

export function heading(level: number, text: string): string {
  return `${'#'.repeat(level)} ${escapeHeading(text)}`;
}

/** A heading that always stays, followed by its content or "Not yet specified.". */
export function headed(
  level: number,
  text: string,
  ...content: (string | false | null | undefined)[]
): string {
  return blocks(heading(level, text), blocks(...content) || NOT_SPECIFIED);
}

/**
 * User-written Markdown, made safe to place inside a larger document: an unclosed code fence,
 * HTML comment, <pre>/<script>/<style>/<textarea>, "<?", "<!DOCTYPE" or CDATA block would
 * swallow every following section in the export and the preview, so whichever the parser finds
 * left open is closed here.
 */
export function markdownText(value: string): string {
  const text = value.replace(/\r\n?/g, '\n').trim();
  return text ? closeOpenBlocks(text) : '';
}

/** A bullet list; multi-line items are indented so they stay inside their bullet. */
export function bulletList(values: readonly string[]): string {
  return values
    .map((v) => inlineText(v))
    .filter((v) => v !== '')
    .map((v) => `- ${v.replace(/\n/g, '\n  ')}`)
    .join('\n');
}

/** A numbered list. */
export function numberedList(values: readonly string[]): string {
  return values
    .map((v) => inlineText(v))
    .filter((v) => v !== '')
    .map((v, i) => {
      const marker = `${i + 1}. `;
      return marker + v.replace(/\n/g, '\n' + ' '.repeat(marker.length));
    })
    .join('\n');
}

export type Align = 'left' | 'right' | 'center';

/** A GFM table. Rows whose cells are all blank are left out; no rows at all gives ''. */
export function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly (Align | undefined)[] = [],
): string {
  const body = rows.filter((r) => r.some((c) => c.trim() !== ''));
  if (body.length === 0) return '';
  const line = (cells: readonly string[]) =>
    `| ${headers.map((_, i) => escapeCell(cells[i] ?? '')).join(' | ')} |`;
  const rule = headers.map((_, i) => {
    const a = align[i];
    return a === 'right' ? '---:' : a === 'center' ? ':---:' : '---';
  });
  return [line(headers), `| ${rule.join(' | ')} |`, ...body.map(line)].join('\n');
}

/** A fenced code block whose fence is longer than any backtick run inside the code. */
export function codeBlock(language: string, code: string): string {
  const body = code.replace(/\r\n?/g, '\n').replace(/^\n+|\s+$/g, '');
  if (!body) return '';
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${language}\n${body}\n${fence}`;
}

/** An inline code span that survives backticks inside the text ('' for no text). */
export function inlineCode(text: string): string {
  if (text === '') return '';
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** "**Label:** value" or nothing when the value is blank. */
export function labelled(label: string, value: string): string {
  const v = inlineText(value);
  return v ? `**${label}:** ${v}` : '';
}

/** A bold caption over a block (table, diagram, text), or nothing when the block is empty. */
export function captioned(caption: string, block: string): string {
  return block.trim() ? `**${caption}**\n\n${block.trim()}` : '';
}

/** A bold caption over a bullet list, or nothing when every item is blank. */
export function labelledList(label: string, values: readonly { text: string }[]): string {
  return captioned(label, bulletList(values.map((v) => v.text)));
}
