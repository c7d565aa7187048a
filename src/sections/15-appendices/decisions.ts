import * as z from 'zod/mini';
import { choice, list, text } from '../../core/document/fields';
import {
  blocks,
  bulletList,
  captioned,
  heading,
  labelled,
  labelledList,
  markdownText,
  table,
} from '../../core/markdown/blocks';
import { newId } from '../../core/ids';
import { inlineText } from '../../core/markdown/escape';
import { escapeLinkText } from './links';
import { uniqueAnchors } from './slug';

// MADR's statuses, plus Draft. 'Proposed' stays first: it is the default of a new record.
export const ADR_STATUSES = [
  'Proposed',
  'Draft',
  'Accepted',
  'Rejected',
  'Deprecated',
  'Superseded',
] as const;
export type AdrStatus = (typeof ADR_STATUSES)[number];

/** The statuses in the order of a decision's life, for selects and filters. */
export const STATUS_ORDER = [
  'Draft',
  'Proposed',
  'Accepted',
  'Rejected',
  'Deprecated',
  'Superseded',
] as const satisfies readonly AdrStatus[];

/** One Architecture Decision Record in the MADR shape. */
export const decisionSchema = z.object({
  /** "0001"; shown as "ADR-0001". */
  number: text(),
  title: text(),
  status: choice(ADR_STATUSES),
  /** YYYY-MM-DD as the date input gives it; other text is kept as typed. */
  date: text(),
  /** Who decided: names, comma separated. */
  deciders: text(),
  /** Context and problem statement. */
  context: text(),
  /** The options that were considered. */
  options: list(),
  /** The decision outcome: the chosen option and why. */
  decision: text(),
  consequences: text(),
  /** Number of the decision this one replaces; kept in step with that one's `supersededBy`. */
  supersedes: text(),
  /** Number of the decision that replaces this one. */
  supersededBy: text(),
  /** Id of the stack comparison this decision was adopted from ('' when written by hand). */
  comparisonId: text(),
});
export type Decision = z.output<typeof decisionSchema> & { id: string };

/** "1", "0001", "ADR-1", "adr 0001" → "ADR-0001"; other text after "ADR-"; blank stays blank. */
export function adrId(number: string): string {
  const n = inlineText(number)
    .replace(/\s+/g, ' ')
    .replace(/^adr[\s_-]*/i, '');
  if (n === '') return '';
  return /^\d+$/.test(n) ? `ADR-${n.padStart(4, '0')}` : `ADR-${n}`;
}

/** The number for a new decision: one past the highest numeric one, four digits. */
export function nextAdrNumber(decisions: readonly Pick<Decision, 'number'>[]): string {
  const numbers = decisions.map((d) => /^\d+$/.exec(adrId(d.number).slice(4))?.[0]);
  const highest = Math.max(0, ...numbers.map((n) => (n === undefined ? 0 : Number(n))));
  return String(highest + 1).padStart(4, '0');
}

/** Today as YYYY-MM-DD in the user's own time zone, the way a date input shows it. */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * A new record for `log`: the next number, today's date (or `fields.date`), Proposed, every
 * other field blank unless given.
 */
export function newDecision(
  log: readonly Pick<Decision, 'number'>[],
  fields: Partial<Decision> = {},
): Decision {
  return {
    ...z.parse(decisionSchema, {}),
    id: newId(),
    number: nextAdrNumber(log),
    date: today(),
    ...fields,
  };
}

// Number, status and date are filled in for a new record: alone they are not worth exporting.
export const isBlankDecision = (d: Decision) =>
  [d.title, d.deciders, d.context, d.decision, d.consequences, d.supersedes, d.supersededBy]
    .concat(d.options.map((o) => o.text))
    .every((v) => v.trim() === '');

/** The record's heading text: "ADR-0001: Title". */
export function decisionHeading(d: Pick<Decision, 'number' | 'title'>): string {
  const id = adrId(d.number);
  const title = d.title.trim() || 'Untitled decision';
  return id ? `${id}: ${title}` : title;
}

/** Same number, whatever way it is written ("3", "0003", "ADR-3"); blank never matches. */
export const sameAdr = (a: string, b: string) => adrId(a) !== '' && adrId(a) === adrId(b);

/** "[ADR-0003](#adr-0003-title)" when that record is in the log, else "ADR-0003" as text. */
type LinkTo = (number: string) => string;

function decisionMarkdown(d: Decision, title: string, linkTo: LinkTo): string {
  const facts = [
    `**Status:** ${d.status}`,
    labelled('Date', d.date),
    labelled('Deciders', d.deciders),
    d.supersedes.trim() && `**Supersedes:** ${linkTo(d.supersedes)}`,
    d.supersededBy.trim() && `**Superseded by:** ${linkTo(d.supersededBy)}`,
  ];
  return blocks(
    heading(4, title),
    bulletList(facts.filter((f): f is string => Boolean(f))),
    captioned('Context', markdownText(d.context)),
    labelledList('Considered options', d.options),
    captioned('Decision outcome', markdownText(d.decision)),
    captioned('Consequences', markdownText(d.consequences)),
  );
}

/**
 * The log: an index table, then each decision under "#### ADR-0001: Title". Numbers in the
 * index and supersede links point at the records' headings with GitHub's anchors.
 */
export function decisionLogMarkdown(decisions: readonly Decision[]): string {
  const filled = decisions.filter((d) => !isBlankDecision(d));
  if (filled.length === 0) return '';
  const headings = filled.map(decisionHeading);
  const anchors = uniqueAnchors(headings);
  const linkTo: LinkTo = (number) => {
    const at = filled.findIndex((d) => sameAdr(d.number, number));
    const id = adrId(number);
    return at < 0 ? escapeLinkText(id) : `[${escapeLinkText(id)}](#${anchors[at] ?? ''})`;
  };
  return blocks(
    table(
      ['Number', 'Title', 'Status', 'Date', 'Superseded by'],
      filled.map((d, i) => [
        adrId(d.number) ? `[${escapeLinkText(adrId(d.number))}](#${anchors[i] ?? ''})` : '',
        d.title,
        d.status,
        d.date,
        d.supersededBy.trim() ? linkTo(d.supersededBy) : '',
      ]),
    ),
    ...filled.map((d, i) => decisionMarkdown(d, headings[i] ?? '', linkTo)),
  );
}
