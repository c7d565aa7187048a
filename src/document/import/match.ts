import { sections, type SectionId } from '../registry';

/** Where a heading belongs: a section, and the subsection when the heading names one. */
export interface Target {
  section: SectionId;
  /** "2.1", "A", ...; undefined for the section as a whole. */
  subsection?: string;
}

/**
 * How sure a match is: 4 for Archbench's own numbered headings ("### 4.1 Component Diagram"),
 * 3 when the whole heading is a known name, 2 when it contains a known name of several
 * words, 1 when it contains a known single word.
 */
export interface Match extends Target {
  strength: number;
}

const stem = (word: string) =>
  word.length <= 3
    ? word
    : word.endsWith('ies')
      ? `${word.slice(0, -3)}y`
      : word.endsWith('s') && !word.endsWith('ss')
        ? word.slice(0, -1)
        : word;

/** Lower-case word stems: "Risks & Technical Debts" → risk, and, technical, debt. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/architectural/g, 'architecture')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(stem);
}

// "1.", "4.1", "Step 2:", "Chapter 3 -", "A.", "IV)": numbering that says nothing of the topic.
const NUMBERING =
  /^\s*(?:(?:step|chapter|section|part|phase)\s+)?(?:\d+(?:\.\d+)*\.?|[a-z][.)]|[ivxlc]+[.)])(?:\s*[:.)–—-])?\s+/i;

interface Entry extends Target {
  words: string[];
}

function targetOf(key: string): Target | null {
  const [number, letter] = key.split('.');
  const section = sections.find((s) => s.number === number);
  if (!section) return null;
  if (letter === undefined) return { section: section.id };
  return { section: section.id, subsection: /^\d/.test(letter) ? key : letter };
}

const ENTRIES: Entry[] = [
  ...sections.flatMap((s) => [
    { section: s.id, words: wordsOf(s.title) },
    ...s.subsections.map((sub) => ({
      section: s.id,
      subsection: sub.number,
      words: wordsOf(sub.title),
    })),
  ]),
  // Names other documents give the sections: arc42's chapters, design docs', MADR's (each
  // module's `headings`). On a tie the first entry wins: every section's own names come
  // before any subsection's, so "Schema migration" is 13's and "Backup costs" 12's.
  ...sections
    .flatMap((s) => Object.entries(s.headings ?? {}))
    .sort(([a], [b]) => Number(a.includes('.')) - Number(b.includes('.')))
    .flatMap(([key, names]) => {
      const target = targetOf(key);
      const list = names.split(';').map(wordsOf);
      return target ? list.map((words) => ({ ...target, words })) : [];
    }),
];

// Words that name a topic on their own at the top of a file, but under another heading name a
// part of it ("## Security" › "### Overview"): a heading of just one of them is a weaker match.
const GENERIC = new Set(
  'about approach architecture background component concept context data decision design introduction overview purpose requirement scope service solution summary technology'.split(
    ' ',
  ),
);
const generic = (words: readonly string[]) => words.length === 1 && GENERIC.has(words[0] ?? '');

const sameWords = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((w, i) => w === b[i]);

function containsRun(words: readonly string[], run: readonly string[]): boolean {
  for (let i = 0; i + run.length <= words.length; i++) {
    if (run.every((w, j) => words[i + j] === w)) return true;
  }
  return false;
}

/** "## 4. System Components", "### 4.1 Component Diagram", "### A. Glossary": Archbench's own. */
function numbered(plain: string): Match | null {
  const m = /^(\d{1,2}\.|\d{1,2}\.\d{1,2}|[A-Z]\.)\s+(.+)$/.exec(plain.trim());
  if (!m?.[1] || !m[2]) return null;
  const number = m[1].replace(/\.$/, '');
  const title = wordsOf(m[2]);
  for (const s of sections) {
    if (s.number === number && sameWords(wordsOf(s.title), title)) {
      return { section: s.id, strength: 4 };
    }
    const sub = s.subsections.find(
      (x) => x.number === number && sameWords(wordsOf(x.title), title),
    );
    if (sub) return { section: s.id, subsection: sub.number, strength: 4 };
  }
  return null;
}

/** The section a heading most likely belongs to, or null when it names none. */
export function matchHeading(plain: string): Match | null {
  const own = numbered(plain);
  if (own) return own;
  const heading = wordsOf(plain.replace(NUMBERING, ''));
  if (heading.length === 0) return null;
  let best: Match | null = null;
  let bestRank = 0;
  for (const entry of ENTRIES) {
    const whole = sameWords(entry.words, heading);
    if (!whole && !containsRun(heading, entry.words)) continue;
    const strength = whole && !generic(entry.words) ? 3 : entry.words.length > 1 || whole ? 2 : 1;
    // Stronger first, then the longer name ("data flow diagram" over "data").
    const rank = strength * 100 + entry.words.length;
    if (rank > bestRank) {
      bestRank = rank;
      best = { section: entry.section, subsection: entry.subsection, strength };
    }
  }
  return best;
}
