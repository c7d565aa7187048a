import { describe, expect, it } from 'vitest';
import { sectionMarkdown } from '../../document/markdown/toMarkdown';
import { tableCells } from '../../test/markdown';
import { costAnalysis, currencyOf, type CostAnalysis } from './model';
import { example } from './example';

const withCosts = (currency: CostAnalysis['currency'], ...costs: [string, string][]) => ({
  currency,
  costs: costs.map(([component, monthlyCost], i) => ({ id: `c${i}`, component, monthlyCost })),
});

describe('12. Cost Analysis', () => {
  it('keeps its heading and 12.1 with "Not yet specified." when empty', () => {
    expect(sectionMarkdown(costAnalysis, costAnalysis.empty())).toBe(
      '## 12. Cost Analysis\n\n### 12.1 Infrastructure Costs\n\n_Not yet specified._',
    );
  });

  it('renders the example as the template table with computed annual costs and totals', () => {
    const markdown = sectionMarkdown(costAnalysis, example());
    expect(markdown).toContain('### 12.1 Infrastructure Costs');
    expect(markdown).toContain('| **Total** | **$2,800** | **$33,600** |');
    expect(tableCells(markdown)).toEqual([
      ['Component', 'Monthly Cost', 'Annual Cost'],
      ['Compute', '$2,000', '$24,000'],
      ['Storage', '$500', '$6,000'],
      ['Network', '$300', '$3,600'],
      ['Total', '$2,800', '$33,600'],
    ]);
  });

  it('formats every amount in the chosen currency, with cents when any amount has them', () => {
    const markdown = sectionMarkdown(costAnalysis, withCosts('EUR', ['Compute', '1.500,25']));
    expect(tableCells(markdown)).toEqual([
      ['Component', 'Monthly Cost', 'Annual Cost'],
      ['Compute', '€1,500.25', '€18,003.00'],
      ['Total', '€1,500.25', '€18,003.00'],
    ]);
  });

  it('reads an unchosen currency as USD', () => {
    expect(currencyOf({ currency: '' })).toBe('USD');
    expect(tableCells(sectionMarkdown(costAnalysis, withCosts('', ['A', '10'])))[1]).toEqual([
      'A',
      '$10',
      '$120',
    ]);
  });

  it('keeps an amount that is not a number as typed and says the totals leave it out', () => {
    const markdown = sectionMarkdown(
      costAnalysis,
      withCosts('USD', ['Compute', '2,000'], ['Support | on call', 'about 2k']),
    );
    expect(tableCells(markdown)).toEqual([
      ['Component', 'Monthly Cost', 'Annual Cost'],
      ['Compute', '$2,000', '$24,000'],
      ['Support | on call', 'about 2k', ''],
      ['Total', '$2,000', '$24,000'],
    ]);
    expect(markdown).toContain('_Left out of the totals: Monthly cost 2 is not a number._');
  });

  it('leaves out blank rows and says "Not yet specified." when every row is blank', () => {
    expect(sectionMarkdown(costAnalysis, withCosts('USD', ['', ' ']))).toContain(
      '### 12.1 Infrastructure Costs\n\n_Not yet specified._',
    );
  });

  it('accepts the example and rejects malformed data', () => {
    expect(costAnalysis.schema.safeParse(example()).success).toBe(true);
    expect(costAnalysis.schema.safeParse(costAnalysis.empty()).success).toBe(true);
    expect(costAnalysis.schema.safeParse({ currency: 'XYZ', costs: [] }).success).toBe(false);
    expect(
      costAnalysis.schema.safeParse({
        currency: 'USD',
        costs: [{ id: 'c1', component: 'Compute', monthlyCost: 2000 }],
      }).success,
    ).toBe(false);
    expect(
      costAnalysis.schema.safeParse({ currency: 'USD', costs: [{ component: 'Compute' }] }).success,
    ).toBe(false);
  });

  it('fills missing fields with defaults, so older documents still load', () => {
    expect(costAnalysis.schema.parse({})).toEqual({ currency: '', costs: [] });
    expect(costAnalysis.schema.parse({ costs: [{ id: 'c1' }] }).costs).toEqual([
      { id: 'c1', component: '', monthlyCost: '' },
    ]);
  });
});
