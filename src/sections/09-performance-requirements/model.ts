import * as z from 'zod/mini';
import { defineModel, sectionName } from '../../core/document/section';
import { choice, list, rows, text } from '../../core/document/fields';
import { blocks, bulletList, captioned, headed, labelled, table } from '../../core/markdown/blocks';
import { availabilityText } from './downtime';

/** Where a cache sits, from the user's screen to the database (the seed's four levels). */
export const CACHE_LEVELS = ['Browser', 'CDN', 'Application', 'Database'] as const;
/** The seed's kinds of asynchronous processing. */
export const ASYNC_KINDS = ['Message queue', 'Batch', 'Stream'] as const;

export const cacheLayerSchema = z.object({
  level: choice(CACHE_LEVELS),
  cached: text(),
  /** How long an entry lives, as typed ("5 minutes", "1 year"). */
  ttl: text(),
  invalidation: text(),
});

export const asyncJobSchema = z.object({
  kind: choice(ASYNC_KINDS),
  technology: text(),
  /** A queue's pattern (pub/sub, work queue, RPC), a batch's schedule, a stream's window. */
  how: text(),
});

export const performanceRequirementsSchema = z.object({
  /** A percentage as typed ("99.9"); kept as text so that a half-typed value is never lost. */
  availability: text(),
  responseTime: text(),
  throughput: text(),
  durability: text(),
  scaling: list(),
  caching: rows(cacheLayerSchema.shape),
  asyncProcessing: rows(asyncJobSchema.shape),
});
export type PerformanceRequirements = z.output<typeof performanceRequirementsSchema>;
export type CacheLayer = PerformanceRequirements['caching'][number];
export type AsyncJob = PerformanceRequirements['asyncProcessing'][number];

export const SUBSECTIONS = [
  { number: '9.1', title: 'SLAs' },
  { number: '9.2', title: 'Scaling Strategy' },
] as const;
const [slas, scalingStrategy] = SUBSECTIONS;

export const performanceRequirements = defineModel({
  id: 'performanceRequirements',
  number: '9',
  title: 'Performance Requirements',
  subsections: SUBSECTIONS,
  schema: performanceRequirementsSchema,
  toMarkdown: (data) =>
    blocks(
      headed(
        3,
        sectionName(slas),
        bulletList([
          labelled('Availability', availabilityText(data.availability)),
          labelled('Response time (p95)', data.responseTime),
          labelled('Throughput', data.throughput),
          labelled('Data durability', data.durability),
        ]),
      ),
      headed(
        3,
        sectionName(scalingStrategy),
        bulletList(data.scaling.map((s) => s.text)),
        captioned(
          'Caching',
          table(
            ['Level', 'What is cached', 'TTL', 'Invalidation'],
            data.caching
              .filter((c) => `${c.cached}${c.ttl}${c.invalidation}`.trim())
              .map((c) => [c.level, c.cached, c.ttl, c.invalidation]),
          ),
        ),
        captioned(
          'Asynchronous processing',
          table(
            ['Kind', 'Technology', 'Pattern, schedule or window'],
            data.asyncProcessing
              .filter((a) => `${a.technology}${a.how}`.trim())
              .map((a) => [a.kind, a.technology, a.how]),
          ),
        ),
      ),
    ),
});
