import * as z from 'zod/mini';
import { defineModel } from '../../core/document/section';
import { choice, rows, text } from '../../core/document/fields';
import { table } from '../../core/markdown/blocks';

export const LEVELS = ['Low', 'Medium', 'High'] as const;

export const riskSchema = z.object({
  risk: text(),
  probability: choice(LEVELS),
  impact: choice(LEVELS),
  mitigation: text(),
});

export const risksSchema = z.object({ risks: rows(riskSchema.shape) });
export type Risks = z.output<typeof risksSchema>;
export type Risk = Risks['risks'][number];

export const SUBSECTIONS = [] as const;

export const risks = defineModel({
  id: 'risks',
  number: '14',
  title: 'Risks and Mitigations',
  subsections: SUBSECTIONS,
  schema: risksSchema,
  toMarkdown: (data) =>
    table(
      ['Risk', 'Probability', 'Impact', 'Mitigation'],
      // A row just added has its selects set but nothing written: not a risk yet.
      data.risks
        .filter((r) => r.risk.trim() || r.mitigation.trim())
        .map((r) => [r.risk, r.probability, r.impact, r.mitigation]),
    ),
});
