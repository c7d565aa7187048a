import { items } from '../../../core/document/fields';
import { ADR_STATUSES, adrId, type AdrStatus } from '../decisions';
import { splitFrontMatter } from './frontMatter';
import { listItems, outline, type Part } from './sections';
import { demoteHeadings, stripComments } from './text';
import { stripChosen, type MadrFields } from './toMadr';

export interface MadrRecord {
  fields: MadrFields;
  /** The number in the file name ("0010-....md" → "0010"); '' when it has none. */
  number: string;
  /** What the reader had to decide for the user ("no status: set to Proposed"). */
  notes: string[];
}

export type MadrRead = { ok: true; record: MadrRecord } | { ok: false; reason: string };

/** "0010-support-categories.md", "docs/decisions/0003-x.md", "madr-0010-x.md" → "0010". */
export function numberFromFileName(name: string): string {
  const base = name.split(/[\\/]/).at(-1) ?? '';
  return (/^(\d+)-/.exec(base) ?? /(?:^|[-_ ])(\d{3,})-/.exec(base))?.[1] ?? '';
}

/** "ADR-0003", "[ADR-0003](0003-x.md)", "0003" → "0003". */
function linkedNumber(text: string): string {
  const label = text.replace(/^\[([^\]]*)\]\([^)]*\)/, '$1').replace(/\\(.)/g, '$1');
  return adrId(label.trim().replace(/\.$/, '')).slice(4);
}

interface Status {
  status: AdrStatus;
  supersededBy: string;
  note: string;
}

/** MADR's lower-case statuses, any case; "superseded by ADR-0005" names the successor. */
function readStatus(raw: string | undefined): Status {
  const text = (raw ?? '').trim();
  const by = /^superseded\s+by\s+(.+)$/i.exec(text);
  if (by) return { status: 'Superseded', supersededBy: linkedNumber(by[1] ?? ''), note: '' };
  const word = /^[a-z]+/i.exec(text)?.[0].toLowerCase();
  const status = ADR_STATUSES.find((s) => s.toLowerCase() === word);
  if (status) return { status, supersededBy: '', note: '' };
  const note = text
    ? `status “${text}” is not a MADR status: set to Proposed`
    : 'no status given: set to Proposed';
  return { status: 'Proposed', supersededBy: '', note };
}

/** Facts and links written between the title and the first section (MADR 2.x, our links). */
function readPreamble(text: string) {
  const facts = new Map<string, string>();
  const links = { supersedes: '', supersededBy: '' };
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    const fact = /^\s*(?:[*+-]\s+)?(status|deciders|decision-makers|date)\s*:\s*(.*)$/i.exec(line);
    const link = /^\s*(supersedes|superseded by)\s+(.+?)\s*$/i.exec(line);
    if (fact?.[1]) facts.set(fact[1].toLowerCase(), (fact[2] ?? '').trim());
    else if (link?.[1] && linkedNumber(link[2] ?? '')) {
      links[link[1].toLowerCase() === 'supersedes' ? 'supersedes' : 'supersededBy'] = linkedNumber(
        link[2] ?? '',
      );
    } else kept.push(line);
  }
  return { facts, links, text: kept.join('\n').trim() };
}

/** Parts that have a field of their own (or go to the context); the rest go to consequences. */
const FIELD_PARTS = new Set([
  '',
  'context and problem statement',
  'context',
  'decision drivers',
  'considered options',
  'decision outcome',
  'consequences',
  'outcome/consequences',
]);

const folded = (heading: string, text: string) =>
  text && `**${heading.replace(/\s+#+\s*$/, '').trim()}**\n\n${demoteHeadings(text)}`;
const join = (...texts: string[]) => texts.filter((t) => t.trim() !== '').join('\n\n');

/**
 * One MADR file (2.x, 3.x or 4.x) as a decision record. Every part of the file lands in a
 * field: sections the record has no field for (Decision Drivers, Pros and Cons of the Options,
 * More Information, others) are kept as captioned text in the context or the consequences.
 */
export function fromMadr(text: string, fileName: string): MadrRead {
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (source.trim() === '') return { ok: false, reason: 'the file is empty' };
  const { meta, body } = splitFrontMatter(source);
  const { title: heading, parts } = outline(stripComments(body));
  if (heading === null && !parts.some((p) => p.key !== '')) {
    return { ok: false, reason: 'no MADR title or sections found' };
  }
  const part = (key: string) => parts.filter((p) => p.key === key).map((p) => p.text);
  const preamble = readPreamble(part('').join('\n\n'));
  const read = readStatus(meta.get('status') ?? preamble.facts.get('status'));

  const optionParts = part('considered options').map(listItems);
  const options = optionParts.flatMap((o) => o.items);
  const outcome = join(...part('decision outcome'));
  const title = heading ?? '';
  const decision = stripChosen({ title, options: items(...options), decision: '' }, outcome);

  const extra = (p: Part) => folded(p.heading, p.text);
  const context = join(
    preamble.text,
    ...part('context and problem statement'),
    ...part('context'),
    ...parts.filter((p) => p.key === 'decision drivers').map(extra),
    ...optionParts.map((o) => folded('Considered Options', o.rest)),
    folded('Consulted', meta.get('consulted') ?? ''),
    folded('Informed', meta.get('informed') ?? ''),
  );
  const consequences = join(
    ...part('outcome/consequences'),
    ...part('consequences'),
    ...parts.filter((p) => !FIELD_PARTS.has(p.key)).map(extra),
  );
  const fields: MadrFields = {
    number: '',
    title,
    status: read.status,
    date: meta.get('date') ?? preamble.facts.get('date') ?? '',
    deciders:
      meta.get('decision-makers') ??
      meta.get('deciders') ??
      preamble.facts.get('deciders') ??
      preamble.facts.get('decision-makers') ??
      '',
    context,
    options: items(...options),
    decision: decision ?? outcome,
    consequences,
    supersedes: preamble.links.supersedes,
    supersededBy: preamble.links.supersededBy || read.supersededBy,
  };
  const notes = [read.note, heading === null ? 'no "# " title' : ''].filter(Boolean);
  return { ok: true, record: { fields, number: numberFromFileName(fileName), notes } };
}
