import { count, names } from '../../../core/checklist/words';
import { capacity, composedAvailability } from '../../architecture/calculators';
import { field, type Inspection } from '../types';

const percent = (fraction: number) => `${(fraction * 100).toFixed(2)} %`;

/** Inspections of the figures the design implies (architecture/calculators.ts). */
export const calculatedRules: readonly Inspection[] = [
  {
    id: 'availability-composed',
    title: 'The request path can reach the availability target',
    severity: 'error',
    section: 'performanceRequirements',
    check: (model) => {
      const composed = composedAvailability(model);
      if (!composed || composed.target === null || composed.availability >= composed.target) {
        return [];
      }
      const path = composed.path.map((s) => s.name).join(' → ');
      return [
        {
          message: `The request path ${path} composes to ${percent(composed.availability)}, below 9.1's ${percent(composed.target)}.`,
          fix: field('systemComponents', 'components'),
        },
      ];
    },
  },
  {
    id: 'capacity-throughput',
    title: 'Replicas can carry the throughput target',
    severity: 'error',
    section: 'performanceRequirements',
    check: (model) => {
      const result = capacity(model);
      if (!result) return [];
      const short = result.components.filter((c) => c.total < result.target);
      if (short.length === 0) return [];
      return [
        {
          message: `${count(short.length, 'component')} cannot serve 9.1's ${result.target.toLocaleString('en-US')} requests/s even at their most replicas: ${names(short.map((c) => `${c.name} (${c.replicas} × ${c.perInstance.toLocaleString('en-US')} = ${c.total.toLocaleString('en-US')})`))}.`,
          fix: field('systemComponents', 'components'),
        },
      ];
    },
  },
];
