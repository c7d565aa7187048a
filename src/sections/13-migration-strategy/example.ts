import { withIds } from '../../core/document/fields';
import type { MigrationStrategy, Phase } from './model';

export function example(): MigrationStrategy {
  return {
    phases: withIds<Phase>(
      {
        name: 'Setup infrastructure',
        description:
          'Weeks 1–4. Provision the EKS cluster across three availability zones in eu-central-1, the PostgreSQL 16 instances, Redis and Kafka as code; set up GitHub Actions, ECR and Argo CD; put the ALB and Kong in front of the PHP monolith so that all traffic already flows through the gateway. Exit: a skeleton service goes from merge to production in under 15 minutes, and dashboards and alerts are live.',
      },
      {
        name: 'Migrate core services',
        description:
          'Weeks 5–14. Extract the Auth, User and Product services from the monolith one at a time (strangler fig): Kong routes each migrated endpoint to its new service and everything else to the monolith. Exit: each service passes contract tests against the monolith’s API and has run on mirrored production traffic for a week with p95 under 200 ms.',
      },
      {
        name: 'Migrate data',
        description:
          'Weeks 12–18. Copy users and the product catalogue from the monolith’s database into User DB and Product DB, then keep them in sync with change data capture published to Kafka until the switch. Exit: nightly reconciliation finds no mismatched rows for 7 days in a row, and a failover to eu-west-1 has been rehearsed within the 30-minute RTO.',
      },
      {
        name: 'Switch traffic',
        description:
          'Weeks 19–22. Shift traffic with weighted routes in Kong: 5 %, 25 %, 50 %, then 100 %, each step held for at least 48 hours and rolled back automatically when the error rate passes 1 % or p95 passes 200 ms. Exit: all traffic on the new services for 14 days within the 99.9 % availability SLA.',
      },
      {
        name: 'Decommission old system',
        description:
          'Weeks 23–26. Make the monolith read-only, archive its database to S3 Glacier for audit, then remove its servers, DNS records and deployment jobs. Exit: no request has reached the monolith for 30 days and its hosting no longer appears on the monthly bill.',
      },
    ),
  };
}
