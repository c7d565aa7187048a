import { defineSection } from '../../core/document/section';
import { systemOverview } from './model';

/** The section's module: its model and, from this folder, all else the app needs of it. */
export const section = defineSection(systemOverview, {
  form: () => import('./SystemOverviewForm').then((m) => ({ default: m.SystemOverviewForm })),
  example: () => import('./example').then((m) => m.example()),
  imports: () => import('./import'),
  headings: {
    '2': `context; system context; context and scope; system scope and context; scope and context;
    external interfaces; interfaces; integrations; integration points; dependencies;
    external systems; system boundaries`,
    '2.1': `stakeholders; success criteria; success metrics; business goals`,
  },
});
