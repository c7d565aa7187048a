import type { ReviewRule } from '../../core/checklist/types';
import { verdict } from '../../core/checklist/verdict';
import { count, names, rowName, verb } from '../../core/checklist/words';
import { formatMoney } from './money';
import { currencyOf } from './model';
import { summariseCosts } from './summary';
import type { CostAnalysis } from './model';

const fix = { kind: 'field', section: 'costAnalysis', field: 'costs' } as const;

/** A cost table whose every item has a monthly cost that reads as an amount. */
export const costAnalysed: ReviewRule<CostAnalysis> = {
  id: 'costs',
  title: 'Cost analysis completed',
  item: 6,
  check: (data) => {
    const summary = summariseCosts(data.costs);
    const unpriced = summary.lines
      .map((line, i) => (line.monthlyText.trim() ? '' : rowName(line.component, i)))
      .filter(Boolean);
    return verdict(
      [
        summary.lines.length === 0 && { reason: 'The cost table is empty.', fix },
        unpriced.length > 0 && {
          reason: `${count(unpriced.length, 'cost item')} ${verb(unpriced.length, 'has', 'have')} no monthly cost: ${names(unpriced)}.`,
          fix,
        },
        summary.problems.length > 0 && { reason: `${names(summary.problems)}.`, fix },
      ],
      () =>
        `${count(summary.lines.length, 'cost item')}, ${formatMoney(summary.monthlyTotal, currencyOf(data), summary.cents)} a month in all.`,
    );
  },
};
