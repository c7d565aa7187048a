import { nameKey } from '../../core/names/match';
import { sanitiseAccessibleText } from '../../core/mermaid/accessibility';
import type { ManifestResource } from '../../sections/08-deployment-architecture/manifests';
import type { DerivedBySection } from '../derived';
import type { ArchitectureView, ViewsBySection } from '../markdown/views';
import type { SectionId } from '../registry';
import type { ArchDocument } from '../schema';
import type { ArchitectureModel } from './model';
import { readArchitecture } from './read';

/**
 * The C4 views drawn from the model (System Context, Container, Deployment), each under the
 * section it belongs to. Generated, never stored: an edit to what they are drawn from redraws
 * them, and "Copy into the field" takes one over by hand.
 */

// A C4 macro argument is a quoted string: no quotes or line breaks inside, and no `%%`
// (Mermaid reads it as a comment or a directive anywhere).
const text = (value: string, max = 80): string => {
  const clean = sanitiseAccessibleText(value).replace(/["`]/g, "'");
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
};

/** A title line is read unquoted: only words and plain punctuation. */
const titleText = (value: string): string =>
  text(value)
    .replace(/[^\p{L}\p{N} .,'()/-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim() || 'the system';

/** Ids Mermaid's C4 grammar accepts, one per name. */
function ids(prefix: string) {
  const seen = new Map<string, string>();
  return (name: string): string => {
    const key = nameKey(name);
    let id = seen.get(key);
    if (!id) {
      id = `${prefix}${seen.size + 1}`;
      seen.set(key, id);
    }
    return id;
  };
}

function contextView(model: ArchitectureModel): string | null {
  if (model.externals.length === 0 && model.people.length === 0) return null;
  const title = model.doc.meta.title.trim() || 'The system';
  const lines = ['C4Context', `  title System Context of ${titleText(title)}`];
  model.people.forEach((p, i) =>
    lines.push(`  Person(p${i + 1}, "${text(p.name || p.role)}", "${text(p.role)}")`),
  );
  const summary = model.doc.sections.executiveSummary.overview.split(/(?<=\.)\s/)[0] ?? '';
  lines.push(`  System(system, "${text(title)}", "${text(summary, 120)}")`);
  model.externals.forEach((e, i) =>
    lines.push(`  System_Ext(e${i + 1}, "${text(e.name)}", "${text(e.row.description, 120)}")`),
  );
  model.people.forEach((p, i) => lines.push(`  Rel(p${i + 1}, system, "${text(p.interest, 40)}")`));
  model.externals.forEach((e, i) => {
    const how = text(e.row.protocol, 40);
    if (e.row.direction === 'Inbound') lines.push(`  Rel(e${i + 1}, system, "Calls", "${how}")`);
    else if (e.row.direction === 'Outbound')
      lines.push(`  Rel(system, e${i + 1}, "Calls", "${how}")`);
    else lines.push(`  BiRel(system, e${i + 1}, "Exchanges", "${how}")`);
  });
  lines.push('  UpdateLayoutConfig($c4ShapeInRow="3", $c4BoundaryInRow="1")');
  return lines.join('\n');
}

function containerView(model: ArchitectureModel): string | null {
  const parts = model.components.filter((c) => c.row || c.node);
  if (parts.length === 0) return null;
  const id = ids('c');
  const external = ids('x');
  const title = model.doc.meta.title.trim() || 'The system';
  const lines = ['C4Container', `  title Containers of ${titleText(title)}`];
  lines.push(`  System_Boundary(b, "${text(title)}") {`);
  for (const c of parts) {
    const macro = c.store ? 'ContainerDb' : 'Container';
    const technology = text(c.row?.technology ?? '', 60);
    const what = text(c.row?.responsibility ?? '', 120);
    lines.push(`    ${macro}(${id(c.name)}, "${text(c.name)}", "${technology}", "${what}")`);
  }
  lines.push('  }');
  const names = new Set(parts.map((c) => nameKey(c.name)));
  const outside = model.externals.filter((e) =>
    model.flows.some((f) => f.from === e.name || f.to === e.name),
  );
  for (const e of outside) {
    lines.push(
      `  System_Ext(${external(e.name)}, "${text(e.name)}", "${text(e.row.protocol, 60)}")`,
    );
  }
  const end = (name: string) =>
    names.has(nameKey(name))
      ? id(name)
      : outside.some((e) => e.name === name)
        ? external(name)
        : null;
  const drawn = new Set<string>();
  // A link with words first: 5.1 says what flows where 4.1 only draws an arrow.
  const flows = [...model.flows].sort((a, b) => Number(!a.label) - Number(!b.label));
  for (const flow of flows) {
    const [from, to] = [end(flow.from), end(flow.to)];
    if (!from || !to || from === to || drawn.has(`${from}>${to}`)) continue;
    drawn.add(`${from}>${to}`);
    lines.push(`  Rel(${from}, ${to}, "${text(flow.label || 'Uses', 40)}")`);
  }
  lines.push('  UpdateLayoutConfig($c4ShapeInRow="3", $c4BoundaryInRow="1")');
  return lines.join('\n');
}

const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);

function replicas(resource: ManifestResource, all: readonly ManifestResource[]): string {
  const hpa = all.find(
    (r) =>
      r.kind === 'HorizontalPodAutoscaler' && r.scaleTarget === `${resource.kind}/${resource.name}`,
  );
  if (hpa) return `${hpa.minReplicas ?? 1}–${hpa.maxReplicas ?? '?'} replicas (autoscaled)`;
  return resource.kind === 'DaemonSet' ? 'one per node' : `${resource.replicas ?? 1} replicas`;
}

function deploymentView(model: ArchitectureModel): string | null {
  const all = model.resources ?? [];
  const shown = all.filter(
    (r) => WORKLOADS.has(r.kind) || r.kind === 'Service' || r.kind === 'Ingress',
  );
  if (!shown.some((r) => WORKLOADS.has(r.kind))) return null;
  const id = ids('d');
  const key = (r: ManifestResource) => `${r.kind}/${r.namespace ?? ''}/${r.name}`;
  const lines = ['C4Deployment', '  title Deployment (Kubernetes)'];
  const namespaces = [...new Set(shown.map((r) => r.namespace ?? 'default'))];
  namespaces.forEach((ns, n) => {
    lines.push(`  Deployment_Node(ns${n + 1}, "${text(ns)}", "Kubernetes namespace") {`);
    for (const r of shown.filter((s) => (s.namespace ?? 'default') === ns)) {
      const detail = WORKLOADS.has(r.kind)
        ? `${r.kind}, ${replicas(r, all)}`
        : r.kind === 'Service'
          ? `Service${r.serviceType ? ` (${r.serviceType})` : ''} ${r.ports.join(', ')}`
          : `Ingress ${r.routes.join('; ')}`;
      const macro = r.kind === 'StatefulSet' ? 'ContainerDb' : 'Container';
      lines.push(
        `    ${macro}(${id(key(r))}, "${text(r.name)}", "${text(detail, 80)}", "${text(r.images.join(', '), 100)}")`,
      );
    }
    lines.push('  }');
  });
  for (const r of shown) {
    if (r.kind === 'Service') {
      const target = shown.find(
        (w) => WORKLOADS.has(w.kind) && w.name === r.name && w.namespace === r.namespace,
      );
      if (target) lines.push(`  Rel(${id(key(r))}, ${id(key(target))}, "routes to")`);
    }
    if (r.kind === 'Ingress') {
      for (const route of r.routes) {
        const service = /→\s*([\w.-]+):/.exec(route)?.[1];
        const target = shown.find(
          (s) => s.kind === 'Service' && s.name === service && s.namespace === r.namespace,
        );
        if (target)
          lines.push(
            `  Rel(${id(key(r))}, ${id(key(target))}, "${text(route.split('→')[0] ?? '', 40)}")`,
          );
      }
    }
  }
  // A Service beside the workload it routes to, one pair per row: readable at the page's width.
  lines.push('  UpdateLayoutConfig($c4ShapeInRow="2", $c4BoundaryInRow="1")');
  return lines.join('\n');
}

/** The generated views of a document, by the section they are drawn under. */
export function architectureViews(
  doc: ArchDocument,
  derived: DerivedBySection = {},
): ViewsBySection {
  const model = readArchitecture(doc, derived);
  const context = contextView(model);
  const container = containerView(model);
  const deployment = deploymentView(model);
  const views: Partial<Record<SectionId, ArchitectureView[]>> = {};
  if (context) {
    views.systemOverview = [
      { id: 'context', title: 'C4 System Context (from 2.1 and 2.2)', source: context },
    ];
  }
  if (container) {
    views.systemComponents = [
      {
        id: 'container',
        title: 'C4 Container view (from 2.2, 4.1, 4.2 and 5.1)',
        source: container,
        target: { section: 'systemComponents', field: 'diagram', label: 'Component diagram' },
      },
    ];
  }
  if (deployment) {
    views.deploymentArchitecture = [
      {
        id: 'deployment',
        title: 'C4 Deployment view (from 8.1’s manifests)',
        source: deployment,
        target: {
          section: 'deploymentArchitecture',
          field: 'deploymentDiagram',
          label: 'Deployment diagram',
        },
      },
    ];
  }
  return views;
}
