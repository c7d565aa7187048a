import { newId } from '../../../core/ids';
import { adrId, nextAdrNumber, type Decision } from '../decisions';
import type { MadrRead } from './fromMadr';

export interface FileRead {
  /** The file's name as the user knows it ("0001-x.md", "log.zip: docs/0001-x.md"). */
  name: string;
  result: MadrRead;
}

export interface ImportSummary {
  imported: { number: string; title: string }[];
  /** One line per decision the reader had to make, naming the file. */
  notes: string[];
  failures: { name: string; reason: string }[];
}

/**
 * Imported records added after the existing ones, which are never changed. A file's number
 * is kept when free; otherwise (or when it has none) the record gets the next free number,
 * and links among the imported records follow the renumbering.
 */
export function mergeImported(
  existing: readonly Decision[],
  files: readonly FileRead[],
  failures: readonly { name: string; reason: string }[] = [],
): { decisions: Decision[]; summary: ImportSummary } {
  const added: Decision[] = [];
  const renumbered = new Map<string, string>();
  const notes: string[] = [];
  const allFailures = [...failures];
  for (const { name, result } of files) {
    if (!result.ok) {
      allFailures.push({ name, reason: result.reason });
      continue;
    }
    const { fields, number: wanted, notes: fileNotes } = result.record;
    const taken = [...existing, ...added].some((d) => adrId(d.number) === adrId(wanted));
    const number = wanted && !taken ? wanted : nextAdrNumber([...existing, ...added]);
    if (wanted && taken) {
      notes.push(`${name}: ${adrId(wanted)} is already in the log, imported as ${adrId(number)}`);
      if (!renumbered.has(adrId(wanted))) renumbered.set(adrId(wanted), number);
    } else if (!wanted) {
      notes.push(`${name}: no number in the file name, imported as ${adrId(number)}`);
    }
    notes.push(...fileNotes.map((n) => `${name}: ${n}`));
    added.push({ ...fields, id: newId(), number, comparisonId: '' });
  }
  const follow = (n: string) => renumbered.get(adrId(n)) ?? n;
  const linked = added.map((d) => ({
    ...d,
    supersedes: follow(d.supersedes),
    supersededBy: follow(d.supersededBy),
  }));
  return {
    decisions: [...existing, ...linked],
    summary: {
      imported: linked.map((d) => ({ number: d.number, title: d.title })),
      notes,
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
