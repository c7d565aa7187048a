import * as z from 'zod/mini';
import { choice, list, text } from '../../core/document/fields';
import {
  blocks,
  bulletList,
  captioned,
  heading,
  markdownText,
  table,
} from '../../core/markdown/blocks';
import { inlineText } from '../../core/markdown/escape';

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

const isBlank = (d: Decision) =>
  [d.number, d.title, d.date, d.context, d.decision, d.consequences, d.supersededBy].every(
    (v) => v.trim() === '',
  );

function decisionMarkdown(d: Decision): string {
  const id = adrId(d.number);
  const title = d.title.trim() || 'Untitled decision';
  const facts = [
    `**Status:** ${d.status}`,
    d.date.trim() && `**Date:** ${d.date}`,
    d.supersededBy.trim() && `**Superseded by:** ${adrId(d.supersededBy)}`,
  ];
  return blocks(
    heading(4, id ? `${id}: ${title}` : title),
    bulletList(facts.filter((f): f is string => Boolean(f))),
    captioned('Context', markdownText(d.context)),
    captioned('Decision', markdownText(d.decision)),
    captioned('Consequences', markdownText(d.consequences)),
  );
}

/** The log: an index table, then each decision under "#### ADR-0001: Title". */
export function decisionLogMarkdown(decisions: readonly Decision[]): string {
  const filled = decisions.filter((d) => !isBlank(d));
  if (filled.length === 0) return '';
  return blocks(
    table(
      ['Number', 'Title', 'Status', 'Date'],
      filled.map((d) => [adrId(d.number), d.title, d.status, d.date]),
    ),
    ...filled.map(decisionMarkdown),
  );
}
