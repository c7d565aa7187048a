import type { ReviewRule } from '../../core/checklist/types';
import { verdict } from '../../core/checklist/verdict';
import { count, names, rowName, verb } from '../../core/checklist/words';
import type { Risks } from './model';

const fix = { kind: 'field', section: 'risks', field: 'risks' } as const;

/** Risks are listed and every one has a mitigation. */
export const risksAssessed: ReviewRule<Risks> = {
  id: 'risks',
  title: 'Risk assessment done',
  item: 7,
  check: (data) => {
    const risks = data.risks.filter((r) => r.risk.trim() || r.mitigation.trim());
    const open = risks
      .map((r, i) => (r.mitigation.trim() ? '' : rowName(r.risk, i)))
      .filter(Boolean);
    return verdict(
      [
        risks.length === 0 && { reason: 'No risk is listed.', fix },
        open.length > 0 && {
          reason: `${count(open.length, 'risk')} ${verb(open.length, 'has', 'have')} no mitigation: ${names(open)}.`,
          fix,
        },
      ],
      () => `${count(risks.length, 'risk')}, each with a mitigation.`,
    );
  },
};
