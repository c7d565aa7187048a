import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FUZZ_TIMEOUT, itNeverThrows } from '../../../test/neverThrows';
import { summarizeManifests } from './summarize';

const corpus = new URL('../../../../fixtures/corpus/k8s/', import.meta.url);
const guestbook = readFileSync(new URL('guestbook-all-in-one.yaml', corpus), 'utf8');

// Pieces that reach past the YAML parser into the summary: kinds, pod templates, ports, lists.
const TOKENS = [
  'apiVersion: v1\n',
  'kind: Service\n',
  'kind: Deployment\n',
  'kind: List\n',
  'kind: CronJob\n',
  'kind: Ingress\n',
  'kind: HorizontalPodAutoscaler\n',
  'metadata:\n',
  '  name: x\n',
  'spec:\n',
  '  template:\n',
  '    spec:\n',
  '      containers:\n',
  '        - image: a\n',
  '  ports:\n',
  '    - port: 80\n',
  '      targetPort: 8080\n',
  '  rules:\n',
  'items:\n',
  'replicas: 3\n',
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
  '\t',
  '  ',
  '\n',
  'null',
  '!!str ',
  '? ',
  '...\n',
];

/** No throw, and every line inside the text: a marker the editor can place. */
function expectWellFormed(text: string): void {
  const result = summarizeManifests(text);
  const lines = Math.max(1, text.split(/\r\n|\r|\n/).length);
  for (const item of [...result.problems, ...result.resources]) {
    expect(Number.isInteger(item.line) && item.line >= 1 && item.line <= lines).toBe(true);
  }
}

describe('summarizeManifests never throws', () => {
  itNeverThrows(guestbook, TOKENS, expectWellFormed);

  it(
    'on objects with the right keys and any values',
    () => {
      const kind = fc.constantFrom('Deployment', 'Service', 'Ingress', 'CronJob', 'List', 'Pod');
      const object = fc.record({
        apiVersion: fc.jsonValue({ maxDepth: 0 }),
        kind: fc.oneof(kind, fc.jsonValue({ maxDepth: 0 })),
        metadata: fc.oneof(fc.record({ name: fc.jsonValue({ maxDepth: 0 }) }), fc.jsonValue()),
        spec: fc.jsonValue({ maxDepth: 4 }),
        items: fc.jsonValue({ maxDepth: 2 }),
      });
      const text = fc
        .array(object, { maxLength: 4 })
        .map((docs) => docs.map((d) => JSON.stringify(d)).join('\n---\n'));
      fc.assert(fc.property(text, expectWellFormed), { numRuns: 200 });
    },
    FUZZ_TIMEOUT,
  );
});
