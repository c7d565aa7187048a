import * as z from 'zod/mini';
import { defineModel, sectionName } from '../../core/document/section';
import { rows, text } from '../../core/document/fields';
import { blocks, bulletList, headed, labelled, table } from '../../core/markdown/blocks';

export const backupSchema = z.object({
  what: text(),
  frequency: text(),
  retention: text(),
});

export const failureScenarioSchema = z.object({
  scenario: text(),
  impact: text(),
  response: text(),
  /** The 4.2 component that fails, when the scenario is about one (optional). */
  component: z.optional(z.string()),
});

export const disasterRecoverySchema = z.object({
  backups: rows(backupSchema.shape),
  rto: text(),
  rpo: text(),
  failureScenarios: rows(failureScenarioSchema.shape),
});
export type DisasterRecovery = z.output<typeof disasterRecoverySchema>;
export type Backup = DisasterRecovery['backups'][number];
export type FailureScenario = DisasterRecovery['failureScenarios'][number];

/** 11.2 as a table; the component column only when a scenario names one. */
function scenarioTable(scenarios: readonly FailureScenario[]): string {
  const named = scenarios.some((s) => s.component?.trim());
  return table(
    ['Scenario', 'Impact', 'Response', ...(named ? ['Component'] : [])],
    scenarios.map((s) => [s.scenario, s.impact, s.response, ...(named ? [s.component ?? ''] : [])]),
  );
}

export const SUBSECTIONS = [
  { number: '11.1', title: 'Backup Strategy' },
  { number: '11.2', title: 'Failure Scenarios' },
] as const;
const [backupStrategy, failureScenarios] = SUBSECTIONS;

export const disasterRecovery = defineModel({
  id: 'disasterRecovery',
  number: '11',
  title: 'Disaster Recovery',
  subsections: SUBSECTIONS,
  schema: disasterRecoverySchema,
  toMarkdown: (data) =>
    blocks(
      headed(
        3,
        sectionName(backupStrategy),
        table(
          ['What', 'Frequency', 'Retention'],
          data.backups.map((b) => [b.what, b.frequency, b.retention]),
        ),
        bulletList([
          labelled('Recovery time objective (RTO)', data.rto),
          labelled('Recovery point objective (RPO)', data.rpo),
        ]),
      ),
      headed(3, sectionName(failureScenarios), scenarioTable(data.failureScenarios)),
    ),
});
