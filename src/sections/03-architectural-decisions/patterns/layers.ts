import { catalogueEntry } from './catalogue';
import type { AppliedPattern } from './markdown';

/** The 3.2 layers an architectural style needs, as applied patterns do. */
const STYLE_LAYERS: Record<string, readonly { layer: string; example: string }[]> = {
  Microservices: [
    { layer: 'Service discovery', example: 'Kubernetes DNS, Consul' },
    { layer: 'API gateway', example: 'Kong, AWS API Gateway' },
  ],
  'Event-driven': [{ layer: 'Message broker', example: 'Kafka, RabbitMQ' }],
};

export interface LayerSuggestion {
  layer: string;
  example: string;
  /** What asks for it: the style and the applied patterns, by name. */
  for: string[];
}

const key = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');

/** What else a 3.2 row may call a layer, or name as its technology. */
const SAME: Record<string, readonly string[]> = {
  'message broker': [
    'message queue',
    'messaging',
    'event bus',
    'kafka',
    'rabbitmq',
    'sqs',
    'pulsar',
    'nats',
  ],
  'service discovery': ['service registry', 'consul', 'eureka', 'kubernetes dns', 'service mesh'],
  'api gateway': ['gateway', 'kong', 'apigee'],
  cache: ['redis', 'memcached'],
  'event store': ['eventstore'],
  scheduler: ['airflow', 'cron'],
  'stream processing': ['flink', 'spark streaming', 'kafka streams'],
  'service mesh': ['istio', 'linkerd'],
};

/**
 * The layers 3.1 asks of 3.2 that 3.2 has none of: a microservices style needs service
 * discovery and a gateway, an event bus needs a message broker, and so on. A layer counts as
 * there when a 3.2 row names it (as its layer or its technology).
 */
export function missingLayers(
  style: string,
  patterns: readonly AppliedPattern[],
  stack: readonly { layer: string; technology: string }[],
): LayerSuggestion[] {
  const wanted = new Map<string, LayerSuggestion>();
  const want = (layer: string, example: string, by: string) => {
    const found = wanted.get(key(layer)) ?? { layer, example, for: [] };
    if (!found.for.includes(by)) found.for.push(by);
    wanted.set(key(layer), found);
  };
  for (const l of STYLE_LAYERS[style] ?? []) want(l.layer, l.example, `the ${style} style`);
  for (const p of patterns) {
    for (const l of catalogueEntry(p.pattern)?.layers ?? []) want(l.layer, l.example, p.name);
  }
  const has = (layer: string) => {
    const names = [key(layer), ...(SAME[key(layer)] ?? [])];
    return stack.some((row) =>
      names.some((n) => key(row.layer).includes(n) || key(row.technology).includes(n)),
    );
  };
  return [...wanted.values()].filter((s) => !has(s.layer));
}
