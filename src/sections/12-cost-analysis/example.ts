import { withIds } from '../../core/document/fields';
import type { CostAnalysis, CostItem } from './model';

export function example(): CostAnalysis {
  return {
    currency: 'USD',
    costs: withIds<CostItem>(
      { component: 'Compute', monthlyCost: '2,000' },
      { component: 'Storage', monthlyCost: '500' },
      { component: 'Network', monthlyCost: '300' },
    ),
  };
}
