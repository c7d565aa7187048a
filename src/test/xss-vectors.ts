/**
 * Test support only (no app code imports it): hostile input for the XSS tests, shared by the
 * unit tests (src/core/markdown/xss.test.ts) and the end-to-end test (e2e/xss.spec.ts).
 *
 * Text vectors follow OWASP's XSS Filter Evasion Cheat Sheet, plus the Markdown ways to the
 * same ends; Mermaid vectors follow Mermaid's known injection paths (click callbacks and
 * links, HTML labels, %%{init}%% directives and front matter that try to lower
 * securityLevel, styles with url(javascript:)). Every payload, should it ever run, sets
 * `window.__xss`, calls `alert`/`console.error` with XSS_MARKER, or calls `xssCallback`, a
 * function the e2e detector defines: a detector that watches those finds any execution.
 */
import { createExampleDocument } from '../document/example';
import { documentSchema, type ArchDocument } from '../document/schema';

/** What a payload that runs says (alert, console.error): the e2e detector looks for it. */
export const XSS_MARKER = 'XSS_MARK';

/** The global function Mermaid click callbacks name; the e2e detector defines it. */
export const XSS_CALLBACK = 'xssCallback';

export interface XssVector {
  /** Short name, for test titles. */
  readonly name: string;
  readonly source: string;
}

// <svg xmlns="http://www.w3.org/2000/svg" onload="parent.__xss=1"/>
const SVG_BASE64 =
  'PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0icGFyZW50Ll9feHNzPTEiLz4=';
// <script>parent.__xss=1</script>
const SCRIPT_BASE64 = 'PHNjcmlwdD5wYXJlbnQuX194c3M9MTwvc2NyaXB0Pg==';

/** Payloads for any text field: plain text, Markdown, table cells, titles, lists. */
export const textVectors: readonly XssVector[] = [
  { name: 'script tag', source: '<script>window.__xss=1</script>' },
  { name: 'script src data:', source: '<SCRIPT SRC=data:text/javascript,window.__xss=1></SCRIPT>' },
  { name: 'img onerror', source: '<img src=x onerror=window.__xss=1>' },
  { name: 'img javascript: src', source: '<IMG SRC="javascript:window.__xss=1">' },
  { name: 'mixed case', source: '<IMG SRC=JaVaScRiPt:window.__xss=1>' },
  {
    name: 'decimal entities',
    source:
      '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;window.__xss=1>',
  },
  {
    name: 'hex entities without semicolons',
    source: '<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;window.__xss=1>',
  },
  { name: 'embedded tab', source: '<IMG SRC="jav\tascript:window.__xss=1;">' },
  { name: 'encoded newline', source: '<IMG SRC="jav&#x0A;ascript:window.__xss=1;">' },
  { name: 'spaces and meta chars', source: '<IMG SRC=" &#14;  javascript:window.__xss=1;">' },
  { name: 'malformed img', source: '<IMG """><SCRIPT>window.__xss=1</SCRIPT>">' },
  { name: 'attribute breakout', source: '"><img src=x onerror=window.__xss=1>' },
  { name: 'svg onload', source: '<svg/onload=window.__xss=1>' },
  { name: 'body onload', source: '<BODY ONLOAD=window.__xss=1>' },
  { name: 'details ontoggle', source: '<details open ontoggle=window.__xss=1>' },
  {
    name: 'iframe srcdoc',
    source: '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  },
  { name: 'iframe javascript:', source: '<IFRAME SRC="javascript:parent.__xss=1;"></IFRAME>' },
  {
    name: 'meta refresh',
    source: '<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:window.__xss=1;">',
  },
  {
    name: 'meta refresh data:',
    source: `<META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html;base64,${SCRIPT_BASE64}">`,
  },
  {
    name: 'object',
    source: '<OBJECT TYPE="text/x-scriptlet" DATA="javascript:window.__xss=1"></OBJECT>',
  },
  {
    name: 'embed svg',
    source: `<EMBED SRC="data:image/svg+xml;base64,${SVG_BASE64}" type="image/svg+xml" AllowScriptAccess="always"></EMBED>`,
  },
  {
    name: 'style url(javascript:)',
    source: '<DIV STYLE="background-image: url(javascript:window.__xss=1)">x</DIV>',
  },
  { name: 'style expression', source: '<DIV STYLE="width: expression(window.__xss=1);">x</DIV>' },
  { name: 'style @import', source: "<STYLE>@import'javascript:window.__xss=1';</STYLE>" },
  { name: 'link stylesheet', source: '<LINK REL="stylesheet" HREF="javascript:window.__xss=1;">' },
  { name: 'base href', source: '<BASE HREF="javascript:window.__xss=1;//">' },
  { name: 'a href javascript:', source: '<a href="javascript:window.__xss=1">click</a>' },
  {
    name: 'a href data:',
    source: `<a href="data:text/html;base64,${SCRIPT_BASE64}">data link</a>`,
  },
  { name: 'vbscript:', source: '<a href="vbscript:msgbox(1)">vb</a>' },
  {
    name: 'mXSS math/style',
    source: '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>',
  },
  {
    name: 'mXSS noscript',
    source: '<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">',
  },
  {
    name: 'conditional comment',
    source: '<!--[if gte IE 4]><SCRIPT>window.__xss=1;</SCRIPT><![endif]-->',
  },
  {
    name: 'CDATA split',
    source:
      '<XML ID="I"><X><C><![CDATA[<IMG SRC="javas]]><![CDATA[cript:window.__xss=1;">]]></C></X></xml>',
  },
  {
    name: 'xml namespace',
    source:
      '<?xml:namespace prefix="t" ns="urn:schemas-microsoft-com:time"><?import namespace="t" implementation="#default#time2"><t:set attributeName="innerHTML" to="XSS<SCRIPT DEFER>window.__xss=1</SCRIPT>">',
  },
  {
    name: 'polyglot',
    source:
      "javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+window.__xss=1//'>",
  },
  { name: 'locator', source: `'';!--"<XSS>=&{()}` },
  { name: 'alert marker', source: `<img src=x onerror="alert('${XSS_MARKER}')">` },
  { name: 'console marker', source: `<svg onload="console.error('${XSS_MARKER}')">` },
  // Markdown's own ways to a link or an image.
  { name: 'md link javascript:', source: '[click me](javascript:window.__xss=1)' },
  { name: 'md link mixed case', source: '[click me](JaVaScRiPt:window.__xss=1)' },
  { name: 'md link entity', source: '[click me](&#106;avascript:window.__xss=1)' },
  { name: 'md link colon entity', source: '[click me](javascript&#58;window.__xss=1)' },
  {
    name: 'md link data:',
    source: `[data link](data:text/html;base64,${SCRIPT_BASE64})`,
  },
  { name: 'md image javascript:', source: '![picture](javascript:window.__xss=1)' },
  { name: 'md image title breakout', source: '![picture](x "onerror=window.__xss=1")' },
  { name: 'md autolink', source: '<javascript:window.__xss=1>' },
  {
    name: 'md reference link',
    source: '[reference][xss]\n\n[xss]: javascript:window.__xss=1',
  },
  {
    name: 'md table with html',
    source: '| a | b |\n| --- | --- |\n| <a href="javascript:window.__xss=1">x</a> | ok |',
  },
  {
    name: 'raw html block',
    source: '<div>\n<script>window.__xss=1</script>\n</div>',
  },
  { name: 'code span', source: '`<img src=x onerror=window.__xss=1>`' },
  { name: 'unclosed fence', source: '```\n<script>window.__xss=1</script>' },
  { name: 'unclosed comment', source: '<!-- <script>window.__xss=1</script>' },
];

/** A Mermaid diagram's source, as typed into a diagram field or a ```mermaid block. */
export const mermaidVectors: readonly XssVector[] = [
  {
    name: 'click callback',
    source: `flowchart TD\n  A[Start] --> B[End]\n  click A ${XSS_CALLBACK} "Tooltip"\n  click B call ${XSS_CALLBACK}()`,
  },
  {
    name: 'click href javascript:',
    source:
      'flowchart TD\n  A[Go] --> B[There]\n  click A href "javascript:window.__xss=1" "Tip" _self\n  click B "javascript:window.__xss=1"',
  },
  {
    name: 'html labels',
    source:
      'flowchart LR\n  A["<img src=x onerror=window.__xss=1>"] --> B["<script>window.__xss=1</script>"]\n  B -->|"<svg onload=window.__xss=1>"| C[<b onmouseover=window.__xss=1>bold</b>]',
  },
  {
    name: 'init securityLevel loose',
    source: `%%{init: {"securityLevel": "loose"}}%%\nflowchart TD\n  A["<img src=x onerror=window.__xss=1>"] --> B[End]\n  click A ${XSS_CALLBACK} "Tip"\n  click B href "javascript:window.__xss=1"`,
  },
  {
    name: 'init startOnLoad htmlLabels',
    source:
      '%%{init: {"startOnLoad": true, "htmlLabels": true, "flowchart": {"htmlLabels": true}}}%%\nflowchart TD\n  A["<img src=x onerror=window.__xss=1>label"] --> B["<iframe srcdoc=\'<script>parent.__xss=1</script>\'></iframe>"]',
  },
  {
    name: 'init secure reset',
    source: `%%{init: {"secure": [], "securityLevel": "loose", "__proto__": {"securityLevel": "loose"}}}%%\nflowchart TD\n  A --> B\n  click A ${XSS_CALLBACK}`,
  },
  {
    name: 'front matter loose',
    source: `---\nconfig:\n  securityLevel: loose\n  htmlLabels: true\n---\nflowchart LR\n  A["<img src=x onerror=window.__xss=1>"] --> B\n  click A call ${XSS_CALLBACK}()`,
  },
  {
    name: 'init themeCSS and fontFamily',
    source:
      '%%{init: {"themeCSS": "body { display: none } * { background: url(javascript:window.__xss=1) }", "fontFamily": "x;}</style><script>window.__xss=1</script><style>"}}%%\nflowchart TD\n  A --> B',
  },
  {
    name: 'init fontFamily url()',
    source:
      '%%{init: {"fontFamily": "x; background-image: url(https://evil.example/p.png)", "altFontFamily": "y; background: url(https://evil.example/q.png)", "themeVariables": {"fontFamily": "z; background: url(https://evil.example/r.png)"}}}%%\nflowchart TD\n  A --> B',
  },
  {
    name: 'style, classDef, linkStyle',
    source:
      'flowchart TD\n  A[Styled] --> B[Classed]\n  style A fill:url(javascript:window.__xss=1),stroke:#f00\n  classDef evil fill:#f9f,background-image:url("javascript:window.__xss=1")\n  class B evil\n  linkStyle 0 stroke:url(javascript:window.__xss=1)',
  },
  {
    name: 'entity-encoded label',
    source:
      'flowchart TD\n  A["#60;img src=x onerror=window.__xss=1#62;"] --> B["#lt;script#gt;x"]',
  },
  {
    name: 'markdown string label',
    source: 'flowchart TD\n  A["`**bold** <img src=x onerror=window.__xss=1>`"] --> B',
  },
  {
    name: 'sequence diagram',
    source:
      'sequenceDiagram\n  participant A as <img src=x onerror=window.__xss=1>\n  participant B\n  A->>B: <script>window.__xss=1</script>\n  Note over A,B: <svg onload=window.__xss=1>\n  link A: Dashboard @ javascript:window.__xss=1\n  links B: {"Repo": "javascript:window.__xss=1"}',
  },
  {
    name: 'class diagram',
    source: `classDiagram\n  class Evil["<img src=x onerror=window.__xss=1>"]\n  Evil : +<script>window.__xss=1</script> field\n  link Evil "javascript:window.__xss=1" "Tip"\n  callback Evil "${XSS_CALLBACK}" "Tip"`,
  },
  {
    name: 'er diagram',
    source:
      'erDiagram\n  CUSTOMER ||--o{ ORDER : "<img src=x onerror=window.__xss=1>"\n  CUSTOMER {\n    string name "<script>window.__xss=1</script>"\n  }',
  },
  {
    name: 'state diagram',
    source:
      'stateDiagram-v2\n  state "<img src=x onerror=window.__xss=1>" as S1\n  [*] --> S1\n  note right of S1 : <script>window.__xss=1</script>',
  },
  {
    name: 'gantt click',
    source: `gantt\n  title <img src=x onerror=window.__xss=1>\n  dateFormat YYYY-MM-DD\n  section A\n  Task one :t1, 2026-01-01, 3d\n  click t1 href "javascript:window.__xss=1"\n  click t1 call ${XSS_CALLBACK}()`,
  },
  {
    name: 'pie',
    source:
      'pie title <img src=x onerror=window.__xss=1>\n  "<script>window.__xss=1</script>" : 1\n  "b" : 2',
  },
  {
    name: 'C4 link',
    source:
      'C4Context\n  Person(a, "<img src=x onerror=window.__xss=1>", "desc", $link="javascript:window.__xss=1")\n  System(b, "System")\n  Rel(a, b, "uses", $link="javascript:window.__xss=1")',
  },
  {
    name: 'fence breaker',
    source: 'flowchart TD\n  A["```"] --> B["~~~"]\n  B --> C["```mermaid"]',
  },
];

/** Code fields: SQL DDL whose names carry payloads (they reach the ER diagram and its table). */
export const hostileSql = `-- <script>window.__xss=1</script>
CREATE TABLE "<img src=x onerror=window.__xss=1>" (
  id INT PRIMARY KEY,
  "<svg onload=window.__xss=1>" VARCHAR(20)
);
CREATE TABLE orders (
  id INT PRIMARY KEY,
  owner INT REFERENCES "<img src=x onerror=window.__xss=1>"(id)
);
/* \`\`\` ]]></script><script>window.__xss=1</script> */`;

/** An OpenAPI document whose titles, paths and summaries carry payloads. */
export const hostileOpenApi = `openapi: 3.0.3
info:
  title: "<script>window.__xss=1</script>"
  version: "1"
  description: "<img src=x onerror=window.__xss=1>"
paths:
  /users/<img src=x onerror=window.__xss=1>:
    get:
      summary: "<svg onload=window.__xss=1> | broken | table"
      operationId: "javascript:window.__xss=1"
      responses:
        "200":
          description: "[x](javascript:window.__xss=1)"
  "/orders/\`\`\`":
    post:
      summary: "\`\`\`"
      responses:
        "201":
          description: created`;

/** Kubernetes manifests whose names carry payloads (they reach the resources table). */
export const hostileManifests = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: "<img src=x onerror=window.__xss=1>"
  namespace: "| a | b |"
spec:
  replicas: 1
  template:
    spec:
      containers:
        - name: "<script>window.__xss=1</script>"
          image: "javascript:window.__xss=1"
---
apiVersion: v1
kind: Service
metadata:
  name: "\`\`\`"
  annotations:
    note: "<!-- unclosed"`;

/** A ```mermaid block (fence longer than any backtick run inside), as Markdown carries it. */
export function mermaidFence(source: string): string {
  const longest = Math.max(0, ...(source.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}mermaid\n${source}\n${fence}`;
}

/** Diagram fields of the document, by section. */
export const DIAGRAM_FIELDS = [
  ['systemComponents', 'diagram'],
  ['dataArchitecture', 'dataFlowDiagram'],
  ['deploymentArchitecture', 'deploymentDiagram'],
] as const;

const vector = (name: string): string => {
  const found = [...textVectors, ...mermaidVectors].find((v) => v.name === name);
  if (!found) throw new Error(`No XSS vector named ${name}`);
  return found.source;
};

/** The title and a table cell of the hostile document: the e2e test looks for them as text. */
export const HOSTILE_TITLE = vector('img onerror');
export const HOSTILE_CELL = vector('script tag');

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * The worked example with a payload in every text field: text vectors in turn in every
 * string the schema accepts any text for (fields that only take fixed values or dates keep
 * theirs), Mermaid vectors in the diagram fields, hostile SQL and YAML in the code fields,
 * and (unless `gallery` is false) every Mermaid vector as a ```mermaid block in the imported
 * notes (15 D), so that the preview draws each of them.
 */
export async function hostileDocument(
  now = '2026-11-25T10:00:00.000Z',
  { gallery = true }: { gallery?: boolean } = {},
): Promise<ArchDocument> {
  const example = await createExampleDocument(now);
  const doc = structuredClone(example) as unknown as { [key: string]: Json };
  let next = 0;
  const fill = (node: Json): Json => {
    if (Array.isArray(node)) return node.map(fill);
    if (node === null || typeof node !== 'object') return node;
    const out: { [key: string]: Json } = {};
    for (const [key, value] of Object.entries(node)) {
      const reference = key === 'id' || key.endsWith('Id') || key === 'schemaVersion';
      out[key] =
        typeof value === 'string' && !reference
          ? (textVectors[next++ % textVectors.length]?.source ?? value)
          : fill(value);
    }
    return out;
  };
  const filled = fill(doc) as { [key: string]: Json };
  // Fields the schema takes only fixed values (or dates) for get back the example's.
  for (let round = 0; round < 10; round++) {
    const parsed = documentSchema.safeParse(filled);
    if (parsed.success) break;
    for (const issue of parsed.error.issues) {
      const original = issue.path.reduce<unknown>(
        (at, key) => (at as Record<PropertyKey, unknown> | undefined)?.[key],
        example,
      );
      const parentPath = issue.path.slice(0, -1);
      const last = issue.path.at(-1);
      const parent = parentPath.reduce<unknown>(
        (at, key) => (at as Record<PropertyKey, unknown> | undefined)?.[key],
        filled,
      ) as Record<PropertyKey, unknown> | undefined;
      if (parent && last !== undefined) parent[last] = original;
    }
  }
  const result = documentSchema.parse(filled);
  const s = result.sections;
  result.meta.title = HOSTILE_TITLE;
  const [firstStakeholder] = s.systemOverview.stakeholders;
  if (firstStakeholder) firstStakeholder.name = HOSTILE_CELL;
  s.systemComponents.diagram = vector('init securityLevel loose');
  s.dataArchitecture.dataFlowDiagram = vector('click href javascript:');
  s.deploymentArchitecture.deploymentDiagram = vector('html labels');
  s.dataArchitecture.databaseSchema = hostileSql;
  s.apiDesign.openApi = hostileOpenApi;
  s.deploymentArchitecture.manifests = hostileManifests;
  if (gallery) {
    s.appendices.importedNotes = mermaidVectors
      .map((v) => `**${v.name}**\n\n${mermaidFence(v.source)}`)
      .join('\n\n');
  }
  return result;
}

/**
 * A Markdown file made of the vectors, for the Markdown import: a hostile title, headings
 * that name sections and headings that are payloads, every text vector as a paragraph,
 * a table of them and the given Mermaid vectors (all by default) as ```mermaid blocks.
 */
export function hostileMarkdown(diagrams: readonly XssVector[] = mermaidVectors): string {
  const parts = [`# ${HOSTILE_TITLE}`, '## 4. System Components'];
  for (const v of diagrams) parts.push(mermaidFence(v.source));
  parts.push('## 14. Risks and Mitigations');
  parts.push(
    [
      '| Risk | Probability | Impact | Mitigation |',
      '| --- | --- | --- | --- |',
      ...textVectors
        .filter((v) => !v.source.includes('\n'))
        .slice(0, 6)
        .map((v) => `| ${v.source.replace(/\|/g, '\\|')} | Low | High | ${v.name} |`),
    ].join('\n'),
  );
  // Last: an unclosed fence or comment among them swallows what follows.
  parts.push('## 1. Executive Summary');
  textVectors.forEach((v, i) => {
    if (i % 8 === 7) parts.push(`## ${v.source.replace(/\n/g, ' ')}`);
    else parts.push(v.source);
  });
  return `${parts.join('\n\n')}\n`;
}
