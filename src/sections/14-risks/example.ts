import { withIds } from '../../core/document/fields';
import type { Risks } from './model';

export function example(): Risks {
  return {
    risks: withIds(
      {
        risk: 'Data breach',
        probability: 'Low',
        impact: 'High',
        mitigation:
          'Encryption at rest and in transit, least-privilege access controls, quarterly penetration tests',
      },
      {
        risk: 'Service outage',
        probability: 'Medium',
        impact: 'High',
        mitigation: 'Redundancy across three availability zones, automated failover, runbooks',
      },
      {
        risk: 'Performance degradation',
        probability: 'Medium',
        impact: 'Medium',
        mitigation:
          'Auto-scaling on CPU and latency, load tests before each release, monitoring with alerts',
      },
    ),
  };
}
