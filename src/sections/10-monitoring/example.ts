import { prose, withIds } from '../../core/document/fields';
import type { AlertRule, Monitoring } from './model';

export function example(): Monitoring {
  return {
    applicationMetrics: prose([
      'Every Fastify service exports RED metrics (request rate, errors, duration histograms per',
      'route) and Node.js runtime metrics (event-loop lag, heap) with `prom-client`; Prometheus',
      'scrapes them every 15 s. Kong reports latency and status codes per route, which gives the',
      'p95 response time of the SLA as users see it.',
    ]),
    infrastructureMetrics: prose([
      '- EKS nodes and pods: CPU, memory, restarts (node-exporter, kube-state-metrics)',
      '- PostgreSQL 16 (User DB, Product DB): connections, replication lag, slow queries',
      '- Redis 7: hit ratio, memory, evictions',
      '- Kafka: consumer lag per group, under-replicated partitions',
      '- AWS ALB: 5xx count and target response time (CloudWatch, via the CloudWatch exporter)',
    ]),
    businessMetrics: prose([
      'Orders per minute, checkout conversion, sign-ups (counted from `user.registered` events),',
      'catalogue updates (`product.updated`) and failed logins per hour.',
    ]),
    dashboards: prose([
      'Grafana, provisioned from Git: one dashboard per service (RED and saturation), a platform',
      'dashboard (EKS, PostgreSQL, Redis, Kafka), an **SLO dashboard** with the error budget of the',
      '99.9 % availability and p95 < 200 ms targets, and a business dashboard for the product team.',
    ]),
    loggingStack:
      'ELK: Fluent Bit on every EKS node ships container logs to Logstash, stored in Elasticsearch, searched in Kibana',
    structuredLogging: 'Structured (JSON)',
    logRetention:
      '14 days searchable in Elasticsearch, 90 days archived in S3; Auth Service audit logs 1 year',
    alertRules: withIds<AlertRule>(
      {
        name: 'High error rate',
        condition: '5xx responses > 1 % of requests for 5 min, on any service',
        severity: 'Critical',
      },
      {
        name: 'Availability error budget burn',
        condition: 'Error budget of the 99.9 % SLA burning 14 times faster than allowed over 1 h',
        severity: 'Critical',
      },
      {
        name: 'Slow responses',
        condition: 'p95 response time at the API Gateway > 200 ms for 10 min',
        severity: 'Warning',
      },
      {
        name: 'Replication lag',
        condition: 'PostgreSQL read replica lag > 30 s for 5 min',
        severity: 'Warning',
      },
      {
        name: 'Kafka consumer lag',
        condition: 'Consumer group lag > 10,000 messages for 15 min',
        severity: 'Warning',
      },
      {
        name: 'Storefront unreachable',
        condition:
          'Synthetic checks from outside AWS fail for 2 min: the region or the edge is unavailable',
        severity: 'Critical',
      },
      {
        name: 'Pod restarts',
        condition: 'A pod restarts more than 3 times in 15 min',
        severity: 'Info',
      },
    ),
  };
}
