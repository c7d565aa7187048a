// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  diagramTitle,
  sanitiseAccessibleText,
  supportsTextAlternative,
  withTextAlternative,
} from './accessibility';
import { loadMermaid } from '../../test/mermaid';

interface AccessibleDb {
  getAccTitle?: () => string;
  getAccDescription?: () => string;
}

/** What Mermaid will put in the SVG's <title> and <desc> for `source`. */
async function drawnAlternative(source: string) {
  const mermaid = await loadMermaid();
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(source);
  const db = diagram.db as AccessibleDb;
  return { title: db.getAccTitle?.(), description: db.getAccDescription?.() };
}

/** A small valid diagram of each type whose text alternative reaches the SVG. */
const SUPPORTED: Record<string, string> = {
  flowchart: 'flowchart TD\n  A-->B',
  'graph on one line': 'graph LR;A-->B;B-->C',
  'flowchart-elk': 'flowchart-elk TD\n  A-->B',
  sequenceDiagram: 'sequenceDiagram\n  Alice->>Bob: hi',
  classDiagram: 'classDiagram\n  A <|-- B',
  'classDiagram-v2': 'classDiagram-v2\n  A <|-- B',
  stateDiagram: 'stateDiagram\n  [*] --> A',
  'stateDiagram-v2': 'stateDiagram-v2\n  [*] --> A',
  erDiagram: 'erDiagram\n  A ||--o{ B : has',
  gantt: 'gantt\n  dateFormat YYYY-MM-DD\n  section S\n  Task :a1, 2024-01-01, 3d',
  pie: 'pie title Pets\n  "Dogs" : 3\n  "Cats" : 2',
  journey: 'journey\n  title T\n  section S\n    Do: 5: Me',
  gitGraph: 'gitGraph TB:\n  commit\n  branch b\n  commit',
  C4Context: 'C4Context\n  Person(a, "A")\n  System(b, "B")\n  Rel(a, b, "uses")',
  C4Container: 'C4Container\n  Container(a, "A")',
  C4Component: 'C4Component\n  Component(a, "A")',
  C4Dynamic: 'C4Dynamic\n  Container(a, "A")\n  Container(b, "B")\n  Rel(a, b, "calls")',
  C4Deployment: 'C4Deployment\n  Deployment_Node(n, "N") {\n    Container(a, "A")\n  }',
  quadrantChart: 'quadrantChart\n  x-axis Low --> High\n  y-axis Low --> High\n  A: [0.3, 0.6]',
  requirementDiagram: 'requirementDiagram\n  requirement r {\n    id: 1\n    text: t\n  }',
  'xychart-beta': 'xychart-beta horizontal\n  x-axis [a, b]\n  bar [1, 2]',
  xychart: 'xychart\n  x-axis [a, b]\n  bar [1, 2]',
  'architecture-beta': 'architecture-beta\n  service a(server)[A]',
  'packet-beta': 'packet-beta\n  0-15: "Source"',
  packet: 'packet\n  0-15: "Source"',
  'radar-beta': 'radar-beta\n  axis a, b, c\n  curve c1{1, 2, 3}',
  'treemap-beta': 'treemap-beta\n  "A"\n    "B": 10',
};

const UNSUPPORTED: Record<string, string> = {
  mindmap: 'mindmap\n  root\n    child',
  kanban: 'kanban\n  todo[Todo]\n    t1[Task]',
  'block-beta': 'block-beta\n  columns 2\n  a b',
  'sankey-beta': 'sankey-beta\n\nA,B,10\n',
  timeline: 'timeline\n  title T\n  2020 : a',
  info: 'info',
  unknown: 'not a diagram',
};

const tricky = {
  title: '  Checkout (v2): cart → payment; "fast" path <b>{x}</b> [1] | 50% %%{init: {}}%%\n',
  description: 'Line one\nline two\r\n\tC#; #quot; a; %% not a comment',
};

describe('withTextAlternative', () => {
  for (const [type, source] of Object.entries(SUPPORTED)) {
    it(`${type}: Mermaid draws the title and description`, async () => {
      expect(supportsTextAlternative(source)).toBe(true);
      const result = withTextAlternative(source, tricky);
      expect(result).not.toBe(source);
      expect(await drawnAlternative(result)).toEqual({
        title: sanitiseAccessibleText(tricky.title),
        description: sanitiseAccessibleText(tricky.description),
      });
    });
  }

  for (const [type, source] of Object.entries(UNSUPPORTED)) {
    it(`${type}: named by a comment, as Mermaid rejects or ignores the lines`, async () => {
      expect(supportsTextAlternative(source)).toBe(false);
      const [header, ...body] = source.split('\n');
      const forced = [header, '  accTitle: T', '  accDescr: D', ...body].join('\n');
      const drawn = await drawnAlternative(forced).catch(() => ({ title: undefined }));
      expect(drawn.title).toBeUndefined();
      // The name still travels with the diagram, in a comment Mermaid drops before parsing.
      const named = withTextAlternative(source, tricky);
      const [, comment, ...rest] = named.split('\n');
      expect(comment?.trim()).toBe(`%% title: ${sanitiseAccessibleText(tricky.title)}`);
      expect([header, ...rest].join('\n')).toBe(source);
      expect(diagramTitle(named)).toBe(sanitiseAccessibleText(tricky.title));
      expect(withTextAlternative(source, { description: 'only a description' })).toBe(source);
      const mermaid = await loadMermaid();
      const parses = (text: string) =>
        mermaid.parse(text).then(
          () => true,
          () => false,
        );
      expect(await parses(named)).toBe(await parses(source));
    });
  }

  it('sanitises to one line that Mermaid cannot read as syntax', () => {
    expect(sanitiseAccessibleText(tricky.title)).toBe(
      'Checkout (v2): cart → payment; "fast" path <b>{x}</b> [1] | 50% %{init: {}}%',
    );
    expect(sanitiseAccessibleText(tricky.description)).toBe(
      'Line one line two C#; # quot; a; % not a comment',
    );
  });

  it('goes after front matter, directives and comments, indented like the body', () => {
    const source =
      '---\ntitle: Shop\n---\n%%{init: {}}%%\n%% note\n    flowchart LR\n      a --> b';
    expect(withTextAlternative(source, { title: 'T', description: 'D' })).toBe(
      '---\ntitle: Shop\n---\n%%{init: {}}%%\n%% note\n    flowchart LR\n      accTitle: T\n      accDescr: D\n      a --> b',
    );
  });

  it('keeps CRLF line endings and works on a header alone', () => {
    expect(withTextAlternative('graph TD\r\n  a --> b', { title: 'T' })).toBe(
      'graph TD\r\n  accTitle: T\r\n  a --> b',
    );
    expect(withTextAlternative('pie', { title: 'T' })).toBe('pie\n  accTitle: T');
  });

  it("keeps the author's own text alternative and adds only what is missing", async () => {
    const both = 'flowchart TD\n  accTitle: Mine\n  accDescr { my\n  words }\n  a --> b';
    expect(withTextAlternative(both, { title: 'T', description: 'D' })).toBe(both);
    const titled = 'sequenceDiagram\n  accTitle: Mine\n  a->>b: hi';
    const described = withTextAlternative(titled, { title: 'T', description: 'D' });
    expect(await drawnAlternative(described)).toEqual({ title: 'Mine', description: 'D' });
  });

  it('leaves the source alone when there is nothing to add', () => {
    const source = 'flowchart TD\n  a --> b';
    expect(withTextAlternative(source, {})).toBe(source);
    expect(withTextAlternative(source, { title: ' \n ', description: '' })).toBe(source);
  });
});
