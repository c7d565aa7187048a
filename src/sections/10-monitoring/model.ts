import * as z from 'zod/mini';
import { defineModel, sectionName } from '../../core/document/section';
import { choice, rows, text } from '../../core/document/fields';
import {
  blocks,
  bulletList,
  captioned,
  headed,
  labelled,
  markdownText,
  table,
} from '../../core/markdown/blocks';

/** '' first: a fresh section has not chosen yet, and reads as empty in the navigator. */
export const LOG_FORMATS = ['', 'Structured (JSON)', 'Unstructured (plain text)'] as const;
export const SEVERITIES = ['Critical', 'Warning', 'Info'] as const;

export const alertRuleSchema = z.object({
  name: text(),
  condition: text(),
  severity: choice(SEVERITIES),
  /** The 4.2 component it watches, when the name alone does not say (optional). */
  component: z.optional(z.string()),
});

export const monitoringSchema = z.object({
  applicationMetrics: text(),
  infrastructureMetrics: text(),
  businessMetrics: text(),
  dashboards: text(),
  loggingStack: text(),
  structuredLogging: choice(LOG_FORMATS),
  logRetention: text(),
  alertRules: rows(alertRuleSchema.shape),
});
export type Monitoring = z.output<typeof monitoringSchema>;
export type AlertRule = Monitoring['alertRules'][number];

export const SUBSECTIONS = [
  { number: '10.1', title: 'Metrics' },
  { number: '10.2', title: 'Logging' },
] as const;
const [metrics, logging] = SUBSECTIONS;

export const monitoring = defineModel({
  id: 'monitoring',
  number: '10',
  title: 'Monitoring and Observability',
  subsections: SUBSECTIONS,
  schema: monitoringSchema,
  toMarkdown: (data) =>
    blocks(
      headed(
        3,
        sectionName(metrics),
        captioned('Application metrics', markdownText(data.applicationMetrics)),
        captioned('Infrastructure metrics', markdownText(data.infrastructureMetrics)),
        captioned('Business metrics', markdownText(data.businessMetrics)),
        captioned('Dashboards', markdownText(data.dashboards)),
      ),
      headed(
        3,
        sectionName(logging),
        bulletList([
          labelled('Logging stack', data.loggingStack),
          labelled('Structured logging', data.structuredLogging),
          labelled('Log retention', data.logRetention),
        ]),
        alertRulesTable(data.alertRules),
      ),
    ),
});

function alertRulesTable(alertRules: readonly AlertRule[]): string {
  // A rule with neither name nor condition is a row just added: its default severity alone
  // says nothing, so it stays out of the document.
  const filled = alertRules.filter((r) => r.name.trim() !== '' || r.condition.trim() !== '');
  // The component column only when a rule names one.
  const named = filled.some((r) => r.component?.trim());
  return captioned(
    'Alert rules',
    table(
      ['Name', 'Condition', 'Severity', ...(named ? ['Component'] : [])],
      filled.map((r) => [r.name, r.condition, r.severity, ...(named ? [r.component ?? ''] : [])]),
    ),
  );
}
