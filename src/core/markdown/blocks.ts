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
 * The HTML blocks that run on past blank lines until an end mark (CommonMark types 1-5), each
 * with its start at the beginning of a line, its end condition (on the same line or a later
 * one) and what closes it. The others end at a blank line, which every section has.
 */
const HTML_BLOCKS: readonly { start: RegExp; end: RegExp; close: (start: string) => string }[] = [
  {
    start: /^ {0,3}<(script|pre|style|textarea)(?=[\s>]|$)/i,
    end: /<\/(script|pre|style|textarea)>/i,
    close: (start) => `</${start.trim().slice(1).toLowerCase()}>`,
  },
  { start: /^ {0,3}<!--/, end: /-->/, close: () => '-->' },
  { start: /^ {0,3}<\?/, end: /\?>/, close: () => '?>' },
  { start: /^ {0,3}<![A-Za-z]/, end: />/, close: () => '>' },
  { start: /^ {0,3}<!\[CDATA\[/, end: /\]\]>/, close: () => ']]>' },
];

/** An opening code fence ("```js", "~~~"); a backtick fence's info string has no backtick. */
function fenceOpener(line: string): string | undefined {
  const match = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
  if (!match?.[1] || (match[1].startsWith('`') && match[2]?.includes('`'))) return undefined;
  return match[1];
}

function closesFence(line: string, fence: string): boolean {
  const marker = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line)?.[1];
  return !!marker && marker[0] === fence[0] && marker.length >= fence.length;
}

/**
 * User-written Markdown, made safe to place inside a larger document: an unclosed code fence,
 * HTML comment, <pre>/<script>/<style>/<textarea>, "<?", "<!DOCTYPE" or CDATA block would
 * swallow every following section in the export, so whichever is left open is closed here.
 * Lines are read as CommonMark reads them: a fence marker inside an HTML block is HTML, and an
 * HTML opener inside a fence is code.
 */
export function markdownText(value: string): string {
  const text = value.replace(/\r\n?/g, '\n').trim();
  if (!text) return '';
  let fence: string | null = null;
  let html: { end: RegExp; closer: string } | null = null;
  for (const line of text.split('\n')) {
    if (fence !== null) {
      if (closesFence(line, fence)) fence = null;
    } else if (html !== null) {
      if (html.end.test(line)) html = null;
    } else {
      fence = fenceOpener(line) ?? null;
      if (fence !== null) continue;
      for (const block of HTML_BLOCKS) {
        const start = block.start.exec(line)?.[0];
        if (start === undefined) continue;
        // The end mark may be on the start line itself ("<!-- note -->", "<?>").
        if (!block.end.test(line)) html = { end: block.end, closer: block.close(start) };
        break;
      }
    }
  }
  return [text, fence, html?.closer ?? null].filter((part) => part !== null).join('\n');
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
