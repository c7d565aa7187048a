import type { ReviewRule } from '../../core/checklist/types';
import { verdict } from '../../core/checklist/verdict';
import { count } from '../../core/checklist/words';
import { parseAvailability } from './downtime';
import type { PerformanceRequirements } from './model';

type Field = 'availability' | 'throughput' | 'scaling';
const field = (name: Field) =>
  ({ kind: 'field', section: 'performanceRequirements', field: name }) as const;

/** An availability target, a throughput to scale for, and how the system scales (9.2). */
export const scalabilityPlanned: ReviewRule<PerformanceRequirements> = {
  id: 'scalability',
  title: 'Scalability plan in place',
  item: 4,
  check: (data) => {
    const availability = parseAvailability(data.availability);
    const strategies = data.scaling.filter((s) => s.text.trim());
    return verdict(
      [
        availability.kind !== 'valid' && {
          reason:
            availability.kind === 'blank'
              ? 'No availability target is set.'
              : `The availability target is not a percentage: ${availability.message}`,
          fix: field('availability'),
        },
        !data.throughput.trim() && {
          reason: 'No throughput target is set.',
          fix: field('throughput'),
        },
        strategies.length === 0 && {
          reason: '9.2 lists no scaling strategy.',
          fix: field('scaling'),
        },
      ],
      () =>
        `${count(strategies.length, 'scaling strategy', 'scaling strategies')} for ${data.throughput.trim()} at ${availability.kind === 'valid' ? availability.percent : ''}% availability.`,
    );
  },
};
