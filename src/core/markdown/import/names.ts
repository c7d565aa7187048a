/**
 * Names other documents give the template's sections: arc42's chapters, the usual headings of
 * design docs and SADs, MADR's. Keys are section numbers, "2.1"-style subsections and "15.A";
 * names are separated by semicolons. The sections' own titles are added from the registry.
 */
export const NAMES: Readonly<Record<string, string>> = {
  '1': `summary; overview; introduction; introduction and goals; abstract; tl dr; tldr; purpose;
    motivation; background; context and problem statement; problem statement; goals; goals
    and non goals; non goals; objectives; scope; requirements; requirements overview;
    functional requirements; use cases; product description; about`,
  '2': `context; system context; context and scope; system scope and context; scope and context;
    external interfaces; interfaces; integrations; integration points; dependencies;
    external systems; system boundaries`,
  '2.1': `stakeholders; success criteria; success metrics; business goals`,
  '3': `architecture decisions; design decisions; decisions; decision drivers; considered
    options; options considered; decision outcome; pros and cons; pros and cons of the
    options; alternatives; alternatives considered; alternative solutions; trade offs;
    tradeoffs; solution strategy; cross cutting concepts; concepts; architecture
    constraints; constraints; constraints and assumptions; assumptions; proposed solution;
    solution; approach; design; detailed design; high level design; architecture;
    architecture overview`,
  '3.1': `architecture style; architecture pattern; architectural pattern`,
  '3.2': `tech stack; technologies; technology; technology choices`,
  '4': `components; core components; building block view; building blocks; component view;
    modules; services; runtime view; blackbox overall system; whitebox overall system;
    container view`,
  '4.1': `architecture diagram; container diagram; system diagram`,
  '4.2': `component description; responsibilities`,
  '5': `data; data design; persistence; storage; data storage; database; databases`,
  '5.1': `data models; data flow; dataflow; data flow diagram; dataflow diagram; storage strategy`,
  '5.2': `database schema; schema; er diagram; entity relationship diagram; tables`,
  '6': `api; apis; rest api; endpoints; interface specification; graphql; grpc; api contract`,
  '7': `security; security considerations; security and privacy; privacy; security assessment;
    threat model; threat modeling; threats; vulnerabilities; vulnerabilities and threats;
    compliance; encryption; data encryption`,
  '7.1': `authentication; authorization; authn; authz; auth; access control; identity and access
    management; iam; permissions`,
  '8': `deployment; deployment view; deployments; hosting; environments; operations; kubernetes;
    containers; container platform`,
  '8.1': `infrastructure`,
  '8.2': `ci cd; ci cd pipeline; continuous integration; continuous delivery; continuous
    deployment; build and release; pipeline`,
  '9': `performance; quality requirements; quality goals; quality scenarios; quality
    requirements overview; quality attributes; non functional requirements; nfr; nfrs;
    scalability; scaling; scale; scale the design; capacity; capacity planning; latency;
    throughput; availability; reliability`,
  '9.1': `sla; slas; slo; slos; service level objectives; service level agreements`,
  '10': `monitoring; observability; telemetry; tracing; instrumentation`,
  '10.1': `metrics; dashboards`,
  '10.2': `logs; alerting; alerts`,
  '11': `recovery; business continuity; resilience; fault tolerance; failover; high availability`,
  '11.1': `backup; backups; backup and restore`,
  '11.2': `failure modes; failure handling; failures`,
  '12': `cost; costs; cost estimate; cost estimation; budget; pricing`,
  '13': `migration; migration plan; rollout; roll out; rollout plan; launch; launch plan; release
    plan; transition; deprecation; milestones; timeline; phases; implementation plan;
    roadmap; cutover`,
  '14': `risks; risk; risks and technical debt; technical debt; risk assessment; known risks;
    open issues; open questions; known issues; limitations`,
  '15': `appendix; notice; notices; license; licence; acknowledgements; further information;
    additional information; more information; table of contents`,
  '15.A': `terminology; definitions; terms; abbreviations; acronyms`,
  '15.B': `links; further reading; resources; bibliography; documentation links; see also; related
    documents`,
  '15.C': `adr; adrs; architecture decision records; decision records`,
};
