import type { ReviewRule } from '../../core/checklist/types';
import { verdict } from '../../core/checklist/verdict';
import { count, names, rowName, verb } from '../../core/checklist/words';

const fix = { kind: 'field', section: 'risks', field: 'risks' } as const;

/** Risks are listed and every one has a mitigation. */
export const risksAssessed: ReviewRule = {
  id: 'risks',
  title: 'Risk assessment done',
  check: (doc) => {
    const risks = doc.sections.risks.risks.filter((r) => r.risk.trim() || r.mitigation.trim());
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
