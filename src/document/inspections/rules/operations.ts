import { compareNames, findByName, nameWords } from '../../../core/names/match';
import { backupInterval, parseDuration } from '../../../core/units/duration';
import {
  formatDuration,
  parseAvailability,
} from '../../../sections/09-performance-requirements/downtime';
import { field, type Inspection } from '../types';

const scenarios = field('disasterRecovery', 'failureScenarios');
const alerts = field('monitoring', 'alertRules');

// Words too common to tie a failure to an alert or a risk.
const COMMON = new Set(
  'a an the of in on or and to for by with from is are be at as its it no not any all one per high low'.split(
    ' ',
  ),
);
const terms = (text: string) =>
  new Set(nameWords(text).filter((w) => w.length > 2 && !COMMON.has(w)));
const shareTerm = (a: string, b: string) => {
  const tb = terms(b);
  return [...terms(a)].some((w) => tb.has(w) || tb.has(w.replace(/s$/, '')) || tb.has(`${w}s`));
};

const sameComponent = (a = '', b = '') =>
  a.trim() !== '' && b.trim() !== '' && compareNames(a, b) !== null;

export const operationsRules: readonly Inspection[] = [
  {
    id: 'component-reference',
    title: 'Alerts and failure scenarios name components that exist',
    severity: 'error',
    section: 'monitoring',
    check: (model) => {
      const { monitoring, disasterRecovery } = model.doc.sections;
      const unknown = (name = '') =>
        name.trim() !== '' && !findByName(name, model.components, (c) => c.name);
      return [
        ...monitoring.alertRules
          .filter((a) => unknown(a.component))
          .map((a) => ({
            message: `The alert rule ${a.name.trim() || 'without a name'} (10.2) watches ${a.component?.trim()}, which 4.2 does not describe.`,
            fix: alerts,
          })),
        ...disasterRecovery.failureScenarios
          .filter((f) => unknown(f.component))
          .map((f) => ({
            message: `The failure scenario ${f.scenario.trim() || 'without a name'} (11.2) names ${f.component?.trim()}, which 4.2 does not describe.`,
            fix: scenarios,
          })),
      ];
    },
  },
  {
    id: 'scenario-response',
    title: 'Every failure scenario has a response',
    severity: 'error',
    section: 'disasterRecovery',
    check: (model) =>
      model.doc.sections.disasterRecovery.failureScenarios
        .filter((f) => f.scenario.trim() && !f.response.trim())
        .map((f) => ({
          message: `The failure scenario ${f.scenario.trim()} (11.2) has no response.`,
          fix: scenarios,
        })),
  },
  {
    id: 'scenario-alert',
    title: 'Every failure scenario has an alert that detects it',
    severity: 'warning',
    section: 'monitoring',
    check: (model) => {
      const rules = model.doc.sections.monitoring.alertRules.filter((a) => a.name.trim());
      return model.doc.sections.disasterRecovery.failureScenarios
        .filter((f) => f.scenario.trim())
        .filter(
          (f) =>
            !rules.some(
              (a) =>
                // Said outright (both name the component), or guessed from their words.
                sameComponent(f.component, a.component) ||
                shareTerm(`${f.scenario} ${f.impact}`, `${a.name} ${a.condition}`),
            ),
        )
        .map((f) => ({
          message: `No alert rule of 10.2 would detect the failure scenario ${f.scenario.trim()} (11.2).`,
          fix: alerts,
        }));
    },
  },
  {
    id: 'risk-mitigation',
    title: 'Every high-impact risk has a mitigation',
    severity: 'error',
    section: 'risks',
    check: (model) =>
      model.doc.sections.risks.risks
        .filter((r) => r.risk.trim() && r.impact === 'High' && !r.mitigation.trim())
        .map((r) => ({
          message: `The high-impact risk ${r.risk.trim()} has no mitigation.`,
          fix: field('risks', 'risks'),
        })),
  },
  {
    id: 'risk-scenario',
    title: 'Every high-impact risk is planned for',
    severity: 'info',
    section: 'risks',
    check: (model) => {
      const { disasterRecovery, monitoring } = model.doc.sections;
      const known = [
        ...disasterRecovery.failureScenarios.map((f) => `${f.scenario} ${f.impact}`),
        ...monitoring.alertRules.map((a) => `${a.name} ${a.condition}`),
      ];
      return model.doc.sections.risks.risks
        .filter((r) => r.risk.trim() && r.impact === 'High')
        .filter((r) => !known.some((k) => shareTerm(r.risk, k)))
        .map((r) => ({
          message: `The high-impact risk ${r.risk.trim()} has no failure scenario in 11.2 and no alert in 10.2.`,
          fix: scenarios,
        }));
    },
  },
  {
    id: 'rto-within-sla',
    title: 'The RTO fits the downtime the SLA allows',
    severity: 'error',
    section: 'disasterRecovery',
    check: (model) => {
      const { disasterRecovery, performanceRequirements } = model.doc.sections;
      const target = parseAvailability(performanceRequirements.availability);
      const rto = parseDuration(disasterRecovery.rto);
      if (target.kind !== 'valid' || rto === null || rto <= target.perMonth) return [];
      return [
        {
          message: `The RTO of ${disasterRecovery.rto.trim()} is longer than the ${formatDuration(target.perMonth)} a month that 9.1's ${target.percent} % availability allows: one incident breaks the SLA.`,
          fix: field('disasterRecovery', 'rto'),
        },
      ];
    },
  },
  {
    id: 'rpo-backups',
    title: 'The backups can meet the RPO',
    severity: 'error',
    section: 'disasterRecovery',
    check: (model) => {
      const { backups, rpo: typed } = model.doc.sections.disasterRecovery;
      const rpo = parseDuration(typed);
      const intervals = backups
        .map((b) => ({ what: b.what.trim() || 'a backup', every: backupInterval(b.frequency) }))
        .filter((b): b is { what: string; every: number } => b.every !== null);
      if (rpo === null || intervals.length === 0) return [];
      const best = intervals.reduce((a, b) => (b.every < a.every ? b : a));
      if (best.every <= rpo) return [];
      return [
        {
          message: `The RPO of ${typed.trim()} is shorter than the most frequent backup (${best.what}, every ${formatDuration(best.every)}), and 11.1 lists no continuous replication or log archiving.`,
          fix: field('disasterRecovery', 'backups'),
        },
      ];
    },
  },
  {
    id: 'recovery-targets-readable',
    title: 'RTO and RPO are durations',
    severity: 'info',
    section: 'disasterRecovery',
    check: (model) => {
      const dr = model.doc.sections.disasterRecovery;
      return (['rto', 'rpo'] as const)
        .filter((key) => dr[key].trim() && parseDuration(dr[key]) === null)
        .map((key) => ({
          message: `The ${key.toUpperCase()} “${dr[key].trim()}” is not a duration the checks can read (e.g. “30 minutes”).`,
          fix: field('disasterRecovery', key),
        }));
    },
  },
];
