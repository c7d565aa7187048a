import * as z from 'zod/mini';
import { defineModel, sectionName } from '../../core/document/section';
import { choice, rows, text } from '../../core/document/fields';
import { blocks, headed, table } from '../../core/markdown/blocks';
import { CURRENCIES, DEFAULT_CURRENCY, formatMoney, type Currency } from './money';
import { summariseCosts } from './summary';

/**
 * '' means "not chosen yet", read as USD everywhere. A fresh section then holds no value the
 * navigator would count as progress (core/document/progress.ts counts every non-blank string);
 * the form stores USD as soon as a cost is entered, so a filled section reads as complete.
 */
export const CURRENCY_CHOICES = ['', ...CURRENCIES] as const;

export const costItemSchema = z.object({
  component: text(),
  /** Text as typed ("2,000", "$2,000"); read by parseAmount. */
  monthlyCost: text(),
});

export const costAnalysisSchema = z.object({
  currency: choice(CURRENCY_CHOICES),
  costs: rows(costItemSchema.shape),
});
export type CostAnalysis = z.output<typeof costAnalysisSchema>;
export type CostItem = CostAnalysis['costs'][number];

export const SUBSECTIONS = [{ number: '12.1', title: 'Infrastructure Costs' }] as const;
const [infrastructureCosts] = SUBSECTIONS;

/** The currency amounts are shown in: the chosen one, USD until one is chosen. */
export function currencyOf(data: Pick<CostAnalysis, 'currency'>): Currency {
  return data.currency || DEFAULT_CURRENCY;
}

function costsMarkdown(data: CostAnalysis): string {
  const summary = summariseCosts(data.costs);
  if (summary.lines.length === 0) return '';
  const currency = currencyOf(data);
  const money = (value: number | null) =>
    value === null ? '' : formatMoney(value, currency, summary.cents);
  const body = summary.lines.map((l) => [
    l.component,
    l.monthly === null ? l.monthlyText : money(l.monthly),
    money(l.annual),
  ]);
  const total = [
    '**Total**',
    `**${money(summary.monthlyTotal)}**`,
    `**${money(summary.annualTotal)}**`,
  ];
  const note =
    summary.problems.length > 0 && `_Left out of the totals: ${summary.problems.join('; ')}._`;
  return blocks(
    table(
      ['Component', 'Monthly Cost', 'Annual Cost'],
      [...body, total],
      [undefined, 'right', 'right'],
    ),
    note,
  );
}

export const costAnalysis = defineModel({
  id: 'costAnalysis',
  number: '12',
  title: 'Cost Analysis',
  subsections: SUBSECTIONS,
  schema: costAnalysisSchema,
  toMarkdown: (data) => headed(3, sectionName(infrastructureCosts), costsMarkdown(data)),
});
