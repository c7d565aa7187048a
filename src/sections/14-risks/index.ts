import { defineSection } from '../../core/document/section';
import { risks } from './model';

/** The section's module: its model and, from this folder, all else the app needs of it. */
export const section = defineSection(risks, {
  form: () => import('./RisksForm').then((m) => ({ default: m.RisksForm })),
  example: () => import('./example').then((m) => m.example()),
  imports: () => import('./import'),
  review: () => import('./review').then((m) => m.risksAssessed),
  headings: {
    '14': `risks; risk; risks and technical debt; technical debt; risk assessment; known risks;
    open issues; open questions; known issues; limitations`,
  },
});
