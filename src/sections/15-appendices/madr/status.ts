import { ADR_STATUSES, type AdrStatus } from '../decisions';
import { linesOf, paragraphsOf, withoutLines, type Line } from './markdown';
import { refOf, type LinkRef } from './refs';

/** The status a file writes, and the supersede links written with it. */
export interface StatusRead {
  status: AdrStatus;
  /** Whether the file wrote a status at all. */
  found: boolean;
  supersedes: LinkRef | null;
  supersededBy: LinkRef | null;
  /** The rest of a "## Status" section ("Amended by [...]", remarks), as Markdown; or ''. */
  rest: string;
  /** What the reader decided for the user, or ''. */
  note: string;
}

/** Words some layouts use for one of the log's statuses (GOV.UK's "Approved", "Pending"). */
const SYNONYMS: Record<string, AdrStatus> = {
  approved: 'Accepted',
  pending: 'Proposed',
  superceded: 'Superseded',
};

// Emoji before the word ("✅ Accepted", "⌛️ Superseded by ...") are decoration.
const DECORATION = /^(?:\p{Extended_Pictographic}|\uFE0F|\u200D|\s)+/u;
// adr-tools itself writes "Superceded by" and "Supercedes".
export const SUPERSEDED_BY = /^super[sc]eded\s+by\b\s*(.*)$/i;
export const SUPERSEDES = /^super[sc]edes\b\s*(.*)$/i;

/**
 * The status a line says, and whether it said nothing more (its link included): a line that
 * said more is kept in the record as written.
 */
function readLine(line: Line, source: string): { read: StatusRead; whole: boolean } {
  const text = line.text.replace(DECORATION, '');
  const base = { found: true, supersedes: null, supersededBy: null, rest: '', note: '' };
  const by = SUPERSEDED_BY.exec(text);
  if (by) {
    const supersededBy = refOf(by[1] ?? '', line.links, source);
    return { read: { ...base, status: 'Superseded', supersededBy }, whole: supersededBy !== null };
  }
  const word = /^\p{L}+/u.exec(text)?.[0] ?? '';
  const key = word.toLowerCase();
  const known = ADR_STATUSES.find((s) => s.toLowerCase() === key);
  const status = known ?? SYNONYMS[key];
  if (!status) {
    const note = `status “${line.text}” is not a MADR status: set to Proposed`;
    return { read: { ...base, status: 'Proposed', note }, whole: false };
  }
  const note = known ? '' : `status “${word}” read as ${status}`;
  const whole = text.replace(/[.!]$/, '').trim().toLowerCase() === key;
  return { read: { ...base, status, note }, whole };
}

const NONE: StatusRead = {
  status: 'Proposed',
  found: false,
  supersedes: null,
  supersededBy: null,
  rest: '',
  note: 'no status given: set to Proposed',
};

/** A status written as a value, with its links: "* Status: superseded by [ADR-0005](...)". */
export function readStatusFact(line: Line, source = line.text): StatusRead {
  if (line.text.trim() === '') return NONE;
  return readLine(line, source).read;
}

/** A status in front matter ("superseded by ADR-0005"), read as Markdown for its links. */
export function readStatusValue(raw: string): StatusRead {
  const text = raw.trim();
  const line = linesOf(paragraphsOf(text)[0] ?? [])[0] ?? { line: 1, text, links: [] };
  return readStatusFact(line, text);
}

/**
 * A Nygard "## Status" section (adr-tools writes it): its first line is the status, lines
 * starting "Supersedes" or "Superseded by" are the links. Everything else ("Amended by",
 * "Amends", remarks, a status the log has no word for) is kept as the section's rest.
 */
export function readStatusSection(section: string): StatusRead {
  const source = section.split('\n');
  const lines = paragraphsOf(section).flatMap((p) => linesOf(p));
  const first = lines[0];
  if (!first) return NONE;
  const sourceOf = (l: Line) => source[l.line - 1]?.trim() ?? l.text;
  const { read: result, whole } = readLine(first, sourceOf(first));
  const used = new Set(whole ? [first.line] : []);
  for (const line of lines.slice(1)) {
    const by = SUPERSEDED_BY.exec(line.text);
    const sup = by ? null : SUPERSEDES.exec(line.text);
    const match = by ?? sup;
    if (!match) continue;
    const ref = refOf(match[1] ?? '', line.links, sourceOf(line));
    if (!ref) continue;
    if (by && !result.supersededBy) {
      result.supersededBy = ref;
      result.status = 'Superseded';
    } else if (sup && !result.supersedes) result.supersedes = ref;
    else continue;
    used.add(line.line);
  }
  result.rest = withoutLines(section, used);
  return result;
}
