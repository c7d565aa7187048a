import { defineSection } from '../../core/document/section';
import { migrationStrategy } from './model';

/** The section's module: its model and, from this folder, all else the app needs of it. */
export const section = defineSection(migrationStrategy, {
  form: () => import('./MigrationStrategyForm').then((m) => ({ default: m.MigrationStrategyForm })),
  example: () => import('./example').then((m) => m.example()),
  review: () => import('./review').then((m) => m.migrationPlanned),
  headings: {
    '13': `migration; migration plan; rollout; roll out; rollout plan; launch; launch plan; release
    plan; transition; deprecation; milestones; timeline; phases; implementation plan;
    roadmap; cutover`,
  },
});
