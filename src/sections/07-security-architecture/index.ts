import { defineSection } from '../../core/document/section';
import { securityArchitecture } from './model';

/** The section's module: its model and, from this folder, all else the app needs of it. */
export const section = defineSection(securityArchitecture, {
  form: () =>
    import('./SecurityArchitectureForm').then((m) => ({ default: m.SecurityArchitectureForm })),
  example: () => import('./example').then((m) => m.example()),
  imports: () => import('./import'),
  review: () => import('./review').then((m) => m.securityImplemented),
  headings: {
    '7': `security; security considerations; security and privacy; privacy; security assessment;
    threat model; threat modeling; threats; vulnerabilities; vulnerabilities and threats;
    compliance; encryption; data encryption`,
    '7.1': `authentication; authorization; authn; authz; auth; access control; identity and access
    management; iam; permissions`,
  },
});
