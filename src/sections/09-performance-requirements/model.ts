import * as z from 'zod/mini';
import { defineModel, sectionName } from '../../core/document/section';
import { list, text } from '../../core/document/fields';
import { blocks, bulletList, headed, labelled } from '../../core/markdown/blocks';
import { availabilityText } from './downtime';

export const performanceRequirementsSchema = z.object({
  /** A percentage as typed ("99.9"); kept as text so that a half-typed value is never lost. */
  availability: text(),
  responseTime: text(),
  throughput: text(),
  durability: text(),
  scaling: list(),
});
export type PerformanceRequirements = z.output<typeof performanceRequirementsSchema>;

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
      headed(3, sectionName(scalingStrategy), bulletList(data.scaling.map((s) => s.text))),
    ),
});
