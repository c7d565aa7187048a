import { newId } from '../../../core/ids';
import { adrId, nextAdrNumber, type Decision } from '../decisions';
import type { MadrRead } from './fromMadr';
import { dateFromFileName, recordKey } from './names';
import { followLinks, type Incoming } from './resolve';
import { skipReason } from './skip';

export interface FileRead {
  /** The file's name as the user knows it ("0001-x.md", "log.zip: docs/0001-x.md"). */
  name: string;
  /** Its path in the folder it came from ("docs/0001-x.md"): what names and links go by. */
  path: string;
  result: MadrRead;
}

export interface ImportSummary {
  imported: { number: string; title: string }[];
  /** One line per decision the reader had to make, naming the file. */
  notes: string[];
  /** Files left out on purpose: templates, index pages. */
  skipped: { name: string; reason: string }[];
  failures: { name: string; reason: string }[];
}

/**
 * Imported records added after the existing ones, which are never changed. A file's number
 * is kept when free; otherwise (or when it has none) the record gets the next free number.
 * Supersede links are followed among the imported records (see followLinks).
 */
export function mergeImported(
  existing: readonly Decision[],
  files: readonly FileRead[],
  failures: readonly { name: string; reason: string }[] = [],
): { decisions: Decision[]; summary: ImportSummary } {
  const incoming: Incoming[] = [];
  const notes: string[] = [];
  const skipped: ImportSummary['skipped'] = [];
  const allFailures = [...failures];
  for (const { name, path, result } of files) {
    if (!result.ok) {
      allFailures.push({ name, reason: result.reason });
      continue;
    }
    const skip = skipReason(path, result.record);
    if (skip) {
      skipped.push({ name, reason: skip });
      continue;
    }
    const { fields, number: wanted, notes: fileNotes, links } = result.record;
    const added = incoming.map((i) => i.decision);
    const taken = [...existing, ...added].some((d) => adrId(d.number) === adrId(wanted));
    const number = wanted && !taken ? wanted : nextAdrNumber([...existing, ...added]);
    if (wanted && taken) {
      notes.push(`${name}: ${adrId(wanted)} is already in the log, imported as ${adrId(number)}`);
    } else if (!wanted) {
      const date = dateFromFileName(path);
      const said = date
        ? `the name starts with a date (${date}), not a number`
        : 'no number in the file name';
      notes.push(`${name}: ${said}, imported as ${adrId(number)}`);
    }
    notes.push(...fileNotes.map((n) => `${name}: ${n}`));
    const key = recordKey(path);
    const decision = { ...fields, id: newId(), number, comparisonId: '' };
    incoming.push({ name, key, wanted, links, decision });
  }
  const linked = followLinks(incoming, notes);
  return {
    decisions: [...existing, ...linked],
    summary: {
      imported: linked.map((d) => ({ number: d.number, title: d.title })),
      notes,
      skipped,
      failures: allFailures,
    },
  };
}

/** "Imported 2 decisions: ADR-0010 Support Categories, ADR-0011 …" */
export function summaryLine(summary: ImportSummary): string {
  const n = summary.imported.length;
  if (n === 0) return 'No decisions imported.';
  const list = summary.imported.map((d) => `${adrId(d.number)} ${d.title || 'Untitled'}`);
  return `Imported ${n} decision${n === 1 ? '' : 's'}: ${list.join(', ')}.`;
}
