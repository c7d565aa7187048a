import { hasCents, parseAmount } from './money';

/** A cost row as the table holds it: the monthly cost is the text that was typed. */
export interface CostRow {
  readonly id: string;
  readonly component: string;
  readonly monthlyCost: string;
}

export interface CostLine {
  readonly id: string;
  readonly component: string;
  /** What was typed, for showing back an amount that is not a number. */
  readonly monthlyText: string;
  /** null when blank or not a number. */
  readonly monthly: number | null;
  readonly annual: number | null;
  /** "Monthly cost 2 is not a number", named like the cell so the user can find it. */
  readonly problem: string | null;
}

export interface CostSummary {
  /** Every row that has a component or an amount, in table order. */
  readonly lines: readonly CostLine[];
  readonly monthlyTotal: number;
  readonly annualTotal: number;
  /** Lines whose amount is not a number, so the totals leave them out. */
  readonly problems: readonly string[];
  /** Whether any amount needs cents to be shown exactly. */
  readonly cents: boolean;
}

const MONTHS = 12;

/** Annual costs and totals of the cost table; blank and unreadable amounts count as nothing. */
export function summariseCosts(rows: readonly CostRow[]): CostSummary {
  const lines: CostLine[] = [];
  rows.forEach((row, index) => {
    if (row.component.trim() === '' && row.monthlyCost.trim() === '') return;
    const parsed = parseAmount(row.monthlyCost);
    const monthly = parsed.kind === 'amount' ? parsed.value : null;
    lines.push({
      id: row.id,
      component: row.component,
      monthlyText: row.monthlyCost,
      monthly,
      annual: monthly === null ? null : monthly * MONTHS,
      problem: parsed.kind === 'invalid' ? `Monthly cost ${index + 1} is not a number` : null,
    });
  });
  // Summed in cents so that 0.1 + 0.2 adds up to 0.30 and not 0.30000000000000004.
  const monthlyCents = lines.reduce((sum, l) => sum + Math.round((l.monthly ?? 0) * 100), 0);
  const monthlyTotal = monthlyCents / 100;
  const annualTotal = (monthlyCents * MONTHS) / 100;
  return {
    lines,
    monthlyTotal,
    annualTotal,
    problems: lines.flatMap((l) => (l.problem ? [l.problem] : [])),
    cents: lines.some((l) => l.monthly !== null && hasCents(l.monthly)),
  };
}
