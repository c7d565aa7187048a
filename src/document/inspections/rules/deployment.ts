import { compareNames } from '../../../core/names/match';
import { parseAvailability } from '../../../sections/09-performance-requirements/downtime';
import type { ManifestResource } from '../../../sections/08-deployment-architecture/manifests';
import type { ArchitectureModel, ModelComponent } from '../../architecture/model';
import { field, type Inspection } from '../types';

const manifests = field('deploymentArchitecture', 'manifests');
const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet']);

// Not run as a workload of its own: a browser app, a managed edge or data service.
const NOT_DEPLOYED =
  /client|browser|mobile|frontend|\bspa\b|load balancer|\balb\b|\belb\b|\bnlb\b|cdn|cloudfront|managed|aws|azure|gcp|google cloud|saas/i;

const workloads = (model: ArchitectureModel): ManifestResource[] =>
  (model.resources ?? []).filter((r) => WORKLOADS.has(r.kind));

/** Components a Kubernetes manifest should run: stateless, and run by the team. */
function deployable(model: ArchitectureModel): ModelComponent[] {
  return model.components.filter(
    (c) => c.row && !c.store && !NOT_DEPLOYED.test(`${c.name} ${c.row.technology}`),
  );
}

const runs = (resource: ManifestResource, c: ModelComponent) =>
  compareNames(resource.name, c.name) !== null;

/** The replicas a workload keeps at least: its HPA's minimum, else spec.replicas (1 if unset). */
function minimumReplicas(model: ArchitectureModel, workload: ManifestResource): number {
  const hpa = (model.resources ?? []).find(
    (r) =>
      r.kind === 'HorizontalPodAutoscaler' && r.scaleTarget === `${workload.kind}/${workload.name}`,
  );
  return hpa ? (hpa.minReplicas ?? 1) : (workload.replicas ?? 1);
}

export const deploymentRules: readonly Inspection[] = [
  {
    id: 'component-not-deployed',
    title: 'Every service component is deployed',
    severity: 'warning',
    section: 'deploymentArchitecture',
    check: (model) => {
      const running = workloads(model);
      if (running.length === 0) return [];
      return deployable(model)
        .filter((c) => !running.some((w) => runs(w, c)))
        .map((c) => ({
          message: `${c.name} runs in no Deployment or StatefulSet of 8.1's manifests.`,
          fix: manifests,
        }));
    },
  },
  {
    id: 'workload-without-component',
    title: 'Every workload is a described component',
    severity: 'warning',
    section: 'deploymentArchitecture',
    check: (model) => {
      if (model.components.length === 0) return [];
      return workloads(model)
        .filter((w) => !model.components.some((c) => runs(w, c)))
        .map((w) => ({
          message: `The ${w.kind} ${w.name} (8.1, line ${w.line}) is no component of 4.2.`,
          fix: field('systemComponents', 'components'),
        }));
    },
  },
  {
    id: 'workload-without-service',
    title: 'Every Deployment has a Service',
    severity: 'warning',
    section: 'deploymentArchitecture',
    check: (model) => {
      const services = (model.resources ?? []).filter((r) => r.kind === 'Service');
      return workloads(model)
        .filter((w) => w.kind === 'Deployment' || w.kind === 'StatefulSet')
        .filter((w) => !services.some((s) => compareNames(s.name, w.name)))
        .map((w) => ({
          message: `The ${w.kind} ${w.name} (8.1, line ${w.line}) has no Service of the same name to reach it.`,
          fix: manifests,
        }));
    },
  },
  {
    id: 'single-replica',
    title: 'No single point of failure under a high availability target',
    severity: 'error',
    section: 'deploymentArchitecture',
    check: (model) => {
      const target = parseAvailability(model.doc.sections.performanceRequirements.availability);
      if (target.kind !== 'valid' || target.percent < 99.9) return [];
      return workloads(model)
        .filter((w) => w.kind !== 'DaemonSet' && minimumReplicas(model, w) < 2)
        .map((w) => ({
          message: `The ${w.kind} ${w.name} runs ${minimumReplicas(model, w)} replica while 9.1 asks ${target.percent} % availability: it is a single point of failure.`,
          fix: manifests,
        }));
    },
  },
];
