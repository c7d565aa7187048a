import * as z from 'zod/mini';
import { newId } from '../../core/ids';
import { comparisonsMarkdown } from './comparisons/markdown';
import { comparisonsSchema } from './comparisons/schema';
import { patternsMarkdown } from './patterns/markdown';
import { appliedPatternSchema } from './patterns/schema';
import { defineModel, sectionName } from '../../core/document/section';
import { choice, list, rows, text } from '../../core/document/fields';
import {
  blocks,
  captioned,
  headed,
  labelled,
  labelledList,
  markdownText,
  table,
} from '../../core/markdown/blocks';

/** '' first: a fresh section has no pattern chosen yet and reads as empty. */
export const PATTERNS = [
  '',
  'Microservices',
  'Modular monolith',
  'Monolith',
  'Serverless',
  'Event-driven',
  'Layered',
  'Other',
] as const;

export const stackRowSchema = z.object({
  layer: text(),
  technology: text(),
  rationale: text(),
});

export const architecturalDecisionsSchema = z.object({
  pattern: choice(PATTERNS),
  rationale: text(),
  tradeOffs: list(),
  /** Design patterns applied (from the catalogue), with their components and parameters. */
  patterns: rows(appliedPatternSchema.shape),
  /** 3.2; stack comparisons also adopt their winner into it (layer = the comparison's layer). */
  technologyStack: rows(stackRowSchema.shape),
  /** Stack comparisons, shown under 3.2; adopting a candidate writes a 3.2 row and an ADR. */
  comparisons: comparisonsSchema(),
});
export type ArchitecturalDecisions = z.output<typeof architecturalDecisionsSchema>;
export type StackRow = ArchitecturalDecisions['technologyStack'][number];
export type AppliedPatternRow = ArchitecturalDecisions['patterns'][number];

/**
 * The stack with an adopted technology: what a stack comparison's "Adopt" action calls
 * (document/adopt.ts; this is its entry point into 3.2). It replaces the
 * row of the same layer (keeping that row's id, place and wording), so adopting twice never
 * duplicates it.
 */
export function adoptIntoStack(
  stack: readonly StackRow[],
  adopted: Omit<StackRow, 'id'>,
): StackRow[] {
  const key = (layer: string) => layer.trim().toLowerCase();
  const at = stack.findIndex((r) => key(r.layer) === key(adopted.layer));
  if (at < 0) return [...stack, { id: newId(), ...adopted }];
  const { technology, rationale } = adopted;
  return stack.map((r, i) => (i === at ? { ...r, technology, rationale } : r));
}

export const SUBSECTIONS = [
  { number: '3.1', title: 'Architectural Style' },
  { number: '3.2', title: 'Technology Stack' },
] as const;
const [style, stack] = SUBSECTIONS;

export const architecturalDecisions = defineModel({
  id: 'architecturalDecisions',
  number: '3',
  title: 'Architectural Decisions',
  subsections: SUBSECTIONS,
  schema: architecturalDecisionsSchema,
  toMarkdown: (data) =>
    blocks(
      headed(
        3,
        sectionName(style),
        labelled('Chosen architecture pattern', data.pattern),
        captioned('Rationale for selection', markdownText(data.rationale)),
        labelledList('Trade-offs considered', data.tradeOffs),
        patternsMarkdown(data.patterns),
      ),
      headed(
        3,
        sectionName(stack),
        table(
          ['Layer', 'Technology', 'Rationale'],
          data.technologyStack.map((r) => [r.layer, r.technology, r.rationale]),
        ),
        comparisonsMarkdown(data.comparisons),
      ),
    ),
});
