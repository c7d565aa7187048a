import { escapeHeading } from '../../../core/markdown/escape';
import { adrId, sameAdr, type Decision } from '../decisions';
import { escapeLinkText } from '../links';
import { slug } from '../slug';
import { frontMatter } from '../../../core/markdown/frontMatter';
import { closeFences, escapeHeadings } from './text';

/** Record fields that a MADR file carries (the number travels in its file name). */
export type MadrFields = Omit<Decision, 'id' | 'comparisonId'>;

/** "0003-a-postgresql-database-per-service.md"; a record without a number gets none. */
export function madrFileName(d: Pick<Decision, 'number' | 'title'>): string {
  const number = adrId(d.number)
    .slice(4)
    .replace(/[^A-Za-z0-9-]+/g, '-');
  return `${number ? `${number}-` : ''}${slug(d.title)}.md`;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The option the record chose, for MADR's "Chosen option:" line: the option named like the
 * title, else the longest option the decision text mentions, else the title itself.
 */
export function chosenOption(d: Pick<Decision, 'title' | 'options' | 'decision'>): string {
  const title = oneLine(d.title);
  const options = d.options.map((o) => oneLine(o.text)).filter((o) => o !== '');
  const named = options.find((o) => o.toLowerCase() === title.toLowerCase());
  if (named) return named;
  const text = d.decision.toLowerCase();
  const mentioned = options
    .filter((o) => o.length >= 3 && text.includes(o.toLowerCase()))
    .sort((a, b) => b.length - a.length)[0];
  return mentioned ?? title;
}

type Choice = Pick<Decision, 'title' | 'options' | 'decision'>;

/**
 * The decision text under a "Chosen option: ..." line that `outcomeText` put there, or null
 * when the outcome's first paragraph is not exactly the line it would have written.
 */
export function stripChosen(d: Choice, outcome: string): string | null {
  const m = /^Chosen option: "([^\n]*)"(?:\n\n([\s\S]*))?$/.exec(outcome);
  if (!m) return null;
  const rest = (m[2] ?? '').trim();
  return chosenOption({ ...d, decision: rest }) === m[1] ? rest : null;
}

/**
 * "Decision Outcome" as MADR writes it: "Chosen option: ..." on top, unless the decision
 * already starts with its own such line (which is then kept as written). `stripChosen`
 * tells the two apart when the file is read back.
 */
export function outcomeText(d: Choice): string {
  const decision = madrText(d.decision);
  const strippable = stripChosen(d, decision) !== null;
  if (/^chosen option\b/i.test(decision) && !strippable) return escapeHeadings(decision);
  const chosen = chosenOption({ ...d, decision });
  if (!chosen && !strippable) return escapeHeadings(decision);
  return [`Chosen option: "${chosen}"`, escapeHeadings(decision)].filter(Boolean).join('\n\n');
}

/**
 * Long text as a MADR file holds it: trimmed, Unix line ends, a code fence left open closed
 * (it would swallow the sections after it). Reading a file gives the text back in this form.
 */
export function madrText(text: string): string {
  const trimmed = text.replace(/\r\n?/g, '\n').trim();
  return trimmed && closeFences(trimmed);
}

const body = (text: string) => escapeHeadings(madrText(text));

const MADR_STATUS: Record<Decision['status'], string> = {
  Draft: 'draft',
  Proposed: 'proposed',
  Accepted: 'accepted',
  Rejected: 'rejected',
  Deprecated: 'deprecated',
  Superseded: 'superseded',
};

/** "Supersedes [ADR-0002](0002-....md)", linking to the other file when it is in the log. */
function link(label: string, number: string, all: readonly Decision[]): string {
  if (!number.trim()) return '';
  const id = adrId(number);
  const other = all.find((o) => sameAdr(o.number, number));
  return other ? `${label} [${escapeLinkText(id)}](${madrFileName(other)})` : `${label} ${id}`;
}

/** One record as a MADR 4 file (front matter, title, the standard sections). */
export function toMadr(d: Decision, all: readonly Decision[]): string {
  const status =
    d.status === 'Superseded' && d.supersededBy.trim()
      ? `superseded by ${adrId(d.supersededBy)}`
      : MADR_STATUS[d.status];
  const options = d.options.map((o) => oneLine(o.text)).filter((o) => o !== '');
  const parts = [
    frontMatter([
      ['status', status],
      ['date', d.date],
      ['decision-makers', d.deciders],
    ]),
    `# ${escapeHeading(d.title)}`.trim(),
    link('Supersedes', d.supersedes, all),
    link('Superseded by', d.supersededBy, all),
    `## Context and Problem Statement\n\n${body(d.context)}`,
    options.length > 0 && `## Considered Options\n\n${options.map((o) => `* ${o}`).join('\n')}`,
    `## Decision Outcome\n\n${outcomeText(d)}`,
    d.consequences.trim() && `### Consequences\n\n${body(d.consequences)}`,
  ];
  return `${parts
    .filter((p): p is string => typeof p === 'string' && p !== '')
    .map((p) => p.trim())
    .join('\n\n')}\n`;
}
