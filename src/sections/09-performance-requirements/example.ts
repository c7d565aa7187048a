import { items } from '../../core/document/fields';
import type { PerformanceRequirements } from './model';

export function example(): PerformanceRequirements {
  return {
    availability: '99.9',
    responseTime: '< 200 ms for API requests, measured at the API Gateway',
    throughput: '10,000 requests/second at peak (seasonal sales), 2,500 on an average day',
    durability: '99.999999999 % for committed orders and account data (snapshots and WAL in S3)',
    scaling: items(
      'Horizontal pod autoscaling (HPA) on every stateless service, on CPU and p95 latency',
      'PostgreSQL read replicas for User DB and Product DB; writes stay on the primary',
      'CDN for static assets and product images, so the Web Client loads without reaching EKS',
      'Caching at multiple levels: CDN, Kong response cache for public catalogue routes, Redis 7 read-through cache in the services',
    ),
  };
}
