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
      headed(
        3,
        sectionName(failureScenarios),
        table(
          ['Scenario', 'Impact', 'Response'],
          data.failureScenarios.map((s) => [s.scenario, s.impact, s.response]),
        ),
      ),
    ),
});
