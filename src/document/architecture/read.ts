import { diagramGraph, type FlowGraph, type GraphNode } from '../../core/mermaid/nodes';
import { compareNames, findByName, mentions, nameKey } from '../../core/names/match';
import type { DataArchitectureDerived } from '../../sections/05-data-architecture/model';
import type { ApiDesignDerived } from '../../sections/06-api-design/model';
import type { DeploymentDerived } from '../../sections/08-deployment-architecture/model';
import type { DerivedBySection } from '../markdown/toMarkdown';
import type { ArchDocument } from '../schema';
import type { ArchitectureModel, ModelComponent, ModelExternal, ModelFlow, ViewId } from './model';

const STORE_SHAPES = new Set(['[(', 'cyl', 'h-cyl', 'lin-cyl', 'db', 'database']);
const STORE_TECHNOLOGY =
  /postgres|mysql|maria|sql server|oracle|sqlite|mongo|dynamo|cassandra|cockroach|redis|memcache|elasticsearch|opensearch|\bs3\b|blob storage|database/i;
const STORE_NAME = /\b(?:db|database|datastore|store|cache|bucket)\b/i;

// A diagram is parsed once per source text: typing elsewhere reuses the graph.
const graphs = new Map<string, FlowGraph>();
function graphOf(source: string): FlowGraph {
  let graph = graphs.get(source);
  if (!graph) {
    graph = diagramGraph(source);
    if (graphs.size > 32) graphs.clear();
    graphs.set(source, graph);
  }
  return graph;
}

/** A node label's name: "User DB: RDS PostgreSQL 16" is User DB, "Auth Service x3" Auth Service. */
const nodeName = (label: string): string =>
  label.split(':')[0]?.replace(/\s+[x×]\s*\d+$/i, '') ?? '';

function names(label: string, name: string): boolean {
  return compareNames(nodeName(label), name) !== null || mentions(label, name);
}

function viewsOf(name: string, graphs: readonly (readonly [ViewId, FlowGraph])[]): ViewId[] {
  return graphs.filter(([, g]) => g.nodes.some((n) => names(n.label, name))).map(([v]) => v);
}

/** The architecture the document describes; `derived` holds what the background analyses read. */
export function readArchitecture(
  doc: ArchDocument,
  derived: DerivedBySection = {},
): ArchitectureModel {
  const s = doc.sections;
  const views: (readonly [ViewId, FlowGraph])[] = [
    ['4.1', graphOf(s.systemComponents.diagram)],
    ['5.1', graphOf(s.dataArchitecture.dataFlowDiagram)],
    ['8.1', graphOf(s.deploymentArchitecture.deploymentDiagram)],
  ];
  const people = s.systemOverview.stakeholders.filter((p) => p.name.trim() || p.role.trim());
  const externals: ModelExternal[] = s.systemOverview.externalInterfaces
    .filter((row) => row.name.trim())
    .map((row) => ({ name: row.name.trim(), row, views: viewsOf(row.name, views) }));
  const rows = s.systemComponents.components.filter((c) => c.component.trim());
  const drawn = views[0]?.[1].nodes ?? [];

  const isOutside = (node: GraphNode) =>
    externals.some((e) => compareNames(node.label, e.name) || mentions(e.name, node.label)) ||
    people.some((p) => compareNames(node.label, p.name) || compareNames(node.label, p.role));

  const components: ModelComponent[] = rows.map((row) => {
    const found = findByName(row.component, drawn, (n) => n.label);
    return component(row.component.trim(), row, found?.item, found?.match, views);
  });
  for (const node of drawn) {
    const named = components.some((c) => c.node === node);
    if (named || isOutside(node) || !node.label.trim()) continue;
    components.push(component(node.label.trim(), undefined, node, undefined, views));
  }

  return {
    doc,
    people,
    externals,
    components,
    flows: flowsOf(views, components, externals),
    tables: (derived.dataArchitecture as DataArchitectureDerived | undefined)?.schema,
    endpoints: (derived.apiDesign as ApiDesignDerived | undefined)?.endpoints,
    resources: (derived.deploymentArchitecture as DeploymentDerived | undefined)?.resources,
  };
}

function component(
  name: string,
  row: ModelComponent['row'],
  node: GraphNode | undefined,
  nodeMatch: ModelComponent['nodeMatch'],
  views: readonly (readonly [ViewId, FlowGraph])[],
): ModelComponent {
  const store =
    STORE_SHAPES.has(node?.shape ?? '') ||
    /Db$/.test(node?.shape ?? '') ||
    STORE_TECHNOLOGY.test(row?.technology ?? '') ||
    STORE_NAME.test(name);
  const inViews = viewsOf(name, views);
  return {
    name,
    row,
    node,
    nodeMatch,
    store,
    views: node ? ['4.1', ...inViews.filter((v) => v !== '4.1')] : inViews,
  };
}

function flowsOf(
  views: readonly (readonly [ViewId, FlowGraph])[],
  components: readonly ModelComponent[],
  externals: readonly ModelExternal[],
): ModelFlow[] {
  const flows: ModelFlow[] = [];
  for (const [view, graph] of views) {
    if (view === '8.1') continue;
    const label = new Map(graph.nodes.map((n) => [n.id, n.label]));
    const element = (id: string): string => {
      const text = label.get(id) ?? id;
      const own = components.find(
        (c) => (view === '4.1' && c.node?.id === id) || names(text, c.name),
      );
      if (own) return own.name;
      return externals.find((e) => names(text, e.name) || mentions(e.name, text))?.name ?? text;
    };
    for (const edge of graph.edges) {
      flows.push({ from: element(edge.from), to: element(edge.to), label: edge.label, view });
    }
  }
  return flows;
}

/** The component named `name` (exactly, else a guess); undefined when none is. */
export function componentNamed(model: ArchitectureModel, name: string): ModelComponent | undefined {
  if (nameKey(name) === '') return undefined;
  return findByName(name, model.components, (c) => c.name)?.item;
}
