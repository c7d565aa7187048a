import { items } from '../../../core/document/fields';
import { splitFrontMatter } from '../../../core/markdown/frontMatter';
import { dateFromFileName, numberFromFileName } from './names';
import { readPreamble, type Preamble } from './preamble';
import type { LinkRef } from './refs';
import { listItems, outline, type Part } from './sections';
import { readStatusFact, readStatusSection, readStatusValue } from './status';
import { isPlaceholderTitle, splitTitle } from './title';
import { demoteHeadings, stripComments } from './text';
import { stripChosen, type MadrFields } from './toMadr';

export interface MadrRecord {
  fields: MadrFields;
  /** The record's number: from the file name ("0010-....md" → "0010"), else from its title. */
  number: string;
  /** What the reader had to decide for the user ("no status given: set to Proposed"). */
  notes: string[];
  /** The supersede links as written; they are followed among the files imported together. */
  links: { supersedes: LinkRef | null; supersededBy: LinkRef | null };
  /** What shows the file is a decision: a status, a decision section (index pages may be). */
  evidence: { status: boolean; decision: boolean };
  /** The title is a template's placeholder ("{short title ...}", "TITLE"). */
  placeholder: boolean;
}

export type MadrRead = { ok: true; record: MadrRecord } | { ok: false; reason: string };

/**
 * The status from front matter, else from the facts under the title, else from a "## Status"
 * section; with what is left to keep of that section (all of it when it was not read).
 */
function statusOf(meta: Map<string, string>, preamble: Preamble, section: string | undefined) {
  const fact = preamble.facts.get('status');
  const early = meta.has('status')
    ? readStatusValue(meta.get('status') ?? '')
    : fact && readStatusFact(fact.line, fact.source);
  if (early?.found || section === undefined) {
    return { read: early || readStatusValue(''), rest: section ?? '' };
  }
  const read = readStatusSection(section);
  return { read, rest: read.rest };
}

/** Parts that have a field of their own (or go to the context); the rest go to consequences. */
const FIELD_PARTS = new Set([
  '',
  'context and problem statement',
  'context',
  'status',
  'decision',
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
 * The title without the number it may carry, and the record's number: the file name's, else
 * the heading's. A Docusaurus-style record has its title in front matter only.
 */
function numbered(heading: string | null, meta: Map<string, string>, fileName: string) {
  const fileNumber = numberFromFileName(fileName);
  const named = splitTitle(heading ?? meta.get('title') ?? '', fileNumber, meta.size > 0);
  const differs = fileNumber && named.number && fileNumber !== named.number;
  const note = differs
    ? `the title says ${Number(named.number)}, the file name ${fileNumber}: numbered by the file name`
    : '';
  return { title: named.title, number: fileNumber || named.number, note };
}

/**
 * One decision record file as a record: MADR 2.x, 3.x or 4.x, or Nygard's layout (adr-tools).
 * Every part of the file lands in a field: sections the record has no field for (Decision
 * Drivers, Pros and Cons of the Options, More Information, the rest of a Status section,
 * others) are kept as captioned text in the context or the consequences.
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
  const section = parts.some((p) => p.key === 'status') ? part('status').join('\n\n') : undefined;
  const { read: status, rest: statusRest } = statusOf(meta, preamble, section);

  const { title, number, note: numberNote } = numbered(heading, meta, fileName);
  const optionParts = part('considered options').map(listItems);
  const options = optionParts.flatMap((o) => o.items);
  const outcome = join(...part('decision outcome'), ...part('decision'));
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
    folded('Status', statusRest),
    ...parts.filter((p) => !FIELD_PARTS.has(p.key)).map(extra),
  );
  const fact = (key: string) => preamble.facts.get(key)?.line.text;
  const links = {
    supersedes: preamble.supersedes ?? status.supersedes,
    supersededBy: preamble.supersededBy ?? status.supersededBy,
  };
  const fields: MadrFields = {
    number: '',
    title,
    status: status.status,
    date: meta.get('date') ?? fact('date') ?? dateFromFileName(fileName),
    deciders:
      meta.get('decision-makers') ??
      meta.get('deciders') ??
      fact('deciders') ??
      fact('decision-makers') ??
      '',
    context,
    options: items(...options),
    decision: decision ?? outcome,
    consequences,
    supersedes: links.supersedes?.number ?? '',
    supersededBy: links.supersededBy?.number ?? '',
  };
  const notes = [
    status.note,
    heading === null && !meta.get('title') ? 'no "# " title' : '',
    numberNote,
  ].filter(Boolean);
  const evidence = {
    status: status.found,
    decision: parts.some((p) => p.key === 'decision' || p.key === 'decision outcome'),
  };
  const placeholder = isPlaceholderTitle(title);
  return { ok: true, record: { fields, number, notes, links, evidence, placeholder } };
}
