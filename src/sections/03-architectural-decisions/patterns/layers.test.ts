import { describe, expect, it } from 'vitest';
import { CATALOGUE } from './catalogue';
import { missingLayers } from './layers';
import { catalogueEntrySchema } from './schema';

const applied = (pattern: string, name: string) => ({
  id: pattern,
  pattern,
  name,
  appliedTo: [],
  parameters: [],
  rationale: '',
});

describe('the pattern catalogue', () => {
  it.each(CATALOGUE.map((e) => [e.id, e] as const))(
    '%s validates against its schema',
    (_id, entry) => {
      expect(catalogueEntrySchema.safeParse(entry).success).toBe(true);
    },
  );

  it('has the seed’s patterns and their companions, each id once', () => {
    const ids = CATALOGUE.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      'service-discovery',
      'circuit-breaker',
      'retry-backoff',
      'api-gateway',
      'event-sourcing',
      'event-bus',
      'cqrs',
      'multi-level-caching',
      'work-queue',
      'batch-processing',
      'stream-processing',
      'saga',
      'bulkhead',
      'strangler-fig',
      'sidecar',
      'backend-for-frontend',
      'outbox',
    ]) {
      expect(ids).toContain(id);
    }
    const breaker = CATALOGUE.find((e) => e.id === 'circuit-breaker')!;
    expect(breaker.parameters.map((p) => [p.name, p.default])).toEqual([
      ['Failure threshold', '5'],
      ['Reset timeout', '60 s'],
    ]);
  });
});

describe('missingLayers', () => {
  it('suggests what the style and the patterns need and 3.2 lacks', () => {
    const found = missingLayers(
      'Microservices',
      [applied('event-bus', 'Event bus (publish/subscribe)')],
      [{ layer: 'API Gateway', technology: 'Kong' }],
    );
    expect(found).toEqual([
      {
        layer: 'Service discovery',
        example: 'Kubernetes DNS, Consul',
        for: ['the Microservices style'],
      },
      {
        layer: 'Message broker',
        example: 'Kafka, RabbitMQ',
        for: ['Event bus (publish/subscribe)'],
      },
    ]);
  });

  it('knows a layer by its other names: a message queue is a message broker', () => {
    expect(
      missingLayers(
        '',
        [applied('event-bus', 'Event bus (publish/subscribe)')],
        [{ layer: 'Message Queue', technology: 'Apache Kafka' }],
      ),
    ).toEqual([]);
  });

  it('counts a layer as there when a row names it as layer or technology', () => {
    expect(
      missingLayers(
        'Event-driven',
        [applied('outbox', 'Transactional outbox')],
        [{ layer: 'Messaging', technology: 'Kafka (message broker)' }],
      ),
    ).toEqual([]);
    expect(missingLayers('', [], [])).toEqual([]);
  });
});
