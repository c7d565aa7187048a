import { inParallel, inSeries, leadingNumber } from '../../core/units/availability';
import { backupInterval, parseDuration } from '../../core/units/duration';
import { compareNames } from '../../core/names/match';
import { parseAvailability } from '../../sections/09-performance-requirements/downtime';
import type { ManifestResource } from '../../sections/08-deployment-architecture/manifests';
import type { ArchitectureModel, ModelComponent } from './model';

/**
 * The figures the design implies, computed from what the sections say: the availability of
 * the request path, the capacity against 9.1's throughput, and the recovery targets against
 * the downtime budget and the backups. Pure; shown where the numbers are typed.
 */

const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);

/** The component's 8.1 workload, if one runs it. */
function workloadOf(model: ArchitectureModel, c: ModelComponent): ManifestResource | undefined {
  return (model.resources ?? []).find((r) => WORKLOADS.has(r.kind) && compareNames(r.name, c.name));
}

function autoscaler(model: ArchitectureModel, w: ManifestResource): ManifestResource | undefined {
  return (model.resources ?? []).find(
    (r) => r.kind === 'HorizontalPodAutoscaler' && r.scaleTarget === `${w.kind}/${w.name}`,
  );
}

/** Replicas as typed in 4.2, else its workload's (the HPA's minimum or maximum), else 1. */
export function replicasOf(model: ArchitectureModel, c: ModelComponent, most = false): number {
  const typed = leadingNumber(c.row?.replicas ?? '');
  if (typed !== null && typed >= 1) return Math.floor(typed);
  const workload = workloadOf(model, c);
  if (!workload) return 1;
  const hpa = autoscaler(model, workload);
  if (hpa) return (most ? hpa.maxReplicas : hpa.minReplicas) ?? 1;
  return workload.replicas ?? 1;
}

export interface PathStep {
  readonly name: string;
  /** One instance's availability (fraction); null when 4.2 gives none. */
  readonly instance: number | null;
  readonly replicas: number;
  /** The component with its replicas in parallel; 1 when its availability is not known. */
  readonly composed: number;
}

export interface ComposedAvailability {
  /** The request path through 4.1 that is least available, from its entry to its end. */
  readonly path: readonly PathStep[];
  /** The path's availability (fraction): its steps in series. */
  readonly availability: number;
  /** 9.1's target (fraction), if it reads. */
  readonly target: number | null;
  /** Components of the path whose availability 4.2 does not give: counted as always up. */
  readonly unknown: readonly string[];
}

/** The availability of the request path of 4.1; null until a component on it has one. */
export function composedAvailability(model: ArchitectureModel): ComposedAvailability | null {
  const step = (c: ModelComponent): PathStep => {
    const typed = parseAvailability(c.row?.availability ?? '');
    const instance = typed.kind === 'valid' ? typed.percent / 100 : null;
    const replicas = replicasOf(model, c);
    return {
      name: c.name,
      instance,
      replicas,
      composed: instance === null ? 1 : inParallel(instance, replicas),
    };
  };
  const steps = new Map(model.components.filter((c) => c.node).map((c) => [c.name, step(c)]));
  if (![...steps.values()].some((s) => s.instance !== null)) return null;
  const next = new Map<string, string[]>();
  const entered = new Set<string>();
  for (const f of model.flows) {
    if (f.view !== '4.1' || !steps.has(f.from) || !steps.has(f.to) || f.from === f.to) continue;
    next.set(f.from, [...(next.get(f.from) ?? []), f.to]);
    entered.add(f.to);
  }
  // The least available way from each component to the end of a request (a link back to
  // one already on the way is not followed: a cycle is no longer path).
  const worst = new Map<string, { availability: number; path: string[] }>();
  const walk = (name: string, seen: Set<string>): { availability: number; path: string[] } => {
    const known = worst.get(name);
    if (known) return known;
    const own = steps.get(name)?.composed ?? 1;
    let best = { availability: own, path: [name] };
    for (const to of next.get(name) ?? []) {
      if (seen.has(to)) continue;
      const rest = walk(to, new Set([...seen, to]));
      if (own * rest.availability < best.availability || best.path.length === 1) {
        best = { availability: own * rest.availability, path: [name, ...rest.path] };
      }
    }
    worst.set(name, best);
    return best;
  };
  const entries = [...steps.keys()].filter((n) => !entered.has(n));
  const starts = entries.length > 0 ? entries : [...steps.keys()];
  const found = starts
    .map((n) => walk(n, new Set([n])))
    .reduce((a, b) => (b.availability < a.availability ? b : a));
  const path = found.path.map((n) => steps.get(n)).filter((s): s is PathStep => s !== undefined);
  const target = parseAvailability(model.doc.sections.performanceRequirements.availability);
  return {
    path,
    availability: inSeries(path.map((s) => s.composed)),
    target: target.kind === 'valid' ? target.percent / 100 : null,
    unknown: path.filter((s) => s.instance === null).map((s) => s.name),
  };
}

export interface Capacity {
  /** 9.1's throughput (requests per second). */
  readonly target: number;
  /** Each component with a per-instance throughput: what it serves at most. */
  readonly components: readonly {
    name: string;
    perInstance: number;
    replicas: number;
    total: number;
  }[];
  /** The component that serves least, and its headroom over the target (0.2 = 20 %). */
  readonly bottleneck: { name: string; total: number; headroom: number } | null;
}

/** 9.1's throughput against replicas × per-instance throughput; null until both are given. */
export function capacity(model: ArchitectureModel): Capacity | null {
  const target = leadingNumber(model.doc.sections.performanceRequirements.throughput);
  if (target === null || target <= 0) return null;
  const components = model.components.flatMap((c) => {
    const perInstance = leadingNumber(c.row?.throughput ?? '');
    if (perInstance === null || perInstance <= 0) return [];
    const replicas = replicasOf(model, c, true);
    return [{ name: c.name, perInstance, replicas, total: perInstance * replicas }];
  });
  if (components.length === 0) return null;
  const least = components.reduce((a, b) => (b.total < a.total ? b : a));
  return {
    target,
    components,
    bottleneck: { name: least.name, total: least.total, headroom: least.total / target - 1 },
  };
}

export interface Recovery {
  readonly rto: number | null;
  readonly rpo: number | null;
  /** The downtime 9.1 allows a month, in seconds. */
  readonly monthlyBudget: number | null;
  /** The most frequent backup: its interval (0 = continuous) and what it backs up. */
  readonly backup: { what: string; every: number } | null;
}

/** RTO and RPO beside the downtime budget and the backups; null while neither is given. */
export function recovery(model: ArchitectureModel): Recovery | null {
  const { disasterRecovery: dr, performanceRequirements } = model.doc.sections;
  const [rto, rpo] = [parseDuration(dr.rto), parseDuration(dr.rpo)];
  if (rto === null && rpo === null) return null;
  const target = parseAvailability(performanceRequirements.availability);
  const backups = dr.backups
    .map((b) => ({ what: b.what.trim() || 'a backup', every: backupInterval(b.frequency) }))
    .filter((b): b is { what: string; every: number } => b.every !== null);
  return {
    rto,
    rpo,
    monthlyBudget: target.kind === 'valid' ? target.perMonth : null,
    backup: backups.length > 0 ? backups.reduce((a, b) => (b.every < a.every ? b : a)) : null,
  };
}
