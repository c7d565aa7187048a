import { compareNames } from '../../../core/names/match';
import { PATTERN_IDS } from '../../../sections/03-architectural-decisions/patterns/schema';
import type { ArchitectureModel } from '../../architecture/model';
import { field, type Inspection } from '../types';

const applied = (model: ArchitectureModel, id: string) =>
  model.doc.sections.architecturalDecisions.patterns.filter((p) => p.pattern === id);
const on = (names: readonly string[]) => (names.length ? ` on ${names.join(', ')}` : '');

/** "a, b and c". */
const and = (items: readonly string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

const RETIRES =
  /\b(retire[sd]?|decommission(ed|s)?|switch(es|ed)? off|shut(s)? down|turn(s|ed)? off|sunset|remove[sd]?)\b/i;
const EVENT_STORE = /event\s*store/i;

export const patternRules: readonly Inspection[] = [
  {
    id: 'pattern-parameters',
    title: 'An applied pattern has its parameters decided',
    severity: 'warning',
    section: 'architecturalDecisions',
    check: (model) =>
      model.doc.sections.architecturalDecisions.patterns.flatMap((p) => {
        const open = p.parameters.filter((x) => !x.value.trim()).map((x) => x.name);
        if (open.length === 0) return [];
        return [
          {
            message: `${p.name}${on(p.appliedTo)} leaves ${and(open)} undecided.`,
            fix: field('architecturalDecisions', 'patterns'),
          },
        ];
      }),
  },
  {
    id: 'pattern-circuit-breaker-calls',
    title: 'A circuit breaker protects calls the diagrams draw',
    severity: 'warning',
    section: 'architecturalDecisions',
    check: (model) =>
      applied(model, PATTERN_IDS.circuitBreaker).flatMap((p) =>
        p.appliedTo
          .filter((name) => !model.flows.some((f) => compareNames(f.from, name) !== null))
          .map((name) => ({
            message: `A circuit breaker is applied to ${name}, which calls nothing in 4.1 or 5.1: there is no call for it to protect.`,
            fix: field('systemComponents', 'diagram'),
          })),
      ),
  },
  {
    id: 'pattern-event-store',
    title: 'Event sourcing has its event store',
    severity: 'warning',
    section: 'architecturalDecisions',
    check: (model) => {
      if (applied(model, PATTERN_IDS.eventSourcing).length === 0) return [];
      const { architecturalDecisions, dataArchitecture } = model.doc.sections;
      const named =
        architecturalDecisions.technologyStack.some((r) =>
          EVENT_STORE.test(`${r.layer} ${r.technology}`),
        ) || EVENT_STORE.test(dataArchitecture.dataFlowDiagram);
      if (named) return [];
      return [
        {
          message:
            'Event sourcing is applied, but neither 3.2 nor 5.1’s data flow names an event store: say where the events are kept.',
          fix: field('architecturalDecisions', 'technologyStack'),
        },
      ];
    },
  },
  {
    id: 'pattern-cache-levels',
    title: 'Multi-level caching gives every level its TTL',
    severity: 'warning',
    section: 'performanceRequirements',
    check: (model) =>
      applied(model, PATTERN_IDS.multiLevelCaching).flatMap((p) => {
        const levels = (p.parameters.find((x) => x.name === 'Levels')?.value ?? '')
          .split(/,|\band\b/)
          .map((l) => l.trim())
          .filter(Boolean);
        const caching = model.doc.sections.performanceRequirements.caching;
        const missing = levels.filter(
          (level) =>
            !caching.some((c) => c.level.toLowerCase() === level.toLowerCase() && c.ttl.trim()),
        );
        if (missing.length === 0) return [];
        return [
          {
            message: `Multi-level caching is applied with the levels ${and(levels)}, but 9.2’s caching strategy gives no TTL for ${and(missing)}.`,
            fix: field('performanceRequirements', 'caching'),
          },
        ];
      }),
  },
  {
    id: 'pattern-strangler-retires',
    title: 'A strangler fig ends with the legacy retired',
    severity: 'warning',
    section: 'migrationStrategy',
    check: (model) => {
      const phases = model.doc.sections.migrationStrategy.phases;
      return applied(model, PATTERN_IDS.stranglerFig).flatMap((p) =>
        p.appliedTo
          .filter(
            (legacy) =>
              !phases.some((ph) => {
                const text = `${ph.name} ${ph.description}`;
                return RETIRES.test(text) && text.toLowerCase().includes(legacy.toLowerCase());
              }),
          )
          .map((legacy) => ({
            message: `The strangler fig on ${legacy} never ends: no phase of 13 retires ${legacy}.`,
            fix: field('migrationStrategy', 'phases'),
          })),
      );
    },
  },
];
