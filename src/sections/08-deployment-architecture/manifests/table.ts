import { inlineCode as code } from '../../../core/markdown/blocks';
import type { ManifestResource } from './types';

// Kinds whose pods number spec.replicas, which Kubernetes defaults to 1 when left out.
const REPLICATED = new Set(['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController']);

/** The Replicas cell: "3", "1 (default)", "3–12 (autoscaled)" for an HPA, "one per node". */
export function replicasText(resource: ManifestResource): string {
  if (resource.replicas !== undefined) return String(resource.replicas);
  if (resource.kind === 'HorizontalPodAutoscaler') {
    const { minReplicas: min, maxReplicas: max } = resource;
    return max === undefined ? `${min ?? 1}+ (autoscaled)` : `${min ?? 1}–${max} (autoscaled)`;
  }
  if (resource.kind === 'DaemonSet') return 'one per node';
  return REPLICATED.has(resource.kind) ? '1 (default)' : '';
}

/**
 * The resource table as plain cells for core/markdown's `table()`. Images, ports and routes
 * are code spans (image tags and paths hold `_`, `*` and `@` that Markdown would read as
 * syntax), one per line; an Ingress shows its routes in the Ports column, an HPA its target
 * beside its name.
 */
export function manifestTable(resources: readonly ManifestResource[]): {
  headers: string[];
  rows: string[][];
} {
  return {
    headers: ['Kind', 'Name', 'Namespace', 'Replicas', 'Images', 'Ports'],
    rows: resources.map((r) => [
      r.serviceType ? `${r.kind} (${r.serviceType})` : r.kind,
      r.scaleTarget ? `${r.name} (scales ${r.scaleTarget})` : r.name,
      r.namespace ?? '',
      replicasText(r),
      r.images.map(code).join('\n'),
      [...r.ports, ...r.routes].map(code).join('\n'),
    ]),
  };
}
