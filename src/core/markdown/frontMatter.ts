import { Document, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';

/** A MADR file split into its YAML front matter (as plain text values) and its body. */
export interface Split {
  meta: Map<string, string>;
  body: string;
}

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/**
 * A value as text: scalars as written, lists joined with ", ". Anything else (MADR's template
 * writes "{list everyone involved}", which YAML reads as a map) is kept as its source text.
 */
function textOf(node: unknown, source: string): string {
  if (isScalar(node)) {
    const value: unknown = node.value;
    // Scalars are strings, numbers, booleans or null ("nav_order: 10" gives "10").
    return typeof value === 'string' ? value : value === null ? '' : JSON.stringify(value);
  }
  if (isSeq(node)) {
    return node.items
      .map((item) => textOf(item, source))
      .filter((t) => t.trim() !== '')
      .join(', ');
  }
  const range = (node as Node | null)?.range;
  return range ? source.slice(range[0], range[1]).trim() : '';
}

/** "key: value" lines, for front matter that is not valid YAML (hand-written, half-edited). */
function looseMeta(source: string): Map<string, string> {
  const meta = new Map<string, string>();
  for (const line of source.split('\n')) {
    const m = /^([\w-]+)[ \t]*:[ \t]*(.*)$/.exec(line);
    if (m?.[1]) meta.set(m[1].toLowerCase(), (m[2] ?? '').replace(/^(["'])(.*)\1$/, '$2').trim());
  }
  return meta;
}

export function splitFrontMatter(text: string): Split {
  const m = FRONT_MATTER.exec(text);
  if (!m) return { meta: new Map(), body: text };
  const source = m[1] ?? '';
  const body = text.slice(m[0].length);
  const doc = parseDocument(source);
  if (doc.errors.length > 0 || !isMap(doc.contents)) {
    return { meta: looseMeta(source), body };
  }
  const meta = new Map<string, string>();
  for (const pair of doc.contents.items) {
    const key = textOf(pair.key, source).toLowerCase();
    if (key) meta.set(key, textOf(pair.value, source).trim());
  }
  return { meta, body };
}

/** Front matter from ordered entries; blank values are left out. YAML quotes what needs it. */
export function frontMatter(entries: readonly [string, string][]): string {
  const kept = entries.filter(([, v]) => v.trim() !== '');
  if (kept.length === 0) return '';
  const yaml = new Document(Object.fromEntries(kept)).toString({ lineWidth: 0 });
  return `---\n${yaml}---`;
}
