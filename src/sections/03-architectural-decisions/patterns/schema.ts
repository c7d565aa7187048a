import * as z from 'zod/mini';
import { text } from '../../../core/document/fields';

/** A pattern as the document records it: self-contained, so the Markdown needs no catalogue. */
export const appliedPatternSchema = z.object({
  /** The catalogue entry's id ("circuit-breaker"); the inspections read it. */
  pattern: text(),
  /** Its name as the catalogue gave it when applied. */
  name: text(),
  /** 4.2 components it is applied to, by name. */
  appliedTo: z._default(z.array(z.string()), []),
  /** The parameters it needs decided, with their values ("Failure threshold": "5"). */
  parameters: z._default(z.array(z.object({ name: text(), value: text() })), []),
  rationale: text(),
});

/** The catalogue's ids the inspections know, so that a renamed entry fails to compile. */
export const PATTERN_IDS = {
  circuitBreaker: 'circuit-breaker',
  eventSourcing: 'event-sourcing',
  multiLevelCaching: 'multi-level-caching',
  stranglerFig: 'strangler-fig',
} as const;

/** A catalogue entry: what the pattern is for and what applying it asks of the document. */
export const catalogueEntrySchema = z.object({
  id: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/)),
  name: z.string().check(z.minLength(3)),
  intent: z.string().check(z.minLength(20)),
  whenToUse: z.string().check(z.minLength(20)),
  tradeOffs: z.array(z.string().check(z.minLength(10))).check(z.minLength(1)),
  parameters: z.array(
    z.object({ name: z.string().check(z.minLength(2)), hint: z.string(), default: z.string() }),
  ),
  /** What the rest of the document must then show. */
  documentShows: z.array(z.string().check(z.minLength(10))).check(z.minLength(1)),
  /** 3.2 layers the pattern needs, suggested when 3.2 has none of that name. */
  layers: z.array(z.object({ layer: z.string(), example: z.string() })),
  /** Where it comes from in the seed document, or "classic" for the companions. */
  source: z.enum(['seed', 'classic']),
});
export type CatalogueEntry = z.output<typeof catalogueEntrySchema>;
