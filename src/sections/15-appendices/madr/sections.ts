import { atxHeading, headingKey, isBoundary, outsideFences, unescapeHeadings } from './text';

/** One part of a MADR body: a "##" section, or a "###" part of "Decision Outcome". */
export interface Part {
  /** headingKey of the heading; "outcome/<key>" for a part of the outcome; '' before any. */
  key: string;
  /** The heading as written, without its #s. */
  heading: string;
  text: string;
}

export interface Outline {
  /** The "# " title; null when the file has none. */
  title: string | null;
  parts: Part[];
}

/**
 * Heading text back from `escapeHeading`: a trailing "\#" run was a literal "#" run, and
 * "&lt;" a "<" that could have opened a tag.
 */
const titleText = (text: string) =>
  text
    .trim()
    .replace(/(?:\\#)+$/, (run) => run.replace(/\\#/g, '#'))
    .replace(/&lt;/g, '<');

/**
 * Splits a MADR body (after its front matter) into its title and parts. Headings inside fenced
 * code are code; "###" starts a part only inside "Decision Outcome" and only for MADR's names.
 */
export function outline(body: string): Outline {
  const lines = body.split('\n');
  const outside = outsideFences(lines);
  let title: string | null = null;
  const parts: { key: string; heading: string; lines: string[] }[] = [];
  let current = { key: '', heading: '', lines: [] as string[] };
  parts.push(current);
  let inOutcome = false;
  lines.forEach((line, i) => {
    const h = outside[i] && isBoundary(line) ? atxHeading(line) : null;
    if (!h || (h.level === 3 && !inOutcome)) {
      current.lines.push(line);
      return;
    }
    if (h.level === 1 && title === null && parts.length === 1) {
      title = titleText(h.text);
      return;
    }
    const key = headingKey(h.text);
    if (h.level <= 2) inOutcome = key === 'decision outcome';
    current = { key: h.level === 3 ? `outcome/${key}` : key, heading: h.text.trim(), lines: [] };
    parts.push(current);
  });
  return {
    title,
    parts: parts
      .map((p) => ({
        key: p.key,
        heading: p.heading,
        text: unescapeHeadings(p.lines.join('\n')).trim(),
      }))
      .filter((p) => p.key !== '' || p.text !== ''),
  };
}

export interface ListSplit {
  items: string[];
  /** Paragraphs around the list, which are kept elsewhere rather than dropped. */
  rest: string;
}

/** The items of a Markdown list ("* ", "- ", "+ ", "1. "), each on one line. */
export function listItems(text: string): ListSplit {
  const items: string[] = [];
  const rest: string[] = [];
  let inList = false;
  let blank = false;
  for (const line of text.split('\n')) {
    const item = /^ {0,3}(?:[*+-]|\d{1,9}[.)])[ \t]+(.*)$/.exec(line);
    if (item) {
      items.push((item[1] ?? '').trim());
      inList = true;
    } else if (line.trim() === '') {
      blank = true;
      continue;
    } else if (inList && (/^\s/.test(line) || !blank)) {
      // A continuation line (indented, or lazily right under the item) belongs to the item.
      items[items.length - 1] = `${items.at(-1) ?? ''} ${line.trim()}`.trim();
    } else {
      inList = false;
      if (blank && rest.length > 0) rest.push('');
      rest.push(line);
    }
    blank = false;
  }
  return { items: items.filter((i) => i !== ''), rest: rest.join('\n').trim() };
}
