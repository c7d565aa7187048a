import type { Decision } from './decisions';

const same = (a: string, b: string) => a.trim() !== '' && a.trim() === b.trim();

/**
 * Sets which decision replaces the one with row id `id` (by its number; '' for none), keeping
 * the links both ways: the replacement's `supersedes` points back, links the change breaks
 * are cleared, and a decision that gets replaced is marked Superseded.
 */
export function setSupersededBy(
  decisions: readonly Decision[],
  id: string,
  number: string,
): Decision[] {
  const old = decisions.find((d) => d.id === id);
  if (!old) return [...decisions];
  const by = number.trim();
  return decisions.map((d) => {
    if (d.id === id) {
      return { ...d, supersededBy: by, status: by ? 'Superseded' : d.status };
    }
    // The new replacement points back; a former replacement no longer does.
    if (by && same(d.number, by)) return { ...d, supersedes: old.number };
    if (same(d.supersedes, old.number)) return { ...d, supersedes: '' };
    return d;
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
