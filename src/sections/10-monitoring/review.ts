import type { ReviewRule } from '../../core/checklist/types';
import { verdict } from '../../core/checklist/verdict';
import { count, names, rowName, verb } from '../../core/checklist/words';
import type { Monitoring } from './model';

type Field = 'applicationMetrics' | 'loggingStack' | 'alertRules';
const field = (name: Field) => ({ kind: 'field', section: 'monitoring', field: name }) as const;

/** What is measured, where logs go, and the alerts that wake someone up. */
export const monitoringDefined: ReviewRule<Monitoring> = {
  id: 'monitoring',
  title: 'Monitoring strategy defined',
  item: 5,
  check: (data) => {
    const metrics = [data.applicationMetrics, data.infrastructureMetrics, data.businessMetrics];
    const rules = data.alertRules.filter((r) => r.name.trim() || r.condition.trim());
    const vague = rules
      .map((r, i) => (r.condition.trim() ? '' : rowName(r.name, i)))
      .filter(Boolean);
    return verdict(
      [
        metrics.every((m) => !m.trim()) && {
          reason: '10.1 names no metrics.',
          fix: field('applicationMetrics'),
        },
        !data.loggingStack.trim() && {
          reason: 'No logging stack is named.',
          fix: field('loggingStack'),
        },
        rules.length === 0 && { reason: 'No alert rule is defined.', fix: field('alertRules') },
        vague.length > 0 && {
          reason: `${count(vague.length, 'alert rule')} ${verb(vague.length, 'has', 'have')} no condition: ${names(vague)}.`,
          fix: field('alertRules'),
        },
      ],
      () =>
        `Metrics, logging with ${data.loggingStack.trim()}, and ${count(rules.length, 'alert rule')}.`,
    );
  },
};
