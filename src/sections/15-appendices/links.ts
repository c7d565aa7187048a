/**
 * References become links only to http(s) and mailto addresses. Everything else, javascript:,
 * data:, vbscript:, relative paths, is set as plain text: the exported Markdown is read on
 * GitHub and in other viewers whose sanitising we do not control (SPEC section 5).
 */

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

// C0 and C1 control characters. Browsers drop tabs and newlines anywhere in a URL and controls
// at its ends before they read the scheme, so "\tjava\nscript:" is javascript: to them.
const isControl = (code: number) => code <= 0x1f || (code >= 0x7f && code <= 0x9f);
const isSpaceOrControl = (char: string) => /\s/u.test(char) || isControl(char.charCodeAt(0));

function trimSpaceAndControls(value: string): string {
  const chars = [...value];
  let start = 0;
  let end = chars.length;
  while (start < end && isSpaceOrControl(chars[start] ?? '')) start++;
  while (end > start && isSpaceOrControl(chars[end - 1] ?? '')) end--;
  return chars.slice(start, end).join('');
}

/**
 * The URL to link to, or null when it must not become a link: only absolute http(s) URLs with
 * a host and mailto: addresses pass; a control character left inside refuses the URL outright.
 */
export function safeHref(url: string): string | null {
  const trimmed = trimSpaceAndControls(url);
  if (trimmed === '' || [...trimmed].some((c) => isControl(c.charCodeAt(0)))) return null;
  // An allow-list on the scheme as written; anything without one (relative, "//host") fails.
  if (!/^(?:https?|mailto):/i.test(trimmed)) return null;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return null;
  }
  if (!SAFE_PROTOCOLS.has(parsed.protocol)) return null;
  const hasTarget = parsed.protocol === 'mailto:' ? parsed.pathname !== '' : parsed.hostname !== '';
  return hasTarget ? trimmed : null;
}

/** Link text: brackets, angle brackets and backslashes escaped so no other link can form. */
export function escapeLinkText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\[\]<>]/g, '\\$&');
}

/** A link destination: spaces, parentheses and angle brackets would end it early. */
function destination(href: string): string {
  // encodeURIComponent leaves parentheses as they are.
  const encode = (c: string) => (c === '(' ? '%28' : c === ')' ? '%29' : encodeURIComponent(c));
  return href.replace(/&/g, '&amp;').replace(/[\s()<>\\]/g, encode);
}

/** `text` in a code span, which Markdown never turns into a link. */
export function codeSpan(text: string): string {
  const value = [...text.replace(/\s+/g, ' ').trim()]
    .filter((c) => !isControl(c.charCodeAt(0)))
    .join('');
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
}

/**
 * One reference as inline Markdown: "[Title](https://...)" when its URL is safe; otherwise the
 * title as plain text, or the URL in a code span when there is no title. '' when both are blank.
 */
export function referenceMarkdown(title: string, url: string): string {
  const text = escapeLinkText(title);
  const href = safeHref(url);
  if (href) return `[${text || escapeLinkText(href)}](${destination(href)})`;
  if (text) return text;
  return url.trim() ? codeSpan(url) : '';
}

/** Numbers (from 1) of the references with a URL that will not become a link. */
export function unlinkedReferences(references: readonly { url: string }[]): number[] {
  return references.flatMap((r, i) => (r.url.trim() !== '' && !safeHref(r.url) ? [i + 1] : []));
}
