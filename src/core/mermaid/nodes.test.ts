// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { example } from '../../sections/04-system-components/example';
import { diagramGraph, diagramNodes } from './nodes';
import { diagramKeyword, preprocess } from './preprocess';
import {
  corpusFiles,
  mermaidEdges,
  mermaidIds,
  PATHOLOGICAL,
  readCorpus,
} from '../../test/mermaid';

const kind = (file: string) => diagramKeyword(preprocess(readCorpus(file)).text);
const drawable = corpusFiles().filter((f) => !f.startsWith('invalid-') && f !== PATHOLOGICAL);
const withNodes = drawable.filter((f) => /^(graph|flowchart|C4)/.test(kind(f)));

const labels = (source: string) => new Map(diagramNodes(source).map((n) => [n.id, n.label]));

describe('diagramNodes on the corpus', () => {
  it('finds the flowchart and C4 files', () => {
    expect(withNodes).toHaveLength(11);
  });

  for (const file of withNodes) {
    it(`${file}: the same nodes, in the same order, as Mermaid's own parser`, async () => {
      const source = readCorpus(file);
      expect(diagramNodes(source).map((n) => n.id)).toEqual(await mermaidIds(source));
    });
  }

  for (const file of withNodes) {
    it(`${file}: the same links as Mermaid's own parser`, async () => {
      const source = readCorpus(file);
      const edges = diagramGraph(source).edges.map((e) => `${e.from}→${e.to}`);
      expect(edges).toEqual(await mermaidEdges(source));
    });
  }

  // Counts and labels below were checked by reading each file.
  const expected: [string, number, Record<string, string>][] = [
    ['flowchart-all-node-shapes.mmd', 47, { A1: 'bang', A14: 'h-cyl', A47: 'text' }],
    [
      'flowchart-infra-fa-icons.mmd',
      22,
      {
        '9e122290_1ec3_e711_8c5a_005056ad0002': 'My System | Test Environment',
        '71082290_1ec3_e711_8c5a_005056ad0002': 'DBServer\\:MSSQLSERVER',
        '1c0a2290_1ec3_e711_8c5a_005056ad0002': 'VmHost3',
      },
    ],
    ['flowchart-nested-subgraph-directions.mmd', 6, { i1: 'i1', A: 'A', B: 'B' }],
    [
      'flowchart-shapes-classdef-unicode.mmd',
      11,
      {
        od: 'Odd shape',
        di: 'Diamond with line break',
        ro: 'Rounded square shape',
        e: 'Inner / circle and some odd special characters',
        f: ',.?!+-*ز',
        cyr2: 'Circle shape Начало',
        od3: 'Really long text with linebreak in an Odd shape',
      },
    ],
    [
      'large-flowchart-cjk-multiline.mmd',
      15,
      { 'sid-B3655226-6C29-4D00-B685-3D5C734DC7E1': '提交申请 熊大' },
    ],
    [
      'large-flowchart-mermaid-code-flow.mmd',
      122,
      {
        Input: 'User Input Text',
        flowDetector: 'flowDetector.ts detector(txt, config)',
        Detection: 'Detection Phase',
        LoadDiagram: 'loader() function',
      },
    ],
    [
      'c4-context-banking.mmd',
      12,
      {
        customerD: 'Banking Customer D',
        SystemE: 'Mainframe Banking System',
        SystemG: 'Banking System G Queue',
      },
    ],
    ['c4-container-banking.mmd', 8, { customer: 'Customer', backend_api: 'API Application' }],
    [
      'c4-component-banking.mmd',
      8,
      { sign: 'Sign In Controller', mbs: 'Mainframe Banking System' },
    ],
    ['c4-deployment-banking.mmd', 6, { mobile: 'Mobile App', db2: 'Database' }],
    ['c4-dynamic-banking.mmd', 4, { c2: 'Sign In Controller', c4: 'Database' }],
  ];
  for (const [file, count, some] of expected) {
    it(`${file}: ${count} nodes, labels as drawn`, () => {
      const found = labels(readCorpus(file));
      expect(found.size).toBe(count);
      for (const [id, label] of Object.entries(some)) expect(found.get(id)).toBe(label);
    });
  }

  it('leaves out subgraphs, edge text, boundaries and deployment nodes', () => {
    const shapes = labels(readCorpus('flowchart-shapes-classdef-unicode.mmd'));
    expect(shapes.has('A')).toBe(false);
    expect([...shapes.values()].join()).not.toContain('edge comment');
    const nested = labels(readCorpus('flowchart-nested-subgraph-directions.mmd'));
    expect(['TOP', 'B1', 'B2'].filter((id) => nested.has(id))).toEqual([]);
    const context = labels(readCorpus('c4-context-banking.mmd'));
    expect(['b0', 'b1', 'b2', 'b3'].filter((id) => context.has(id))).toEqual([]);
    const deployment = labels(readCorpus('c4-deployment-banking.mmd'));
    expect(['mob', 'comp', 'browser', 'plc', 'oracle'].filter((id) => deployment.has(id))).toEqual(
      [],
    );
  });

  it('gives no nodes for other diagram types', () => {
    for (const file of drawable.filter((f) => !withNodes.includes(f))) {
      expect(diagramNodes(readCorpus(file)), file).toEqual([]);
    }
  });
});

describe('diagramNodes on hand-written diagrams', () => {
  it('reads the worked example of section 4', () => {
    expect(diagramNodes(example().diagram).map((n) => n.label)).toEqual([
      'Web Client',
      'Load Balancer',
      'API Gateway',
      'Auth Service',
      'User Service',
      'Product Service',
      'User DB',
      'Product DB',
      'Cache',
    ]);
  });

  const tricky = [
    '---',
    'title: Shop',
    '---',
    '%%{init: {"theme": "neutral"}}%%',
    'flowchart LR',
    '  accTitle: Shop; components',
    '  accDescr { Many',
    '    lines }',
    '  %% a comment --> X',
    '  web([Web shop]) --> api{{"API (v2)"}} -.-> q[/Queue/] ==> w[\\Worker\\]',
    '  api -- calls --> pay[(Payments DB)] & stock[/Stock\\]',
    '  api -->|"emits events"| bus>Event bus] --- mail[\\Mail/]',
    '  subgraph eu [EU region]',
    '    direction TB',
    '    cdn((CDN)) ~~~ edge(((Edge)))',
    '  end',
    '  subgraph Payments zone',
    '    psp@{ shape: cyl, label: "PSP #quot;Stripe#quot;" }',
    '  end',
    '  admin["`**Admin** app`"]:::ui e1@--> api',
    '  e1@{ animate: true }',
    '  search[Search<br/>service] <--> idx[(Index<br>store)];report[Reports]',
    '  classDef ui fill:#f96',
    '  class web,admin ui',
    '  style api fill:#9f6',
    '  click api "https://example.com" "API docs"',
    '  linkStyle 0 stroke:#f00',
    '  eu --> pay',
  ].join('\n');

  it('reads every shape, link and statement kind as Mermaid does', async () => {
    expect(diagramNodes(tricky).map((n) => n.id)).toEqual(await mermaidIds(tricky));
  });

  it('takes labels from every shape syntax', () => {
    expect(Object.fromEntries(labels(tricky))).toEqual({
      web: 'Web shop',
      api: 'API (v2)',
      q: 'Queue',
      w: 'Worker',
      pay: 'Payments DB',
      stock: 'Stock',
      bus: 'Event bus',
      mail: 'Mail',
      cdn: 'CDN',
      edge: 'Edge',
      psp: 'PSP "Stripe"',
      admin: 'Admin app',
      search: 'Search service',
      idx: 'Index store',
      report: 'Reports',
    });
  });

  it('keeps the last label given to a node and uses the id when there is none', () => {
    const source = 'graph TD\n  a --> b\n  a[First] --> c\n  a(Second)\n  b@{ shape: rect }';
    expect(diagramNodes(source)).toEqual([
      { id: 'a', label: 'Second' },
      { id: 'b', label: 'b' },
      { id: 'c', label: 'c' },
    ]);
  });

  it('reads C4 element arguments with commas, named arguments and no label', () => {
    const source = [
      'C4Container',
      '  Person(shopper, "Shopper, online", "Buys things")',
      '  System_Boundary(shop, "Shop") {',
      '    Container(web, Web, "React", $tags="v2")',
      '    ContainerQueue_Ext(bus, "Event <br/> bus")',
      '    ComponentDb(db)',
      '  }',
      '  Rel(shopper, web, "Uses")',
    ].join('\n');
    expect(diagramNodes(source)).toEqual([
      { id: 'shopper', label: 'Shopper, online' },
      { id: 'web', label: 'Web' },
      { id: 'bus', label: 'Event bus' },
      { id: 'db', label: 'db' },
    ]);
  });

  it('gives nothing for an empty or unknown source', () => {
    expect(diagramNodes('')).toEqual([]);
    expect(diagramNodes('not a diagram')).toEqual([]);
  });
});

describe('diagramGraph', () => {
  it('reads shapes and link texts of a flowchart', () => {
    const source = `flowchart LR
      a[Web] -->|"HTTPS, JSON"| b[(Orders DB)]
      a & b -- reads --> c[[Kafka]]
      d@{ shape: cyl, label: "Store" } -.-> a`;
    expect(diagramGraph(source)).toEqual({
      nodes: [
        { id: 'a', label: 'Web', shape: '[' },
        { id: 'b', label: 'Orders DB', shape: '[(' },
        { id: 'c', label: 'Kafka', shape: '[[' },
        { id: 'd', label: 'Store', shape: 'cyl' },
      ],
      edges: [
        { from: 'a', to: 'b', label: 'HTTPS, JSON' },
        { from: 'a', to: 'c', label: 'reads' },
        { from: 'b', to: 'c', label: 'reads' },
        { from: 'd', to: 'a', label: '' },
      ],
    });
  });

  it('reads the elements and relations of a C4 diagram', () => {
    const source = `C4Container
      Person(user, "Customer")
      ContainerDb(db, "Orders DB", "PostgreSQL")
      Rel(user, db, "reads", "SQL")
      Rel(user, nowhere, "dangling")`;
    expect(diagramGraph(source)).toEqual({
      nodes: [
        { id: 'user', label: 'Customer', shape: 'Person' },
        { id: 'db', label: 'Orders DB', shape: 'ContainerDb' },
      ],
      edges: [{ from: 'user', to: 'db', label: 'reads' }],
    });
  });
});
