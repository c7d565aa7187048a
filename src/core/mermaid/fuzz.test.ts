// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withTextAlternative } from './accessibility';
import { cleanMermaidMessage, locateMermaidError } from './errors';
import { diagramNodes } from './nodes';
import { sourceLines } from './preprocess';
import { mermaidIds, parseError } from '../../test/mermaid';

const id = fc.constantFrom('a', 'b', 'node1', 'sid-1a', 'x_y', 'Ä', 'api.v1', 'C', 'db2');
const text = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 .,!?]{0,12}$/);
/** Link text: a dot or dash in it would read as part of the link. */
const words = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ]{0,10}$/);
const shape = fc.constantFrom(
  '[]',
  '()',
  '([])',
  '[[]]',
  '[()]',
  '(())',
  '((()))',
  '>]',
  '{}',
  '{{}}',
  '[//]',
  '[\\\\]',
  '[/\\]',
  '[\\/]',
);
const label = fc.oneof(
  text,
  text.map((t) => `"${t} (x) [y]"`),
  text.map((t) => `"\`**${t}**\`"`),
);
const node = fc.oneof(
  id,
  fc.tuple(id, shape, label).map(([i, s, l]) => {
    const half = s.length / 2;
    return `${i}${s.slice(0, half)}${l}${s.slice(half)}`;
  }),
  fc.tuple(id, text).map(([i, t]) => `${i}@{ shape: rect, label: "${t}" }`),
  id.map((i) => `${i}:::hot`),
);
const group = fc.array(node, { minLength: 1, maxLength: 2 }).map((n) => n.join(' & '));
const link = fc.oneof(
  fc.constantFrom(' --> ', ' --- ', ' -.-> ', ' ==> ', ' ~~~ ', ' <--> ', ' --x ', ' --o ', '-->'),
  text.map((t) => ` -->|${t}| `),
  words.map((t) => ` -- ${t} --> `),
  words.map((t) => ` -. ${t} .-> `),
);
const chain = fc
  .tuple(group, fc.array(fc.tuple(link, group), { maxLength: 3 }))
  .map(([first, rest]) => first + rest.map(([l, g]) => l + g).join(''));
const statement = fc.oneof(
  { weight: 6, arbitrary: chain },
  { weight: 1, arbitrary: chain.map((c) => `subgraph zone [Zone]\n  ${c}\nend`) },
  { weight: 1, arbitrary: fc.constant('%% a comment --> z') },
  { weight: 1, arbitrary: fc.constant('classDef hot fill:#f96') },
);
const flowchart = fc
  .array(statement, { minLength: 1, maxLength: 6 })
  .map((s) => `flowchart LR\n  ${s.join('\n  ')}`);

describe('diagramNodes against Mermaid on generated flowcharts', () => {
  it('finds the nodes Mermaid finds (property)', async () => {
    await fc.assert(
      fc.asyncProperty(flowchart, async (source) => {
        const error = await parseError(source);
        expect(error, source).toBeUndefined();
        expect(diagramNodes(source).map((n) => n.id)).toEqual(await mermaidIds(source));
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});

describe('locateMermaidError against Mermaid on generated flowcharts', () => {
  const preamble = fc.constantFrom(
    '',
    '---\ntitle: Shop\n---\n',
    '---\nconfig:\n  theme: dark\n---\n\n',
    '%%{init: {"theme": "dark"}}%%\n',
    '%%{\n  init: {}\n}%%\n',
    '\n%% note\n\n',
  );
  const filler = fc.constantFrom('', '%% comment', '  ', 'classDef hot fill:#f96');
  const body = fc.array(fc.tuple(chain, filler), { minLength: 1, maxLength: 5 });

  it('marks the line a stray bracket was added to, whatever comes before it (property)', async () => {
    await fc.assert(
      fc.asyncProperty(preamble, body, fc.nat(), async (pre, statements, pick) => {
        const broken = pick % statements.length;
        const lines = ['flowchart LR'];
        let expected = 0;
        statements.forEach(([statement, extra], i) => {
          lines.push(i === broken ? `  ${statement} ]]` : `  ${statement}`);
          if (i === broken) expected = lines.length;
          lines.push(extra);
        });
        const source = pre + lines.join('\n');
        const message = await parseError(source);
        expect(message, source).toBeDefined();
        const shift = sourceLines(pre).length - 1;
        expect(locateMermaidError(source, message ?? ''), source).toBe(expected + shift);
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});

describe('never throws', () => {
  const anyText = fc.string({
    unit: fc.constantFrom(
      'a',
      ' ',
      '\n',
      '\r',
      '-',
      '>',
      '[',
      ']',
      '(',
      ')',
      '{',
      '}',
      '"',
      '%',
      '@',
      ':',
      ';',
      '|',
      '&',
      '`',
      '#',
    ),
    maxLength: 60,
  });

  it('diagramNodes on any text after a flowchart or C4 header', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('flowchart TD\n', 'graph LR;', 'C4Context\n', ''),
        anyText,
        (header, body) => {
          const nodes = diagramNodes(header + body);
          expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('locateMermaidError gives a line of the source, or nothing', () => {
    const message = fc.oneof(
      fc.nat(40).map((n) => `Parse error on line ${n}:\nx\n-^\nExpecting 'A', got 'EOF'`),
      fc.constantFrom('No diagram type detected', 'No such shape: a.', 'Edge limit exceeded'),
    );
    fc.assert(
      fc.property(anyText, message, (source, text) => {
        const line = locateMermaidError(source, text);
        if (line !== undefined) {
          expect(line).toBeGreaterThanOrEqual(1);
          expect(line).toBeLessThanOrEqual(sourceLines(source).length);
        }
        expect(cleanMermaidMessage(text, source)).not.toContain('\n');
      }),
      { numRuns: 2000 },
    );
  });

  it('withTextAlternative adds at most two lines', () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, (body, title, description) => {
        const source = `flowchart TD\n${body}`;
        const result = withTextAlternative(source, { title, description });
        const added = sourceLines(result).length - sourceLines(source).length;
        expect(added).toBeGreaterThanOrEqual(0);
        expect(added).toBeLessThanOrEqual(2);
      }),
      { numRuns: 1000 },
    );
  });
});
