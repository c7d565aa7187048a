import { defineSection } from '../../core/document/section';
import { costAnalysis } from './model';

/** The section's module: its model and, from this folder, all else the app needs of it. */
export const section = defineSection(costAnalysis, {
  form: () => import('./CostAnalysisForm').then((m) => ({ default: m.CostAnalysisForm })),
  example: () => import('./example').then((m) => m.example()),
  review: () => import('./review').then((m) => m.costAnalysed),
  headings: {
    '12': `cost; costs; cost estimate; cost estimation; budget; pricing`,
  },
});
