import { defineSection } from '../../core/document/section';
import { architecturalDecisions } from './model';

/** The section's module: its model and, from this folder, all else the app needs of it. */
export const section = defineSection(architecturalDecisions, {
  form: () =>
    import('./ArchitecturalDecisionsForm').then((m) => ({ default: m.ArchitecturalDecisionsForm })),
  example: () => import('./example').then((m) => m.example()),
  imports: () => import('./import'),
  headings: {
    '3': `architecture decisions; design decisions; decisions; decision drivers; considered
    options; options considered; decision outcome; pros and cons; pros and cons of the
    options; alternatives; alternatives considered; alternative solutions; trade offs;
    tradeoffs; solution strategy; cross cutting concepts; concepts; architecture
    constraints; constraints; constraints and assumptions; assumptions; proposed solution;
    solution; approach; design; detailed design; high level design; architecture;
    architecture overview`,
    '3.1': `architecture style; architecture pattern; architectural pattern`,
    '3.2': `tech stack; technologies; technology; technology choices`,
  },
});
