import { sections } from '../registry';
import { sectionName } from '../../core/document/section';
import { referenceKeys, type Row } from '../../core/versions/values';

/**
 * Names for places in a document that a person can find in the editor: section names from
 * the registry, field keys in words, rows by what they say. Merge conflicts and version
 * diffs both speak this way, so one conflict and one diff line about a field read alike.
 */

const SEPARATOR = ' › ';
const NAME_LENGTH = 40;

const SECTION_NAMES: ReadonlyMap<string, string> = new Map(
  sections.map((s) => [s.id, sectionName(s)]),
);

// Read as letters wherever a key holds them: "openApi" is "Open API", not "Open api".
const ACRONYMS = new Set(['adr', 'api', 'cd', 'ci', 'id', 'rpo', 'rto', 'sla', 'sql', 'url']);

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** "keyDecisions" → "Key decisions", "openApi" → "Open API". */
export function humanise(key: string): string {
  return key
    .split(/(?<=[a-z0-9])(?=[A-Z])|[\s_-]+/)
    .filter((word) => word !== '')
    .map((word, i) => {
      const lower = word.toLowerCase();
      if (ACRONYMS.has(lower)) return lower.toUpperCase();
      return i === 0 ? capitalise(lower) : lower;
    })
    .join(' ');
}

/** "4. System Components"; an id the registry does not know (yet) in words. */
export function sectionLabel(id: string): string {
  return SECTION_NAMES.get(id) ?? humanise(id);
}

/**
 * How a step into an object's `key` reads, given the raw path to that object; undefined for a
 * step the user never sees (the `sections` wrapper of a document).
 */
export function keyLabel(parentPath: readonly string[], key: string): string | undefined {
  if (parentPath.length === 0 && key === 'sections') return undefined;
  if (parentPath.length === 0 && key === 'meta') return 'Metadata';
  if (parentPath.length === 1 && parentPath[0] === 'sections') return sectionLabel(key);
  return humanise(key);
}

// One line, short enough to sit inside a label.
function shorten(text: string): string {
  const line = text.trim().split('\n')[0]?.replace(/\s+/g, ' ').trim() ?? '';
  return line.length > NAME_LENGTH ? `${line.slice(0, NAME_LENGTH - 1).trimEnd()}…` : line;
}

function firstText(row: Row): string | undefined {
  const references = referenceKeys(row);
  for (const [key, value] of Object.entries(row)) {
    if (key === 'id' || references.includes(key) || typeof value !== 'string') continue;
    if (shorten(value) !== '') return value;
  }
  return undefined;
}

function referenceText(row: Row): string {
  return referenceKeys(row)
    .map((key) => row[key])
    .filter((value) => value !== '')
    .join(' / ');
}

/**
 * A row as a person knows it: its first non-empty text in quotes (“Data breach”); a row
 * identified by the rows it refers to (a score cell) by those ids; else "row 3".
 * `index` counts from 0.
 */
export function rowName(row: Row, index: number): string {
  const name = shorten(('id' in row ? firstText(row) : referenceText(row)) ?? '');
  return name === '' ? `row ${index + 1}` : `“${name}”`;
}

/** "14. Risks and Mitigations › Risks › “Data breach” › Mitigation". */
export function joinLabel(parts: readonly string[]): string {
  return parts.join(SEPARATOR);
}
