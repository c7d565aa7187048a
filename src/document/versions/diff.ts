import type { ArchDocument } from '../schema';
import { sectionIds, type SectionId } from '../registry';
import { humanise, joinLabel, rowName, sectionLabel } from './labels';
import { diffText, type LineOp } from '../../core/versions/lineDiff';
import {
  asTable,
  deepEqual,
  isRecord,
  sameList,
  sharedKeys,
  unionKeys,
  type Table,
} from '../../core/versions/values';

/**
 * What changed between two versions of a document, section by section, for the "compare
 * versions" screen. Like the merge it walks the data, so every field of every section is
 * compared without per-section code.
 */

/** A value that changed, shown as text (a list of choices as "JWT, mTLS"). */
export interface FieldChange {
  kind: 'field';
  label: string;
  before: string;
  after: string;
}

/** A text of several lines (diagram, SQL, YAML, Markdown): which lines went and came. */
export interface LinesChange {
  kind: 'lines';
  label: string;
  lines: LineOp[];
}

/** `label` names the table ("Risks"), `row` the row (“Data breach”, or "row 3"). */
export interface RowChange {
  kind: 'row-added' | 'row-removed';
  label: string;
  row: string;
}

/** The rows both versions have are in another order. */
export interface OrderChange {
  kind: 'rows-reordered';
  label: string;
}

export type Change = FieldChange | LinesChange | RowChange | OrderChange;

export interface SectionDiff {
  id: SectionId;
  /** "4. System Components". */
  name: string;
  changes: Change[];
}

export interface DocumentDiff {
  meta: FieldChange[];
  /** Only the sections that changed, in document order. */
  sections: SectionDiff[];
}

interface Walk {
  out: Change[];
  /** False for the metadata: its fields are one-liners however they were typed. */
  lines: boolean;
}

function shown(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object')) {
    return value.map(shown).join(', ');
  }
  return JSON.stringify(value);
}

const isText = (value: unknown) => value === undefined || typeof value === 'string';

function textChange(before: string, after: string, label: string, walk: Walk): Change {
  return walk.lines && (before.includes('\n') || after.includes('\n'))
    ? { kind: 'lines', label, lines: diffText(before, after) }
    : { kind: 'field', label, before, after };
}

function diffValue(older: unknown, newer: unknown, labels: readonly string[], walk: Walk): void {
  if (deepEqual(older, newer)) return;
  const label = joinLabel(labels);
  if (isText(older) && isText(newer)) {
    walk.out.push(textChange(shown(older), shown(newer), label, walk));
    return;
  }
  if (isRecord(older) && isRecord(newer)) {
    for (const key of unionKeys(newer, older)) {
      diffValue(older[key], newer[key], [...labels, humanise(key)], walk);
    }
    return;
  }
  const [before, after] = [asTable(older), asTable(newer)];
  if (before && after) diffTable(before, after, labels, walk);
  else walk.out.push({ kind: 'field', label, before: shown(older), after: shown(newer) });
}

// Removed rows first (they have no place in the newer order), then the newer rows in order.
function diffTable(older: Table, newer: Table, labels: readonly string[], walk: Walk): void {
  const label = joinLabel(labels);
  older.keys.forEach((key, i) => {
    const row = older.rows.get(key);
    if (row && !newer.rows.has(key)) {
      walk.out.push({ kind: 'row-removed', label, row: rowName(row, i) });
    }
  });
  if (!sameList(sharedKeys(older, newer), sharedKeys(newer, older))) {
    walk.out.push({ kind: 'rows-reordered', label });
  }
  newer.keys.forEach((key, i) => {
    const [was, row] = [older.rows.get(key), newer.rows.get(key)];
    if (!row) return;
    if (!was) walk.out.push({ kind: 'row-added', label, row: rowName(row, i) });
    else diffValue(was, row, [...labels, rowName(row, i)], walk);
  });
}

function changes(older: unknown, newer: unknown, lines: boolean): Change[] {
  const walk: Walk = { out: [], lines };
  diffValue(older, newer, [], walk);
  return walk.out;
}

const isField = (change: Change): change is FieldChange => change.kind === 'field';

/** The changes from `older` to `newer`; the time of the last save (meta.updated) is left out. */
export function diffDocuments(older: ArchDocument, newer: ArchDocument): DocumentDiff {
  // The same on both sides, so never a change.
  const meta = (doc: ArchDocument) => ({ ...doc.meta, updated: '' });
  const sections = sectionIds.flatMap((id): SectionDiff[] => {
    const found = changes(older.sections[id], newer.sections[id], true);
    return found.length === 0 ? [] : [{ id, name: sectionLabel(id), changes: found }];
  });
  return { meta: changes(meta(older), meta(newer), false).filter(isField), sections };
}

function count(n: number, noun: string, suffix = ''): string | undefined {
  return n === 0 ? undefined : `${n} ${noun}${n === 1 ? '' : 's'}${suffix}`;
}

/** "3 sections changed: 4 fields, 2 rows added, 1 row removed", or "No differences". */
export function summarise(diff: DocumentDiff): string {
  const all: Change[] = [...diff.meta, ...diff.sections.flatMap((s) => s.changes)];
  if (all.length === 0) return 'No differences';
  const kinds = (...wanted: Change['kind'][]) => all.filter((c) => wanted.includes(c.kind)).length;
  const what = [
    diff.meta.length > 0 ? 'Metadata' : undefined,
    count(diff.sections.length, 'section'),
  ]
    .filter((part) => part !== undefined)
    .join(' and ');
  const counts = [
    count(kinds('field', 'lines'), 'field'),
    count(kinds('row-added'), 'row', ' added'),
    count(kinds('row-removed'), 'row', ' removed'),
    count(kinds('rows-reordered'), 'table', ' reordered'),
  ].filter((part) => part !== undefined);
  return `${what} changed: ${counts.join(', ')}`;
}
