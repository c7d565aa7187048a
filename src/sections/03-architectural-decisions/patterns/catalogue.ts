import type { CatalogueEntry } from './schema';

const p = (name: string, hint: string, value = '') => ({ name, hint, default: value });

/**
 * The patterns an architect applies: the seed document's (its microservices, event-driven
 * and quality-attribute sections, with their figures as defaults) and their classic
 * companions. Loaded with the form, never with the first screen.
 */
export const CATALOGUE: readonly CatalogueEntry[] = [
  {
    id: 'service-discovery',
    name: 'Service discovery',
    source: 'seed',
    intent: 'Services register where they run and find each other by name, not by address.',
    whenToUse: 'Many services whose instances come and go (autoscaling, rolling deploys).',
    tradeOffs: [
      'The registry is one more critical system',
      'Stale entries route calls to dead instances',
    ],
    parameters: [
      p('Registry', 'Kubernetes DNS, Consul, Eureka', 'Kubernetes DNS'),
      p('Health check interval', 'How often an instance is checked', '10 s'),
    ],
    documentShows: [
      'A registry in 3.2 or in the deployment of 8.1',
      'The services that register, in 4.2',
    ],
    layers: [{ layer: 'Service discovery', example: 'Kubernetes DNS, Consul' }],
  },
  {
    id: 'circuit-breaker',
    name: 'Circuit breaker',
    source: 'seed',
    intent:
      'Stops calling a failing dependency for a while, so that one failure does not exhaust every caller.',
    whenToUse: 'Synchronous calls to a service or system that can fail or slow down.',
    tradeOffs: [
      'Calls fail fast while it is open: callers need a fallback',
      'Thresholds set badly trip on normal noise',
    ],
    parameters: [
      p('Failure threshold', 'Failures before it opens', '5'),
      p('Reset timeout', 'Time open before a trial call', '60 s'),
    ],
    documentShows: ['The calls it protects, drawn in 4.1', 'An alert in 10.2 when it opens'],
    layers: [],
  },
  {
    id: 'retry-backoff',
    name: 'Retry with backoff',
    source: 'seed',
    intent: 'Repeats a failed call after growing pauses, for failures that pass by themselves.',
    whenToUse: 'Transient faults: timeouts, throttling, a restarting instance.',
    tradeOffs: [
      'Retries multiply load on a struggling service',
      'Only idempotent calls may be retried',
    ],
    parameters: [
      p('Retry count', 'Attempts after the first', '3'),
      p('Backoff', 'Base delay and growth', '100 ms, doubling, with jitter'),
      p('Timeout', 'Per attempt', '30 s'),
    ],
    documentShows: ['Which calls are idempotent (6)', 'Timeouts shorter than the caller’s own'],
    layers: [],
  },
  {
    id: 'api-gateway',
    name: 'API gateway',
    source: 'seed',
    intent:
      'One entry point for clients: routing, authentication, rate limits and TLS in one place.',
    whenToUse: 'Several services behind one public API, or clients of several kinds.',
    tradeOffs: ['A single point of failure unless replicated', 'One more hop on every request'],
    parameters: [
      p('Rate limit', 'Per client', '100 requests/s'),
      p('Authentication', 'What it checks', 'JWT (OAuth2/OIDC)'),
    ],
    documentShows: ['The gateway in 4.1 between clients and services', 'Its rate limits in 7.2'],
    layers: [{ layer: 'API gateway', example: 'Kong, AWS API Gateway' }],
  },
  {
    id: 'event-sourcing',
    name: 'Event sourcing with snapshots',
    source: 'seed',
    intent: 'State is the sequence of domain events that made it; snapshots keep rebuilding fast.',
    whenToUse: 'An audit trail is a requirement, or state must be rebuilt as of any moment.',
    tradeOffs: [
      'Event schemas live for ever: versioning them is work',
      'Queries need projections (often CQRS)',
    ],
    parameters: [
      p('Event store', 'Where the events are kept', 'PostgreSQL (events table)'),
      p('Snapshot interval', 'Events between snapshots', '100 events'),
    ],
    documentShows: ['The event store in 3.2 or in 5.1', 'Its backups and retention in 11.1'],
    layers: [{ layer: 'Event store', example: 'EventStoreDB, PostgreSQL, Kafka' }],
  },
  {
    id: 'event-bus',
    name: 'Event bus (publish/subscribe)',
    source: 'seed',
    intent:
      'Services publish domain events; every interested service subscribes, none knows the others.',
    whenToUse: 'A change in one service concerns several others, and they may act later.',
    tradeOffs: ['Eventual consistency between services', 'Flows are harder to follow than calls'],
    parameters: [
      p('Broker', 'What carries the events', 'Kafka'),
      p('Delivery', 'At least once, exactly once', 'At least once'),
    ],
    documentShows: ['The broker in 3.2 and 4.1', 'The events each service publishes'],
    layers: [{ layer: 'Message broker', example: 'Kafka, RabbitMQ' }],
  },
  {
    id: 'cqrs',
    name: 'CQRS',
    source: 'seed',
    intent: 'Separate models for writing and for reading, each shaped for its job.',
    whenToUse: 'Reads and writes differ greatly in volume or shape.',
    tradeOffs: ['Read models lag the writes', 'Two models to keep'],
    parameters: [p('Read store', 'Where read models live', 'Read replicas')],
    documentShows: ['The read and the write stores in 5.1'],
    layers: [],
  },
  {
    id: 'multi-level-caching',
    name: 'Multi-level caching',
    source: 'seed',
    intent:
      'Caches from the browser to the database, each keeping what it serves best for as long as it may.',
    whenToUse: 'Reads far outnumber writes, and a little staleness is acceptable.',
    tradeOffs: ['Invalidation across levels is the hard part', 'Stale data shown within the TTL'],
    parameters: [
      p('Levels', 'Browser, CDN, application, database', 'Browser, CDN, application, database'),
    ],
    documentShows: ['Each level with its TTL and invalidation in 9.2'],
    layers: [{ layer: 'Cache', example: 'Redis, Memcached' }],
  },
  {
    id: 'work-queue',
    name: 'Work queue',
    source: 'seed',
    intent: 'Tasks wait in a queue; a pool of workers takes them one at a time.',
    whenToUse: 'Slow or bursty work that need not finish within the request.',
    tradeOffs: [
      'Failed tasks need a dead-letter queue',
      'Results arrive later: the client must be told',
    ],
    parameters: [
      p('Queue', 'What holds the tasks', 'RabbitMQ'),
      p('Workers', 'How many, how they scale', '2–10, on queue length'),
    ],
    documentShows: ['The queue in 9.2’s asynchronous processing', 'The workers in 4.2'],
    layers: [{ layer: 'Message broker', example: 'RabbitMQ, SQS' }],
  },
  {
    id: 'batch-processing',
    name: 'Batch processing',
    source: 'seed',
    intent: 'Work on large sets runs on a schedule, apart from the requests.',
    whenToUse: 'Reports, exports and aggregates that may be hours old.',
    tradeOffs: ['Results are as old as the last run', 'A failed run needs a rerun plan'],
    parameters: [
      p('Scheduler', 'What runs the jobs', 'Apache Airflow'),
      p('Frequency', 'How often', 'Hourly / daily'),
    ],
    documentShows: ['The jobs and their schedule in 9.2'],
    layers: [{ layer: 'Scheduler', example: 'Apache Airflow' }],
  },
  {
    id: 'stream-processing',
    name: 'Stream processing',
    source: 'seed',
    intent: 'Events are processed as they arrive, over time windows.',
    whenToUse: 'Figures needed within seconds: monitoring, fraud, trends.',
    tradeOffs: [
      'Late and out-of-order events need a policy',
      'State in the stream processor must be checkpointed',
    ],
    parameters: [
      p('Engine', 'What processes the stream', 'Apache Flink'),
      p('Window', 'Tumbling or sliding, and its size', 'Tumbling, 1 minute'),
    ],
    documentShows: ['The streams and their windows in 9.2'],
    layers: [{ layer: 'Stream processing', example: 'Apache Flink, Spark Streaming' }],
  },
  {
    id: 'saga',
    name: 'Saga',
    source: 'classic',
    intent: 'A business transaction across services as local steps, each with a compensating step.',
    whenToUse: 'A change spans services that each own their data.',
    tradeOffs: [
      'No isolation: others see the half-done state',
      'Compensations must be designed for every step',
    ],
    parameters: [p('Coordination', 'Orchestration or choreography', 'Orchestration')],
    documentShows: [
      'The steps and their compensations (a sequence diagram)',
      'A failure scenario in 11.2 for a step that fails',
    ],
    layers: [],
  },
  {
    id: 'bulkhead',
    name: 'Bulkhead',
    source: 'classic',
    intent:
      'Separate pools of threads, connections or instances, so one overloaded part cannot sink the rest.',
    whenToUse: 'Callers of several dependencies, some slower than others.',
    tradeOffs: ['Pools sized too small waste capacity', 'More settings to tune'],
    parameters: [p('Pool size', 'Per dependency', '20 connections')],
    documentShows: ['The pools per dependency, beside the capacity figures of 4'],
    layers: [],
  },
  {
    id: 'strangler-fig',
    name: 'Strangler fig',
    source: 'classic',
    intent:
      'A legacy system is replaced piece by piece behind a facade until it can be switched off.',
    whenToUse: 'A migration too large or risky for one cut-over.',
    tradeOffs: [
      'Both systems run (and cost) for the length of the migration',
      'The facade routes by feature: it must be kept exact',
    ],
    parameters: [p('Facade', 'What routes between old and new', 'API gateway routes')],
    documentShows: ['Phases in 13 that move each part, the last retiring the legacy component'],
    layers: [],
  },
  {
    id: 'sidecar',
    name: 'Sidecar',
    source: 'classic',
    intent: 'A helper process beside each service instance: proxying, telemetry, certificates.',
    whenToUse: 'The same concern in services written in different languages.',
    tradeOffs: [
      'One more process per instance: memory and latency',
      'Upgrading sidecars is a fleet-wide change',
    ],
    parameters: [p('Sidecar', 'What runs beside each instance', 'Envoy')],
    documentShows: ['The sidecar in 8.1’s manifests'],
    layers: [{ layer: 'Service mesh', example: 'Istio, Linkerd' }],
  },
  {
    id: 'backend-for-frontend',
    name: 'Backend for frontend',
    source: 'classic',
    intent: 'One backend per kind of client, shaped for that client’s screens.',
    whenToUse: 'Web and mobile clients that need different data and calls.',
    tradeOffs: ['Logic duplicated between backends', 'More services to run'],
    parameters: [p('Clients', 'Which clients get their own backend', 'Web, mobile')],
    documentShows: ['Each backend and its client in 4.1'],
    layers: [],
  },
  {
    id: 'outbox',
    name: 'Transactional outbox',
    source: 'classic',
    intent: 'Events are written in the same transaction as the data, then relayed to the broker.',
    whenToUse:
      'A service must both change its data and publish an event, never one without the other.',
    tradeOffs: ['A relay to run and watch', 'Consumers must tolerate duplicates'],
    parameters: [p('Relay', 'What moves the outbox to the broker', 'Debezium')],
    documentShows: ['The outbox table in 5.2', 'The broker in 3.2'],
    layers: [{ layer: 'Message broker', example: 'Kafka' }],
  },
];

export function catalogueEntry(id: string): CatalogueEntry | undefined {
  return CATALOGUE.find((entry) => entry.id === id);
}
