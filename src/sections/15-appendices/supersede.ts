import { sameAdr, type Decision } from './decisions';

/**
 * A record no longer replaced goes back to Accepted: only an accepted decision can have been
 * superseded, and leaving "Superseded" without a successor would contradict its own links.
 */
export const unsuperseded = (d: Decision): Decision => ({
  ...d,
  supersededBy: '',
  status: d.status === 'Superseded' ? 'Accepted' : d.status,
});

/**
 * Sets which decision replaces the one with row id `id` (by its number; '' for none), keeping
 * the links both ways: the replacement's `supersedes` points back, links the change breaks
 * are cleared (a former replacement of this one, a former predecessor of the replacement),
 * and a decision that gets replaced is marked Superseded (and Accepted again when cleared).
 */
export function setSupersededBy(
  decisions: readonly Decision[],
  id: string,
  number: string,
): Decision[] {
  const old = decisions.find((d) => d.id === id);
  const by = number.trim();
  if (!old || sameAdr(by, old.number)) return [...decisions];
  // Without a number of its own, the old record cannot be pointed back at.
  const to = old.number.trim() ? by : '';
  return decisions.map((d) => {
    if (d.id === id) {
      return by ? { ...d, supersededBy: by, status: 'Superseded' } : unsuperseded(d);
    }
    if (to && sameAdr(d.number, to)) return { ...d, supersedes: old.number };
    let next = d;
    // A former replacement no longer points back.
    if (sameAdr(d.supersedes, old.number)) next = { ...next, supersedes: '' };
    // The replacement's former predecessor is no longer replaced by it.
    if (to && sameAdr(d.supersededBy, to)) next = unsuperseded(next);
    return next;
  });
}

/** The decision `replacement` supersedes `old` (both by row id), links kept both ways. */
export function supersede(
  decisions: readonly Decision[],
  oldId: string,
  replacementId: string,
): Decision[] {
  const replacement = decisions.find((d) => d.id === replacementId);
  return replacement ? setSupersededBy(decisions, oldId, replacement.number) : [...decisions];
}

/**
 * Sets which decision the one with row id `id` replaces (by number; '' for none): the same
 * link seen from the other end. A number that is not in the log is kept as typed.
 */
export function setSupersedes(
  decisions: readonly Decision[],
  id: string,
  number: string,
): Decision[] {
  const self = decisions.find((d) => d.id === id);
  if (!self) return [...decisions];
  const target = number.trim();
  const old = target && decisions.find((d) => d.id !== id && sameAdr(d.number, target));
  if (old && self.number.trim()) return setSupersededBy(decisions, old.id, self.number);
  // Unlinking (or a number not in the log): the former predecessor is no longer replaced.
  const previous = decisions.find(
    (d) =>
      d.id !== id && sameAdr(d.number, self.supersedes) && sameAdr(d.supersededBy, self.number),
  );
  const cleared = previous ? setSupersededBy(decisions, previous.id, '') : decisions;
  return cleared.map((d) => (d.id === id ? { ...d, supersedes: target } : d));
}
