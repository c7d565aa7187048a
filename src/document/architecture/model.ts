import type { GraphNode } from '../../core/mermaid/nodes';
import type { NameMatch } from '../../core/names/match';
import type { ExternalInterface, Stakeholder } from '../../sections/02-system-overview/model';
import type { Component } from '../../sections/04-system-components/model';
import type { ErTable } from '../../sections/05-data-architecture/er';
import type { Endpoint } from '../../sections/06-api-design/openapi';
import type { ManifestResource } from '../../sections/08-deployment-architecture/manifests';
import type { CloudResource } from '../../sections/08-deployment-architecture/cloudformation';
import type { ArchDocument } from '../schema';

/**
 * The architecture the sections describe, read from what the user wrote (never stored, never
 * typed twice): the elements, where each is drawn, and the flows between them. The
 * inspections (../inspections) check it; the sections stay the one source of truth.
 */

/** The diagrams that draw components: 4.1 components, 5.1 data flow, 8.1 deployment. */
export type ViewId = '4.1' | '5.1' | '8.1';

export interface ModelComponent {
  /** As the user wrote it: the 4.2 row's name, else the 4.1 node's label. */
  readonly name: string;
  /** Its 4.2 row, if it has one. */
  readonly row: Component | undefined;
  /** Its node in 4.1, if it is drawn there, and how its label matched the row. */
  readonly node: GraphNode | undefined;
  readonly nodeMatch: NameMatch | undefined;
  /** A database, cache or object store (a cylinder in 4.1, or a storage technology). */
  readonly store: boolean;
  /** Every diagram with a node that names it. */
  readonly views: readonly ViewId[];
}

/** A 2.2 external interface and the diagrams that draw it. */
export interface ModelExternal {
  readonly name: string;
  readonly row: ExternalInterface;
  readonly views: readonly ViewId[];
}

/** A link of 4.1 or 5.1, its ends named as elements (a component's or external's name). */
export interface ModelFlow {
  readonly from: string;
  readonly to: string;
  readonly label: string;
  readonly view: ViewId;
}

export interface ArchitectureModel {
  readonly doc: ArchDocument;
  readonly people: readonly Stakeholder[];
  readonly externals: readonly ModelExternal[];
  readonly components: readonly ModelComponent[];
  readonly flows: readonly ModelFlow[];
  /** 5.2's tables; undefined while the SQL has not been read (yet). */
  readonly tables: readonly ErTable[] | undefined;
  /** 6's operations; undefined while the OpenAPI has not been read. */
  readonly endpoints: readonly Endpoint[] | undefined;
  /** 8.1's Kubernetes objects; undefined while the manifests have not been read. */
  readonly resources: readonly ManifestResource[] | undefined;
  /** 8.1's CloudFormation resources; undefined while the template has not been read. */
  readonly cloud: readonly CloudResource[] | undefined;
}
