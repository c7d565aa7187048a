import { rememberBy } from '../data/remember';

/** How much of a section is filled in, for the navigator's completeness mark. */
export type Completeness = 'empty' | 'partial' | 'complete';

function isFilled(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some((v) => isFilled(v));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).some(([k, v]) => k !== 'id' && isFilled(v));
  }
  // Numbers, booleans and selects always hold a value, so they say nothing about progress.
  return false;
}

/**
 * Counts the section's top-level fields that hold something. Fields that always have a value
 * (selects, numbers) are only counted inside rows, so a fresh section reads as empty.
 */
export interface Progress {
  filled: number;
  total: number;
  state: Completeness;
}

// An unchanged section keeps its object, and so its answer.
const measured = rememberBy((data: unknown, optional: readonly string[]): Progress =>
  measure(data, optional),
);

/** `optional` names fields that most documents rightly leave empty (see SectionDefinition). */
export function completeness(data: unknown, optional: readonly string[] = NONE): Progress {
  return measured(data, optional);
}

const NONE: readonly string[] = [];

function measure(data: unknown, optional: readonly string[]): Progress {
  const fields =
    data !== null && typeof data === 'object'
      ? Object.entries(data)
          .filter(([field]) => !optional.includes(field))
          .map(([, value]) => value as unknown)
      : [];
  const countable = fields.filter(
    (v) => typeof v === 'string' || Array.isArray(v) || (v !== null && typeof v === 'object'),
  );
  const filled = countable.filter(isFilled).length;
  const total = countable.length;
  const state: Completeness = filled === 0 ? 'empty' : filled === total ? 'complete' : 'partial';
  return { filled, total, state };
}
