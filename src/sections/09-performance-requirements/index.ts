import { defineSection } from '../../core/document/section';
import { performanceRequirements } from './model';

/** The section's module: its model and, from this folder, all else the app needs of it. */
export const section = defineSection(performanceRequirements, {
  form: () =>
    import('./PerformanceRequirementsForm').then((m) => ({
      default: m.PerformanceRequirementsForm,
    })),
  example: () => import('./example').then((m) => m.example()),
  review: () => import('./review').then((m) => m.scalabilityPlanned),
  headings: {
    '9': `performance; quality requirements; quality goals; quality scenarios; quality
    requirements overview; quality attributes; non functional requirements; nfr; nfrs;
    scalability; scaling; scale; scale the design; capacity; capacity planning; latency;
    throughput; availability; reliability`,
    '9.1': `sla; slas; slo; slos; service level objectives; service level agreements`,
  },
});
