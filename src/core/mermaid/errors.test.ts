// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { cleanMermaidMessage, locateMermaidError } from './errors';
import { corpusFiles, parseError, readCorpus } from '../../test/mermaid';

/** Each invalid corpus file and the line at fault, found by reading the file. */
const INVALID: Record<string, number> = {
  'invalid-er-incomplete-relationship.mmd': 5, // `MONGODB-CLUSTERS ||..|{` lacks its entity
  'invalid-flowchart-bad-direction.mmd': 1, // `graph TQ`
  'invalid-flowchart-dangling-edge.mmd': 1, // `A-->` with no target, one-line source
  'invalid-flowchart-parens-in-label.mmd': 1, // `A[This is a () in text]`
  'invalid-flowchart-unknown-shape.mmd': 2, // `A@{ shape: this-shape-does-not-exist }`
  'invalid-gitgraph-duplicate-branch.mmd': 5, // `branch main`: main exists already
  'invalid-mindmap-two-roots.mmd': 3, // `fakeRoot`
  'invalid-sequence-bad-arrow.mmd': 2, // `Alice:->Bob`
  'invalid-unknown-diagram-type.mmd': 1,
};

async function located(source: string): Promise<{ line: number | undefined; message: string }> {
  const message = await parseError(source);
  expect(message, 'the source should not parse').toBeDefined();
  return { line: locateMermaidError(source, message ?? ''), message: message ?? '' };
}

/** Preambles Mermaid strips before parsing, so its line numbers no longer match the source. */
const PREAMBLES: [string, string][] = [
  ['nothing', ''],
  ['front matter', '---\ntitle: Shop\nconfig:\n  theme: neutral\n---\n'],
  ['front matter and blank lines', '---\ntitle: Shop\n---\n\n\n'],
  ['an init directive', '%%{init: {"theme": "dark"}}%%\n'],
  ['a multi-line directive', '%%{\n  init: {\n    "theme": "dark"\n  }\n}%%\n'],
  ['comments and blank lines', '\n%% drawn by hand\n\n%% second comment\n'],
  ['all of them, CRLF', '---\r\ntitle: x\r\n---\r\n%%{init: {}}%%\r\n%% c\r\n\r\n'],
];

describe('locateMermaidError on the corpus', () => {
  it('covers every invalid corpus file', () => {
    expect(corpusFiles().filter((f) => f.startsWith('invalid-'))).toEqual(Object.keys(INVALID));
  });

  for (const [file, line] of Object.entries(INVALID)) {
    for (const [name, preamble] of PREAMBLES) {
      it(`${file} after ${name}: line ${line} + the preamble`, async () => {
        const source = preamble + readCorpus(file);
        const shift = preamble === '' ? 0 : preamble.split(/\r\n|\n/).length - 1;
        expect((await located(source)).line).toBe(line + shift);
      });
    }
  }
});

describe('locateMermaidError on lines Mermaid reports after its preprocessing', () => {
  const cases: [string, string[], number][] = [
    [
      'comment lines inside the body',
      ['flowchart TD', '%% a', 'A --> B', '%% b', '', 'B --> C]', 'C --> D'],
      6,
    ],
    // Mermaid reads an unclosed label to the end of input, and reports the end.
    [
      'an unclosed bracket',
      ['flowchart TD', '%% a', 'A --> B', '%% b', '', 'B --> C[x', 'C --> D', '%% end'],
      7,
    ],
    [
      'blank lines after a closing brace (squeezed by the flowchart parser)',
      ['flowchart TD', '  A{Decide}  ', '  ', '', '  A --> B]', '  B --> C'],
      5,
    ],
    [
      'the end of input after trailing comments',
      ['graph TD', 'A --> B', 'B -->', '%% trailing', '', ''],
      3,
    ],
    [
      'an error in the middle of a sequence',
      ['sequenceDiagram', 'Alice->>Bob: hi', 'Bob-x>Alice: no', 'Note over Bob: x'],
      3,
    ],
    [
      'a state diagram',
      [
        '---',
        'title: s',
        '---',
        'stateDiagram-v2',
        '  [*] --> A',
        '  A --> B : ok',
        '  B -> C',
        '  C --> [*]',
      ],
      7,
    ],
    ['a class diagram', ['%% c', 'classDiagram', '  class A', '  A <|-- ', ''], 4],
    [
      'a Langium (architecture) diagram',
      ['---', 'title: x', '---', 'architecture-beta', '  service a(db)[A]', '  a:L -- ', ''],
      6,
    ],
    ['a Langium (pie) diagram', ['%%{init: {}}%%', 'pie', '  "a": ', '  "b": 2'], 3],
    ['a Langium lexer error', ['%% c', 'pie', '  "a": 1', '  "b": x'], 4],
    [
      'a gitGraph checkout of a missing branch',
      ['gitGraph', '  commit', '  checkout develop', '  commit'],
      3,
    ],
    [
      'a duplicate branch that is not main',
      ['gitGraph', '  branch a', '  commit', '  checkout main', '  branch a'],
      5,
    ],
    [
      'a second mindmap root',
      ['---', 'title: m', '---', 'mindmap', '  Shop', '    Orders', '  Payments'],
      7,
    ],
    [
      'an unknown shape among others',
      ['flowchart LR', '  A@{ shape: rect }', '  B@{ shape: rekt, label: "B" }'],
      3,
    ],
    ['no diagram type after comments', ['%% c', '', '  not a diagram'], 3],
  ];
  for (const [name, lines, line] of cases) {
    it(name, async () => {
      expect((await located(lines.join('\n'))).line).toBe(line);
    });
  }

  it('gives no line for errors about the whole diagram', () => {
    const edges =
      'Edge limit exceeded. 501 edges found, but the limit is 500.\n\nInitialize mermaid…';
    expect(locateMermaidError('graph TD\nA-->B', edges)).toBeUndefined();
    expect(locateMermaidError('graph TD', 'Maximum text size in diagram exceeded')).toBeUndefined();
    expect(locateMermaidError('graph TD', 'Something new')).toBeUndefined();
  });
});

describe('cleanMermaidMessage', () => {
  it('shortens Jison parse errors to one line that keeps the line number', async () => {
    const dangling = readCorpus('invalid-flowchart-dangling-edge.mmd');
    expect(cleanMermaidMessage((await located(dangling)).message)).toBe(
      'Parse error on line 2: unexpected end of input; expected a node',
    );
    // Mermaid appends a newline, so it says line 2 of this one-line source; the marker's line wins.
    expect(cleanMermaidMessage((await located(dangling)).message, dangling)).toBe(
      'Parse error on line 1: unexpected end of input; expected a node',
    );
  });

  it('names the unexpected text and what was expected', async () => {
    const clean = async (file: string) =>
      cleanMermaidMessage((await located(readCorpus(file))).message);
    expect(await clean('invalid-sequence-bad-arrow.mmd')).toBe(
      'Parse error on line 2: unexpected ":->Bob:"; expected an arrow',
    );
    expect(await clean('invalid-flowchart-parens-in-label.mmd')).toBe(
      'Parse error on line 1: unexpected "("; expected a closing bracket or text (put a label that contains brackets in quotes: A["…"])',
    );
    expect(await clean('invalid-er-incomplete-relationship.mmd')).toBe(
      'Parse error on line 5: unexpected end of line; expected a relationship or a name',
    );
    expect(await clean('invalid-flowchart-bad-direction.mmd')).toBe(
      'Lexical error on line 1: unrecognized text "TQ;A--x|text"',
    );
    expect(await clean('invalid-unknown-diagram-type.mmd')).toMatch(/^No diagram type detected/);
    expect(await clean('invalid-gitgraph-duplicate-branch.mmd')).toMatch(
      /^Trying to create an existing branch\./,
    );
  });

  it('rewrites the line to the source line after front matter', async () => {
    const source = '---\ntitle: x\n---\nsequenceDiagram\nAlice:->Bob: hi';
    const { message } = await located(source);
    expect(message).toContain('line 2');
    expect(cleanMermaidMessage(message, source)).toMatch(/^Parse error on line 5: /);
  });

  it('shortens Langium errors', async () => {
    const { message } = await located('architecture-beta\n  service a(db)[A]\n  a:L -- \n');
    expect(cleanMermaidMessage(message)).toMatch(
      /^Parse error on line 3, column \d+: unexpected end of line/,
    );
  });

  it('keeps every message to one line of at most 300 characters', async () => {
    for (const file of Object.keys(INVALID)) {
      const text = cleanMermaidMessage((await located(readCorpus(file))).message);
      expect(text).not.toContain('\n');
      expect(text.length).toBeLessThanOrEqual(300);
    }
  });
});
