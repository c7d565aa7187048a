/**
 * Names derived from a decision's title: file names for the MADR export and the heading
 * anchors GitHub gives the Markdown export, so that links between records work there.
 */

/** "A PostgreSQL database per service" → "a-postgresql-database-per-service" (file names). */
export function slug(title: string, fallback = 'decision'): string {
  const value = title
    .normalize('NFKD')
    // Accents are dropped rather than the letter: "Café" → "cafe", as adr-tools and MADR do.
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return value || fallback;
}

/**
 * The text a reader sees of inline Markdown: link and code syntax and escapes gone. Tags stay:
 * headings escape them (escapeHeading), so a reader sees them as typed.
 */
function visibleText(markdown: string): string {
  return (
    markdown
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      // Underscores that make emphasis vanish; those inside a word ("snake_case") stay.
      .replace(/(^|[^\p{L}\p{N}])_+|_+(?=[^\p{L}\p{N}]|$)/gu, '$1')
      .replace(/\\([!-/:-@[-`{-~])/g, '$1')
  );
}

/**
 * The anchor GitHub (and github-slugger) gives a heading: lower case, every character that
 * is not a letter, digit, mark, connector, space or hyphen removed, spaces turned into '-'.
 * Runs of hyphens are kept as they are, as GitHub does.
 */
export function headingAnchor(heading: string): string {
  return visibleText(heading.replace(/\s+/g, ' ').trim())
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** Anchors for headings in order, a repeated one numbered "-1", "-2" as GitHub does. */
export function uniqueAnchors(headings: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return headings.map((h) => {
    const base = headingAnchor(h);
    let anchor = base;
    let n = seen.get(base) ?? 0;
    while (seen.has(anchor)) anchor = `${base}-${++n}`;
    seen.set(base, n);
    seen.set(anchor, 0);
    return anchor;
  });
}
