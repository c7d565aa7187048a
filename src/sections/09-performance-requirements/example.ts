import { items, withIds } from '../../core/document/fields';
import type { AsyncJob, CacheLayer, PerformanceRequirements } from './model';

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
    // The seed's multi-level caching strategy and asynchronous processing, with its figures.
    caching: withIds<CacheLayer>(
      {
        level: 'Browser',
        cached: 'Static assets (JS, CSS, fonts)',
        ttl: '1 year',
        invalidation: 'File names carry a content hash: a release is new URLs',
      },
      {
        level: 'Browser',
        cached: 'API responses of the public catalogue',
        ttl: '5 minutes',
        invalidation: 'Cache-Control max-age, revalidated by ETag',
      },
      {
        level: 'CDN',
        cached: 'Product images (CloudFront, edge locations worldwide)',
        ttl: '30 days',
        invalidation: 'CloudFront invalidation of the path when an image changes',
      },
      {
        level: 'CDN',
        cached: 'CSS and JS of the Web Client',
        ttl: '7 days',
        invalidation: 'A new build is new file names',
      },
      {
        level: 'Application',
        cached: 'User sessions (Redis 7)',
        ttl: '1 hour (3,600 s)',
        invalidation: 'Deleted at logout',
      },
      {
        level: 'Application',
        cached: 'API responses (Redis 7)',
        ttl: '5 minutes (300 s)',
        invalidation: 'Deleted by the Product Service on ProductUpdated',
      },
      {
        level: 'Application',
        cached: 'Computed results: recommendations (Redis 7)',
        ttl: '15 minutes (900 s)',
        invalidation: 'Expire only',
      },
      {
        level: 'Database',
        cached: 'PostgreSQL query plans and prepared statements',
        ttl: 'Per connection',
        invalidation: 'Dropped with the connection; plans replanned on schema change',
      },
    ),
    asyncProcessing: withIds<AsyncJob>(
      {
        kind: 'Message queue',
        technology: 'Kafka (Amazon MSK)',
        how: 'Pub/sub: domain events (OrderPlaced, ProductUpdated) to every subscribing service',
      },
      {
        kind: 'Message queue',
        technology: 'Kafka consumer group',
        how: 'Work queue: order confirmation e-mails, one consumer per partition',
      },
      {
        kind: 'Message queue',
        technology: 'Kafka request and reply topics',
        how: 'RPC: stock reservations answered on a reply topic',
      },
      {
        kind: 'Batch',
        technology: 'Apache Airflow',
        how: 'Hourly sales aggregates; daily catalogue export and sitemap',
      },
      {
        kind: 'Stream',
        technology: 'Apache Flink',
        how: 'Tumbling 1-minute windows: orders per minute; sliding 15-minute windows: trending products',
      },
    ),
  };
}
