import { withIds } from '../../core/document/fields';
import type { Backup, DisasterRecovery, FailureScenario } from './model';

export function example(): DisasterRecovery {
  return {
    backups: withIds<Backup>(
      {
        what: 'User DB and Product DB (PostgreSQL 16)',
        frequency: 'Daily automated snapshot, copied to eu-west-1',
        retention: '35 days',
      },
      {
        what: 'User DB and Product DB cross-region read replicas in eu-west-1',
        frequency: 'Continuous replication, promoted in a regional outage',
        retention: 'Current state only',
      },
      {
        what: 'PostgreSQL write-ahead log (WAL)',
        frequency: 'Continuous archiving to S3',
        retention: '7 days, for point-in-time recovery',
      },
      {
        what: 'Domain events (Kafka topics)',
        frequency: 'Continuous replication across the three availability zones',
        retention: '7 days',
      },
      {
        what: 'Kubernetes manifests and configuration',
        frequency: 'On every change (Git, applied by Argo CD)',
        retention: 'Full Git history',
      },
    ),
    rto: '30 minutes',
    rpo: '15 minutes',
    failureScenarios: withIds<FailureScenario>(
      {
        scenario: 'Single component failure',
        impact: 'A pod, node or database instance stops; its in-flight requests fail',
        response:
          'Kubernetes restarts the pod or reschedules it on a healthy node; readiness probes keep traffic away meanwhile; PostgreSQL fails over to its standby. No manual action',
      },
      {
        scenario: 'Data center (availability zone) failure',
        impact:
          'One of the three availability zones in eu-central-1 is lost, a third of capacity with it',
        response:
          'The ALB stops routing to the lost zone, HPA scales up in the other two, database standbys in another zone are promoted',
      },
      {
        scenario: 'Regional outage',
        impact: 'eu-central-1 is unavailable: ShopStream is down',
        response:
          'Promote the cross-region read replicas in eu-west-1, recreate the EKS workloads from Git with Argo CD, switch DNS; within the RTO of 30 minutes',
      },
      {
        scenario: 'Data corruption',
        impact: 'A faulty release or an operator error writes bad data to User DB or Product DB',
        response:
          'Point-in-time recovery to just before the corruption into a new instance, repair the affected rows from it, rebuild the Redis cache',
      },
    ),
  };
}
