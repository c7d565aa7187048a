import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FUZZ_TIMEOUT, itNeverThrows } from '../../../test/neverThrows';
import { analyzeOpenApi } from './analyze';

const corpus = new URL('../../../../fixtures/corpus/openapi/', import.meta.url);
const petstore = readFileSync(new URL('petstore-expanded.yaml', corpus), 'utf8');

// Pieces that reach past the YAML parser into the checks: structure, refs, anchors, methods.
const TOKENS = [
  'openapi: 3.0.0\n',
  'openapi: 3.1.0\n',
  'swagger: "2.0"\n',
  'info:\n',
  '  title: T\n',
  'paths:\n',
  '  /x/{id}:\n',
  '  y:\n',
  '    get:\n',
  '    PUT:\n',
  '    parameters:\n',
  '      - name: id\n',
  '        in: path\n',
  '      responses: {}\n',
  '$ref: "#/a/b"\n',
  "- $ref: '#/components/parameters/P'\n",
  'components:\n',
  'webhooks:\n',
  'operationId: a\n',
  '&a ',
  '*a',
  '<<: *a\n',
  '---\n',
  '- ',
  ': ',
  '[',
  ']',
  '{',
  '}',
  '"',
  "'",
  '#',
  '|\n',
  '>-\n',
  '\t',
  '  ',
  '\n',
  '~',
  'null',
  '0x1F',
  '.inf',
  '!!binary ',
  '? ',
  '%YAML 1.2\n',
];

/** No throw, and every line inside the text: a marker the editor can place. */
function expectWellFormed(text: string): void {
  const result = analyzeOpenApi(text);
  const lines = Math.max(1, text.split(/\r\n|\r|\n/).length);
  for (const p of result.problems) {
    expect(Number.isInteger(p.line) && p.line >= 1 && p.line <= lines).toBe(true);
  }
  for (const e of result.endpoints) expect(e.method).toBe(e.method.toUpperCase());
}

describe('analyzeOpenApi never throws', () => {
  itNeverThrows(petstore, TOKENS, expectWellFormed);

  it(
    'on documents with the right keys and any values',
    () => {
      const method = fc.constantFrom('get', 'post', 'parameters', '$ref', 'GET');
      const pathItem = fc.dictionary(method, fc.jsonValue({ maxDepth: 3 }));
      const doc = fc.record({
        openapi: fc.oneof(fc.constantFrom('3.0.3', '3.1.0', '2.0'), fc.jsonValue({ maxDepth: 1 })),
        info: fc.jsonValue({ maxDepth: 2 }),
        paths: fc.oneof(
          fc.dictionary(fc.constantFrom('/a/{id}', '/b', 'c'), pathItem),
          fc.jsonValue(),
        ),
        components: fc.jsonValue({ maxDepth: 3 }),
      });
      fc.assert(
        fc.property(doc, (value) => expectWellFormed(JSON.stringify(value))),
        {
          numRuns: 200,
        },
      );
    },
    FUZZ_TIMEOUT,
  );
});
