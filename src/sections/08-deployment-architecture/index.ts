import { defineSection } from '../../core/document/section';
import { deploymentArchitecture } from './model';

/** The section's module: its model and, from this folder, all else the app needs of it. */
export const section = defineSection(deploymentArchitecture, {
  form: () =>
    import('./DeploymentArchitectureForm').then((m) => ({ default: m.DeploymentArchitectureForm })),
  example: () => import('./example').then((m) => m.example()),
  imports: () => import('./import'),
  headings: {
    '8': `deployment; deployment view; deployments; hosting; environments; operations; kubernetes;
    containers; container platform`,
    '8.1': `infrastructure`,
    '8.2': `ci cd; ci cd pipeline; continuous integration; continuous delivery; continuous
    deployment; build and release; pipeline`,
  },
});
