import { defineSection } from '../../core/document/section';
import { disasterRecovery } from './model';

/** The section's module: its model and, from this folder, all else the app needs of it. */
export const section = defineSection(disasterRecovery, {
  form: () => import('./DisasterRecoveryForm').then((m) => ({ default: m.DisasterRecoveryForm })),
  example: () => import('./example').then((m) => m.example()),
  headings: {
    '11': `recovery; business continuity; resilience; fault tolerance; failover; high availability`,
    '11.1': `backup; backups; backup and restore`,
    '11.2': `failure modes; failure handling; failures`,
  },
});
