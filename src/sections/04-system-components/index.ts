import { defineSection } from '../../core/document/section';
import { systemComponents } from './model';

/** The section's module: its model and, from this folder, all else the app needs of it. */
export const section = defineSection(systemComponents, {
  form: () => import('./SystemComponentsForm').then((m) => ({ default: m.SystemComponentsForm })),
  example: () => import('./example').then((m) => m.example()),
  imports: () => import('./import'),
  review: () => import('./review').then((m) => m.componentsDefined),
  headings: {
    '4': `components; core components; building block view; building blocks; component view;
    modules; services; runtime view; blackbox overall system; whitebox overall system;
    container view`,
    '4.1': `architecture diagram; container diagram; system diagram`,
    '4.2': `component description; responsibilities`,
  },
});
