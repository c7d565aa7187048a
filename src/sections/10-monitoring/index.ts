import { defineSection } from '../../core/document/section';
import { monitoring } from './model';

/** The section's module: its model and, from this folder, all else the app needs of it. */
export const section = defineSection(monitoring, {
  form: () => import('./MonitoringForm').then((m) => ({ default: m.MonitoringForm })),
  example: () => import('./example').then((m) => m.example()),
  imports: () => import('./import'),
  review: () => import('./review').then((m) => m.monitoringDefined),
  headings: {
    '10': `monitoring; observability; telemetry; tracing; instrumentation`,
    '10.1': `metrics; dashboards`,
    '10.2': `logs; alerting; alerts`,
  },
});
