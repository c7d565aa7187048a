import { diagramGraph, type FlowGraph, type GraphNode } from '../../core/mermaid/nodes';
import { compareNames, findByName, looseKey, mentions, nameKey } from '../../core/names/match';
import type { DataArchitectureDerived } from '../../sections/05-data-architecture/model';
import type { ApiDesignDerived } from '../../sections/06-api-design/model';
import type { DeploymentDerived } from '../../sections/08-deployment-architecture/model';
import type { DerivedBySection } from '../derived';
import type { ArchDocument } from '../schema';
import { LabelIndex, labelNames, nodeName } from './index';
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

type View = readonly [ViewId, FlowGraph, LabelIndex];

function viewsOf(name: string, views: readonly View[]): ViewId[] {
  return views.filter(([, , index]) => index.names(name)).map(([v]) => v);
}

/** The architecture the document describes; `derived` holds what the background analyses read. */
export function readArchitecture(
  doc: ArchDocument,
  derived: DerivedBySection = {},
): ArchitectureModel {
  const s = doc.sections;
  const views: View[] = (
    [
      ['4.1', s.systemComponents.diagram],
      ['5.1', s.dataArchitecture.dataFlowDiagram],
      ['8.1', s.deploymentArchitecture.deploymentDiagram],
    ] as const
  ).map(([view, source]) => {
    const graph = graphOf(source);
    return [view, graph, new LabelIndex(graph.nodes.map((n) => n.label))] as const;
  });
  const people = s.systemOverview.stakeholders.filter((p) => p.name.trim() || p.role.trim());
  const externals: ModelExternal[] = s.systemOverview.externalInterfaces
    .filter((row) => row.name.trim())
    .map((row) => ({ name: row.name.trim(), row, views: viewsOf(row.name, views) }));
  const rows = s.systemComponents.components.filter((c) => c.component.trim());
  const drawn = views[0]?.[1].nodes ?? [];

  const isOutside = (node: GraphNode) =>
    externals.some((e) => labelNames(node.label, e.name) || mentions(e.name, node.label)) ||
    people.some((p) => compareNames(node.label, p.name) || compareNames(node.label, p.role));

  // A row's node: the first node of the same name, else of probably the same name.
  const exact = new Map<string, GraphNode>();
  const loose = new Map<string, GraphNode>();
  for (const node of drawn) {
    if (!exact.has(nameKey(node.label))) exact.set(nameKey(node.label), node);
    if (!loose.has(looseKey(node.label))) loose.set(looseKey(node.label), node);
  }
  const components: ModelComponent[] = rows.map((row) => {
    const [same, probably] = [
      exact.get(nameKey(row.component)),
      loose.get(looseKey(row.component)),
    ];
    const match = same ? 'exact' : probably ? 'guess' : undefined;
    return component(row.component.trim(), row, same ?? probably, match, views);
  });
  const described = new Set(components.map((c) => c.node));
  for (const node of drawn) {
    if (described.has(node) || isOutside(node) || !node.label.trim()) continue;
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
    cloud: (derived.deploymentArchitecture as DeploymentDerived | undefined)?.cloud.resources,
  };
}

function component(
  name: string,
  row: ModelComponent['row'],
  node: GraphNode | undefined,
  nodeMatch: ModelComponent['nodeMatch'],
  views: readonly View[],
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
  views: readonly View[],
  components: readonly ModelComponent[],
  externals: readonly ModelExternal[],
): ModelFlow[] {
  const flows: ModelFlow[] = [];
  const byKey = new Map(components.map((c) => [nameKey(c.name), c.name]));
  for (const [view, graph] of views) {
    if (view === '8.1') continue;
    // Each node is named once, then every link through it reuses the name.
    const element = new Map<string, string>();
    for (const node of graph.nodes) {
      const text = node.label;
      const own =
        (view === '4.1' ? components.find((c) => c.node?.id === node.id)?.name : undefined) ??
        byKey.get(nameKey(nodeName(text))) ??
        components.find((c) => labelNames(text, c.name))?.name ??
        externals.find((e) => labelNames(text, e.name) || mentions(e.name, text))?.name;
      element.set(node.id, own ?? text);
    }
    for (const edge of graph.edges) {
      const [from, to] = [element.get(edge.from) ?? edge.from, element.get(edge.to) ?? edge.to];
      flows.push({ from, to, label: edge.label, view });
    }
  }
  return flows;
}

/** The component named `name` (exactly, else a guess); undefined when none is. */
export function componentNamed(model: ArchitectureModel, name: string): ModelComponent | undefined {
  if (nameKey(name) === '') return undefined;
  return findByName(name, model.components, (c) => c.name)?.item;
}
