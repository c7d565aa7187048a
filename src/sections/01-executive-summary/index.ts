import { defineSection } from '../../core/document/section';
import { executiveSummary } from './model';

/** The section's module: its model and, from this folder, all else the app needs of it. */
export const section = defineSection(executiveSummary, {
  form: () => import('./ExecutiveSummaryForm').then((m) => ({ default: m.ExecutiveSummaryForm })),
  example: () => import('./example').then((m) => m.example()),
  imports: () => import('./import'),
  headings: {
    '1': `summary; overview; introduction; introduction and goals; abstract; tl dr; tldr; purpose;
    motivation; background; context and problem statement; problem statement; goals; goals
    and non goals; non goals; objectives; scope; requirements; requirements overview;
    functional requirements; use cases; product description; about`,
  },
});
