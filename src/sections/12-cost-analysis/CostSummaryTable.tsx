import { formatMoney, type Currency } from './money';
import { summariseCosts, type CostRow } from './summary';
import './cost-analysis.css';

interface CostSummaryTableProps {
  costs: readonly CostRow[];
  currency: Currency;
}

/**
 * The computed side of the cost table, read-only: each row's annual cost and the totals, and
 * for an amount that is not a number a message naming its cell (the typed text is kept).
 */
export function CostSummaryTable({ costs, currency }: CostSummaryTableProps) {
  const summary = summariseCosts(costs);
  const money = (value: number) => formatMoney(value, currency, summary.cents);
  return (
    <div className="cost-summary">
      {summary.lines.length > 0 && (
        <table className="cost-summary__table">
          <caption className="cost-summary__caption">Annual costs and totals (computed)</caption>
          <thead>
            <tr>
              <th scope="col">Component</th>
              <th scope="col">Monthly cost</th>
              <th scope="col">Annual cost</th>
            </tr>
          </thead>
          <tbody>
            {summary.lines.map((line) => (
              <tr key={line.id}>
                <th scope="row">{line.component.trim() || '—'}</th>
                {line.monthly === null ? (
                  <td className={line.problem ? 'cost-summary__invalid' : undefined}>
                    {line.problem ? line.monthlyText : '—'}
                  </td>
                ) : (
                  <td>{money(line.monthly)}</td>
                )}
                <td>{line.annual === null ? '—' : money(line.annual)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td>{money(summary.monthlyTotal)}</td>
              <td>{money(summary.annualTotal)}</td>
            </tr>
          </tfoot>
        </table>
      )}
      <output className="cost-summary__problems" aria-live="polite">
        {summary.problems.map((problem) => (
          <span key={problem} className="cost-summary__problem">
            {problem}; it is left out of the totals.
          </span>
        ))}
      </output>
    </div>
  );
}
