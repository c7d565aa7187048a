import type { ReviewRule } from '../../core/checklist/types';
import { verdict } from '../../core/checklist/verdict';
import { count, names } from '../../core/checklist/words';
import type { SecurityArchitecture } from './model';

type Field = 'authMethods' | 'accessModel' | 'measures' | 'encryptionStrategy';
const field = (name: Field) =>
  ({ kind: 'field', section: 'securityArchitecture', field: name }) as const;

/**
 * Authentication, authorization, encryption and measures in place. Planned measures are
 * named as evidence, not failed: a reviewed design may rightly plan some for later phases.
 */
export const securityImplemented: ReviewRule<SecurityArchitecture> = {
  id: 'security',
  title: 'Security measures implemented',
  item: 3,
  check: (data) => {
    const measures = data.measures.filter((m) => m.measure.trim());
    const inPlace = measures.filter((m) => m.status === 'In place');
    const planned = measures.filter((m) => m.status !== 'In place').map((m) => m.measure.trim());
    return verdict(
      [
        data.authMethods.length === 0 && {
          reason: 'No authentication method is chosen.',
          fix: field('authMethods'),
        },
        data.accessModel === '' && {
          reason: 'No authorization model is chosen.',
          fix: field('accessModel'),
        },
        inPlace.length === 0 && {
          reason:
            measures.length === 0
              ? 'No security measure is listed.'
              : `No security measure is in place yet (${count(measures.length, 'measure')} planned).`,
          fix: field('measures'),
        },
        !data.encryptionStrategy.trim() && {
          reason: 'The encryption strategy is not written.',
          fix: field('encryptionStrategy'),
        },
      ],
      () =>
        `${count(inPlace.length, 'measure')} in place` +
        (planned.length ? `, ${planned.length} planned: ${names(planned)}` : '') +
        `; ${data.authMethods.join(', ')} with ${data.accessModel}.`,
    );
  },
};
