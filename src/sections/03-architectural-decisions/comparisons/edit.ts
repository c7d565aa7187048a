import { newId } from '../../../core/ids';
import { moveRow } from '../../../core/document/rows';
import type { Comparison, Criterion, Score } from './schema';

/**
 * Pure edits of a stack comparison; each returns a new comparison and leaves the old one as it
 * was (the Markdown is cached by data object). Scores always refer to a candidate and a
 * criterion that exist: removing either drops its scores.
 */

/** How an editor of one comparison changes it: by handing over a pure edit. */
export type Edit = (edit: (c: Comparison) => Comparison) => void;

export function newComparison(): Comparison {
  return {
    id: newId(),
    question: '',
    layer: '',
    candidates: [],
    criteria: [],
    scores: [],
    rationale: '',
    adoptedCandidateId: '',
  };
}

/** `comparisons` with the one of `id` replaced by `edit(it)`. */
export function editComparison(
  comparisons: readonly Comparison[],
  id: string,
  edit: (c: Comparison) => Comparison,
): Comparison[] {
  return comparisons.map((c) => (c.id === id ? edit(c) : c));
}

export function addCandidate(c: Comparison, name = ''): Comparison {
  return { ...c, candidates: [...c.candidates, { id: newId(), name }] };
}

export function renameCandidate(c: Comparison, id: string, name: string): Comparison {
  return { ...c, candidates: c.candidates.map((k) => (k.id === id ? { ...k, name } : k)) };
}

/** −1 moves the candidate one column left, +1 one column right. */
export function moveCandidate(c: Comparison, id: string, offset: -1 | 1): Comparison {
  return { ...c, candidates: moveRow(c.candidates, id, offset) };
}

/** Drops the candidate and its scores; an adoption of it no longer names a candidate. */
export function removeCandidate(c: Comparison, id: string): Comparison {
  return {
    ...c,
    candidates: c.candidates.filter((k) => k.id !== id),
    scores: c.scores.filter((s) => s.candidateId !== id),
    adoptedCandidateId: c.adoptedCandidateId === id ? '' : c.adoptedCandidateId,
  };
}

export function addCriterion(c: Comparison, name = '', weight = 1): Comparison {
  return { ...c, criteria: [...c.criteria, { id: newId(), name, weight }] };
}

/** Adds the named criteria (weight 1 each) that the comparison does not have yet. */
export function addCriteria(c: Comparison, names: readonly string[]): Comparison {
  const present = new Set(c.criteria.map((k) => criterionKey(k.name)));
  const fresh = [...new Set(names)].filter((n) => n.trim() && !present.has(criterionKey(n)));
  const added: Criterion[] = fresh.map((name) => ({ id: newId(), name, weight: 1 }));
  return added.length ? { ...c, criteria: [...c.criteria, ...added] } : c;
}

/** Criteria match by name whatever their case and spacing ("Team  expertise"). */
export const criterionKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

export function updateCriterion(
  c: Comparison,
  id: string,
  patch: Partial<Omit<Criterion, 'id'>>,
): Comparison {
  if (patch.weight !== undefined && !(patch.weight >= 0 && Number.isFinite(patch.weight))) {
    throw new RangeError(`A weight is a finite number of 0 or more, not ${patch.weight}`);
  }
  return { ...c, criteria: c.criteria.map((k) => (k.id === id ? { ...k, ...patch } : k)) };
}

/** −1 moves the criterion one row up, +1 one row down. */
export function moveCriterion(c: Comparison, id: string, offset: -1 | 1): Comparison {
  return { ...c, criteria: moveRow(c.criteria, id, offset) };
}

export function removeCriterion(c: Comparison, id: string): Comparison {
  return {
    ...c,
    criteria: c.criteria.filter((k) => k.id !== id),
    scores: c.scores.filter((s) => s.criterionId !== id),
  };
}

export function scoreOf(
  c: Comparison,
  criterionId: string,
  candidateId: string,
): Score | undefined {
  return c.scores.find((s) => s.criterionId === criterionId && s.candidateId === candidateId);
}

/**
 * Sets a cell's score (null: not scored) and/or note. A cell with neither is dropped, so a
 * cleared cell leaves no trace; a note alone keeps the cell with a null score.
 */
export function setCell(
  c: Comparison,
  criterionId: string,
  candidateId: string,
  patch: Partial<Pick<Score, 'score' | 'note'>>,
): Comparison {
  if (
    patch.score != null &&
    !(Number.isInteger(patch.score) && patch.score >= 1 && patch.score <= 5)
  ) {
    throw new RangeError(`A score is a whole number from 1 to 5, not ${patch.score}`);
  }
  const current = scoreOf(c, criterionId, candidateId);
  const cell: Score = { criterionId, candidateId, score: null, note: '', ...current, ...patch };
  const others = c.scores.filter((s) => s !== current);
  const empty = cell.score === null && cell.note.trim() === '';
  if (empty) return current ? { ...c, scores: others } : c;
  if (!current) return { ...c, scores: [...c.scores, cell] };
  return { ...c, scores: c.scores.map((s) => (s === current ? cell : s)) };
}
