import { defineSection } from '../../core/document/section';
import { dataArchitecture } from './model';

/** The section's module: its model and, from this folder, all else the app needs of it. */
export const section = defineSection(dataArchitecture, {
  form: () => import('./DataArchitectureForm').then((m) => ({ default: m.DataArchitectureForm })),
  example: () => import('./example').then((m) => m.example()),
  imports: () => import('./import'),
  headings: {
    '5': `data; data design; persistence; storage; data storage; database; databases`,
    '5.1': `data models; data flow; dataflow; data flow diagram; dataflow diagram; storage strategy`,
    '5.2': `database schema; schema; er diagram; entity relationship diagram; tables`,
  },
});
