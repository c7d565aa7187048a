import * as z from 'zod/mini';
import { rows, text } from '../../../core/document/fields';

/**
 * A stack comparison answers one question ("Which database?") for one layer of 3.2:
 * candidates (columns) scored 1-5 against weighted criteria (rows).
 */
export const candidateSchema = z.object({ id: z.string(), name: text() });

export const criterionSchema = z.object({
  id: z.string(),
  name: text(),
  /** Any non-negative number; shown normalised to a percentage of all weights. */
  weight: z._default(z.number().check(z.minimum(0)), 1),
});

export const scoreSchema = z.object({
  criterionId: z.string(),
  candidateId: z.string(),
  /** 1-5, or null while not scored: a missing score is never counted as zero. */
  score: z._default(z.nullable(z.number().check(z.int(), z.minimum(1), z.maximum(5))), null),
  note: text(),
});

export const comparisonSchema = z.object({
  id: z.string(),
  question: text(),
  /** The 3.2 layer an adopted candidate goes into ("Database"). */
  layer: text(),
  candidates: z._default(z.array(candidateSchema), []),
  criteria: z._default(z.array(criterionSchema), []),
  scores: z._default(z.array(scoreSchema), []),
  rationale: text(),
  /** The candidate adopted into 3.2 and the decision log, '' when none yet. */
  adoptedCandidateId: text(),
});

export const comparisonsSchema = () => rows(comparisonSchema.shape);

export type Candidate = z.output<typeof candidateSchema>;
export type Criterion = z.output<typeof criterionSchema>;
export type Score = z.output<typeof scoreSchema>;
export type Comparison = z.output<typeof comparisonSchema>;
