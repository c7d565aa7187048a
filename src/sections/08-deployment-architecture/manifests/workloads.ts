import { asArray, asNumber, asRecord, asText, type YamlRecord } from '../../../core/yaml';

export interface Extracted {
  replicas?: number;
  minReplicas?: number;
  maxReplicas?: number;
  scaleTarget?: string;
  serviceType?: string;
  images: string[];
  ports: string[];
  routes: string[];
}

/** Where each workload kind keeps its pod spec. */
function podSpec(kind: string, spec: YamlRecord | undefined): YamlRecord | undefined {
  switch (kind) {
    case 'Pod':
      return spec;
    case 'CronJob':
      return asRecord(asRecord(asRecord(asRecord(spec?.jobTemplate)?.spec)?.template)?.spec);
    default:
      // Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job.
      return asRecord(asRecord(spec?.template)?.spec);
  }
}

const unique = (values: string[]): string[] => [...new Set(values)];

/** What the summary table shows of one object, by kind; unknown kinds give empty lists. */
export function extract(kind: string, object: YamlRecord): Extracted {
  const spec = asRecord(object.spec);
  switch (kind) {
    case 'Service':
      return { ...serviceDetails(spec), images: [], routes: [] };
    case 'Ingress':
      return { images: [], ports: [], routes: ingressRoutes(spec) };
    case 'HorizontalPodAutoscaler':
      return { ...autoscaler(spec), images: [], ports: [], routes: [] };
    default:
      break;
  }
  const pod = podSpec(kind, spec);
  const containers = [...asArray(pod?.initContainers), ...asArray(pod?.containers)]
    .map(asRecord)
    .filter((c) => c !== undefined);
  const replicas = asNumber(spec?.replicas);
  return {
    ...(replicas !== undefined && { replicas }),
    images: unique(containers.flatMap((c) => asText(c.image) ?? [])),
    ports: unique(containers.flatMap((c) => asArray(c.ports).flatMap(containerPort))),
    routes: [],
  };
}

function containerPort(value: unknown): string[] {
  const port = asRecord(value);
  const number = asText(port?.containerPort);
  return number === undefined ? [] : [`${number}/${asText(port?.protocol) ?? 'TCP'}`];
}

function serviceDetails(spec: YamlRecord | undefined): { ports: string[]; serviceType?: string } {
  const type = asText(spec?.type);
  const ports = asArray(spec?.ports).flatMap((value) => {
    const port = asRecord(value);
    const number = asText(port?.port);
    if (number === undefined) return [];
    // targetPort defaults to port; showing "6379→6379" would only repeat it.
    const target = asText(port?.targetPort);
    let text = target === undefined || target === number ? number : `${number}→${target}`;
    const protocol = asText(port?.protocol);
    if (protocol !== undefined && protocol !== 'TCP') text += `/${protocol}`;
    const nodePort = asText(port?.nodePort);
    if (nodePort !== undefined) text += ` (node ${nodePort})`;
    return [text];
  });
  return { ports, ...(type !== undefined && type !== 'ClusterIP' && { serviceType: type }) };
}

/** "host/path → service:port" per Ingress path, plus the default backend. */
function ingressRoutes(spec: YamlRecord | undefined): string[] {
  const routes: string[] = [];
  const fallback = backend(spec?.defaultBackend ?? spec?.backend);
  if (fallback !== undefined) routes.push(`default → ${fallback}`);
  for (const rule of asArray(spec?.rules).map(asRecord)) {
    const host = asText(rule?.host) ?? '';
    for (const path of asArray(asRecord(rule?.http)?.paths).map(asRecord)) {
      const target = backend(path?.backend) ?? '?';
      routes.push(`${host}${asText(path?.path) ?? '/'} → ${target}`);
    }
  }
  return unique(routes);
}

function backend(value: unknown): string | undefined {
  const b = asRecord(value);
  if (b === undefined) return undefined;
  const service = asRecord(b.service);
  if (service !== undefined) {
    const port = asRecord(service.port);
    const name = asText(service.name) ?? '?';
    const number = asText(port?.number) ?? asText(port?.name);
    return number === undefined ? name : `${name}:${number}`;
  }
  // networking.k8s.io/v1beta1 and extensions/v1beta1 spell it serviceName/servicePort.
  const legacy = asText(b.serviceName);
  if (legacy !== undefined) {
    const port = asText(b.servicePort);
    return port === undefined ? legacy : `${legacy}:${port}`;
  }
  const resource = asRecord(b.resource);
  return resource ? `${asText(resource.kind) ?? '?'}/${asText(resource.name) ?? '?'}` : undefined;
}

function autoscaler(spec: YamlRecord | undefined): Omit<Extracted, 'images' | 'ports' | 'routes'> {
  const max = asNumber(spec?.maxReplicas);
  const target = asRecord(spec?.scaleTargetRef);
  const kind = asText(target?.kind);
  const name = asText(target?.name);
  return {
    minReplicas: asNumber(spec?.minReplicas) ?? 1,
    ...(max !== undefined && { maxReplicas: max }),
    ...(kind !== undefined && name !== undefined && { scaleTarget: `${kind}/${name}` }),
  };
}
