import { sameAdr, type Decision } from './decisions';
import { unsuperseded } from './supersede';

/** Where other records link to one record: which record, and which of its two link fields. */
export interface LinkRef {
  id: string;
  field: 'supersedes' | 'supersededBy';
}

/** The links that point at the record with row id `id` (by its current number). */
export function linksTo(decisions: readonly Decision[], id: string): LinkRef[] {
  const self = decisions.find((d) => d.id === id);
  if (!self) return [];
  return decisions.flatMap((d): LinkRef[] =>
    d.id === id
      ? []
      : (['supersedes', 'supersededBy'] as const)
          .filter((field) => sameAdr(d[field], self.number))
          .map((field) => ({ id: d.id, field })),
  );
}

/**
 * A new number for a record, carrying along the links captured (by `linksTo`) before the
 * edit began. Capturing them first matters: while a number is typed it may pass through
 * values that are blank or another record's number, which must not capture or lose links.
 */
export function renumber(
  decisions: readonly Decision[],
  id: string,
  number: string,
  refs: readonly LinkRef[],
): Decision[] {
  const follow = number.trim() !== '';
  return decisions.map((d) => {
    if (d.id === id) return { ...d, number };
    if (!follow) return d;
    const mine = refs.filter((r) => r.id === d.id);
    return mine.reduce((next, r) => ({ ...next, [r.field]: number }), d);
  });
}

/** Removes a record and the links to it, so no record points at a decision that is gone. */
export function removeDecision(decisions: readonly Decision[], id: string): Decision[] {
  const self = decisions.find((d) => d.id === id);
  const rest = decisions.filter((d) => d.id !== id);
  // With a duplicate number, the links may mean the other record: they stay.
  if (!self || rest.some((d) => sameAdr(d.number, self.number))) return rest;
  return rest.map((d) => {
    let next = d;
    if (sameAdr(d.supersedes, self.number)) next = { ...next, supersedes: '' };
    if (sameAdr(d.supersededBy, self.number)) next = unsuperseded(next);
    return next;
  });
}

/**
 * Moves a record one place up (-1) or down (+1) among the `visible` ones (the status filter
 * may hide some): it goes just past its visible neighbour, hidden records keep their order.
 */
export function moveAmong(
  decisions: readonly Decision[],
  id: string,
  offset: -1 | 1,
  visible: readonly string[],
): Decision[] {
  const neighbour = visible[visible.indexOf(id) + offset];
  const row = decisions.find((d) => d.id === id);
  if (!row || !neighbour || !visible.includes(id)) return [...decisions];
  const rest = decisions.filter((d) => d.id !== id);
  const at = rest.findIndex((d) => d.id === neighbour) + (offset > 0 ? 1 : 0);
  return [...rest.slice(0, at), row, ...rest.slice(at)];
}

/** Records whose number another record also has ("0003" and "3" are the same number). */
export function duplicateNumbers(decisions: readonly Decision[]): Set<string> {
  return new Set(
    decisions
      .filter((d) => decisions.some((o) => o.id !== d.id && sameAdr(o.number, d.number)))
      .map((d) => d.id),
  );
}
