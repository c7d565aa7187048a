/**
 * A node label as a reader sees it, to compare with the names in the component table:
 * Mermaid's markup (line breaks, HTML tags, icons, entity codes, Markdown strings) removed.
 */

const ENTITIES: Record<string, string> = {
  quot: '"',
  amp: '&',
  lt: '<',
  gt: '>',
  apos: "'",
  nbsp: ' ',
  num: '#',
  semi: ';',
};

function decodeEntity(whole: string, name: string): string {
  const numeric = /^(?:#)?(\d+)$/.exec(name)?.[1];
  if (numeric !== undefined) {
    const code = Number(numeric);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  }
  return ENTITIES[name.toLowerCase()] ?? whole;
}

/** Emphasis of a Markdown string (`**bold**`, `*italic*`, `_italic_`), kept as plain text. */
function plainMarkdown(text: string): string {
  return text
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])([*_])(\S(?:.*?\S)?)\2(?=$|[\s).,;:!?])/g, '$1$3');
}

export function cleanLabel(raw: string): string {
  let text = raw.trim();
  const markdown = /^`([\s\S]*)`$/.exec(text);
  if (markdown) text = plainMarkdown(markdown[1] ?? '');
  return (
    text
      // Font Awesome icons (fa:fa-server) are drawn as icons, not read as words.
      .replace(/\bfa[bklrs]?:fa-[\w-]+/g, ' ')
      .replace(/<br\s*\/?>/gi, ' ')
      .replace(/<\/?[a-z][^>]*>/gi, '')
      // Mermaid's own entity syntax (#quot;, #35;) and HTML's (&quot;, &#35;).
      .replace(/#(\w+);/g, decodeEntity)
      .replace(/&(#?\w+);/g, decodeEntity)
      .replace(/\s+/g, ' ')
      .trim()
  );
}
