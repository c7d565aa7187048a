import type { Comparison } from './comparisons/schema';
import { items, prose, withIds } from '../../core/document/fields';
import type { AppliedPatternRow, ArchitecturalDecisions, StackRow } from './model';

/** The comparison behind ADR-0003: the database of each service. */
function databaseComparison(): Comparison {
  const criteria = [
    ['fit', 'Data model fit', 3],
    ['team', 'Team expertise', 2],
    ['ops', 'Operability on AWS', 2],
    ['performance', 'Performance', 2],
    ['cost', 'Cost', 1],
  ] as const;
  const scores: Record<string, [number, number, number]> = {
    // PostgreSQL, MySQL, MongoDB
    fit: [5, 4, 3],
    team: [5, 3, 2],
    ops: [5, 5, 4],
    performance: [4, 4, 4],
    cost: [4, 4, 3],
  };
  // Why a score is what it is, where the number alone would be argued about.
  const notes: Record<string, string> = {
    'fit/postgresql': 'Foreign keys across users and addresses; JSONB for product attributes',
    'fit/mongodb': 'Documents fit the catalogue, but user data is relational',
    'team/mongodb': 'Nobody has run it in production',
    'ops/postgresql': 'Amazon RDS Multi-AZ with read replicas',
    'cost/mongodb': 'Atlas on AWS costs more than RDS at this size',
  };
  const candidates = [
    { id: 'postgresql', name: 'PostgreSQL 16' },
    { id: 'mysql', name: 'MySQL 8' },
    { id: 'mongodb', name: 'MongoDB 7' },
  ];
  return {
    id: 'cmp-database',
    question: 'Which database for each service?',
    layer: 'Database',
    candidates,
    criteria: criteria.map(([id, name, weight]) => ({ id, name, weight })),
    scores: criteria.flatMap(([criterionId]) =>
      candidates.map((c, i) => ({
        criterionId,
        candidateId: c.id,
        score: scores[criterionId]?.[i] ?? null,
        note: notes[`${criterionId}/${c.id}`] ?? '',
      })),
    ),
    rationale:
      'Relational data with foreign keys (users, addresses, products, reviews), the team’s experience, and Amazon RDS Multi-AZ with read replicas.',
    adoptedCandidateId: 'postgresql',
  };
}

export function example(): ArchitecturalDecisions {
  return {
    pattern: 'Microservices',
    rationale: prose([
      'Identity, user accounts and the product catalogue change at different rates and carry very',
      'different load: during campaigns catalogue reads are roughly nine in ten requests. Splitting',
      'the system by business capability lets the **Product Service** scale out on its own and lets',
      'each team ship without coordinating a release of the whole storefront.',
      '',
      'The User and Product services each own their PostgreSQL database; no service reads another',
      'service’s tables, and state is shared only through APIs and Kafka domain events',
      '(`user.registered`, `product.updated`). Each service has one owning team, and the platform',
      'team already runs Kubernetes, so the operational cost of several services is known.',
    ]),
    tradeOffs: items(
      'Operational complexity (Kubernetes, service discovery, distributed tracing) accepted in exchange for independent scaling and deployment',
      'Eventual consistency between services through Kafka events instead of cross-database joins and transactions',
      'Extra network hops per request, kept inside the 200 ms p95 budget by Redis caching and gateway-level JWT validation',
      'Modular monolith considered: simpler to run and test, but catalogue reads cannot be scaled apart from the rest',
      'Serverless considered: cold starts at peak load and tighter coupling to one cloud vendor',
    ),
    technologyStack: withIds<StackRow>(
      {
        layer: 'Frontend',
        technology: 'React 19 + TypeScript',
        rationale: 'Team expertise, mature ecosystem, types shared with the backend services',
      },
      {
        layer: 'Backend',
        technology: 'Node.js 22 + TypeScript (Fastify)',
        rationale:
          'One language across the stack; Fastify is fast and validates requests by schema',
      },
      {
        layer: 'Database',
        technology: 'PostgreSQL 16',
        rationale:
          'Relational integrity for users and products, JSONB for product attributes, read replicas',
      },
      {
        layer: 'Cache',
        technology: 'Redis 7',
        rationale: 'Sub-millisecond catalogue and profile reads; TTLs and explicit invalidation',
      },
      {
        layer: 'Message Queue',
        technology: 'Apache Kafka',
        rationale:
          'Durable, replayable domain events (user.registered, product.updated) between services',
      },
      {
        layer: 'Container',
        technology: 'Kubernetes on AWS EKS',
        rationale:
          'Horizontal pod autoscaling, rolling deployments, managed control plane over three AZs',
      },
      {
        layer: 'API Gateway',
        technology: 'Kong',
        rationale:
          'Routing, rate limiting and JWT validation as plugins; declarative config in Git',
      },
      {
        layer: 'Load Balancer',
        technology: 'AWS ALB',
        rationale: 'Managed TLS termination and health checks across the three availability zones',
      },
      {
        layer: 'Service discovery',
        technology: 'Kubernetes DNS (Services)',
        rationale:
          'Every service is found by its Service name; readiness probes take instances out',
      },
    ),
    patterns: withIds<AppliedPatternRow>(
      {
        pattern: 'circuit-breaker',
        name: 'Circuit breaker',
        appliedTo: ['API Gateway'],
        parameters: [
          { name: 'Failure threshold', value: '5' },
          { name: 'Reset timeout', value: '60 s' },
        ],
        rationale:
          'Kong opens the breaker per upstream service, so one failing service does not hold every gateway worker',
      },
      {
        pattern: 'retry-backoff',
        name: 'Retry with backoff',
        appliedTo: ['User Service', 'Product Service'],
        parameters: [
          { name: 'Retry count', value: '3' },
          { name: 'Backoff', value: '100 ms, doubling, with jitter' },
          { name: 'Timeout', value: '30 s' },
        ],
        rationale:
          'Database and Kafka calls retry transient faults; only idempotent requests are retried',
      },
      {
        pattern: 'service-discovery',
        name: 'Service discovery',
        appliedTo: ['Auth Service', 'User Service', 'Product Service'],
        parameters: [
          { name: 'Registry', value: 'Kubernetes DNS' },
          { name: 'Health check interval', value: '10 s' },
        ],
        rationale: 'Pods come and go with autoscaling; callers use Service names, never addresses',
      },
      {
        pattern: 'event-bus',
        name: 'Event bus (publish/subscribe)',
        appliedTo: ['User Service', 'Product Service'],
        parameters: [
          { name: 'Broker', value: 'Kafka (Amazon MSK)' },
          { name: 'Delivery', value: 'At least once' },
        ],
        rationale:
          'user.registered and product.updated reach every interested service without coupling them',
      },
      {
        pattern: 'multi-level-caching',
        name: 'Multi-level caching',
        appliedTo: ['Web Client', 'API Gateway', 'Product Service'],
        parameters: [{ name: 'Levels', value: 'Browser, CDN, application, database' }],
        rationale:
          'Catalogue reads outnumber writes a hundred to one; 9.2 gives each level its TTL',
      },
    ),
    comparisons: [databaseComparison()],
  };
}
