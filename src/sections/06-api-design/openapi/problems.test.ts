import { describe, expect, it } from 'vitest';
import { analyzeOpenApi } from './analyze';

// Line numbers in the comments: the tests below point at them.
const BASE = `openapi: 3.0.3
info:
  title: Orders
  version: 1.0.0
paths:
  /orders:
    get:
      operationId: listOrders
      responses:
        '200':
          description: OK
  /orders/{id}:
    parameters:
      - $ref: '#/components/parameters/OrderId'
    get:
      operationId: getOrder
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Order'
components:
  parameters:
    OrderId:
      name: id
      in: path
      required: true
      schema: { type: string }
  schemas:
    Order:
      type: object
`;

/** The analysis of BASE with one line (1-based) replaced by the given text. */
function variant(line: number, replacement: string): ReturnType<typeof analyzeOpenApi> {
  const lines = BASE.split('\n');
  lines.splice(line - 1, 1, replacement);
  return analyzeOpenApi(lines.join('\n'));
}

const summary = (result: ReturnType<typeof analyzeOpenApi>) =>
  result.problems.map((p) => `${p.line} ${p.severity}: ${p.message}`);

describe('analyzeOpenApi problems', () => {
  it('accepts the base document', () => {
    expect(analyzeOpenApi(BASE).problems).toEqual([]);
  });

  it('missing info.title → error on the info line', () => {
    const result = variant(3, '  description: no title');
    expect(summary(result)).toEqual(['2 error: `info.title` is missing.']);
    expect(result.endpoints).toHaveLength(2);
  });

  it('missing info → error at the top', () => {
    const text = BASE.replace('info:\n  title: Orders\n  version: 1.0.0\n', '');
    expect(summary(analyzeOpenApi(text))).toEqual([
      '1 error: The `info` object is missing; it needs a title and a version.',
    ]);
  });

  it('bad $ref → error on the $ref line', () => {
    const result = variant(23, "                $ref: '#/components/schemas/Missing'");
    expect(summary(result)).toEqual([
      "23 error: $ref '#/components/schemas/Missing' points to nothing in this document.",
    ]);
  });

  it('undeclared path parameter → error on the operation line', () => {
    const result = variant(14, '      - name: verbose\n        in: query');
    expect(summary(result)).toEqual([
      // Line 14 became two lines, so `get:` moved from 15 to 16.
      '16 error: Path parameter {id} of GET /orders/{id} is not declared; add a parameter with name: id and in: path.',
    ]);
  });

  it('path parameter without required: true → error on the component', () => {
    const result = variant(29, '      required: false');
    expect(summary(result)).toEqual(["29 error: Path parameter 'id' must have `required: true`."]);
  });

  it('declared path parameter not in the template → error where it is used', () => {
    const text = BASE.replace('  /orders/{id}:', '  /orders/{orderId}:');
    expect(summary(analyzeOpenApi(text))).toEqual([
      "14 error: Path parameter 'id' has no {id} in /orders/{orderId}.",
      '15 error: Path parameter {orderId} of GET /orders/{orderId} is not declared; add a parameter with name: orderId and in: path.',
    ]);
  });

  it('duplicate operationId → error on the second one, naming the first', () => {
    const result = variant(16, '      operationId: listOrders');
    expect(summary(result)).toEqual([
      "16 error: operationId 'listOrders' is already used by GET /orders (line 7).",
    ]);
  });

  it('YAML syntax error → error with its line and no endpoints', () => {
    const result = variant(11, '          description: [OK');
    expect(result.endpoints).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ line: 12, severity: 'error' });
    expect(result.problems[0]?.message).not.toMatch(/column|\n/);
  });

  it('openapi: 2.0 → not OpenAPI 3', () => {
    const result = variant(1, 'openapi: "2.0"');
    expect(result.version).toBeUndefined();
    expect(result.endpoints).toEqual([]);
    expect(summary(result)).toEqual([
      expect.stringMatching(/^1 error: openapi: 2\.0 is not OpenAPI 3\./),
    ]);
  });

  it('a Swagger 2.0 file → not OpenAPI 3', () => {
    const swagger = `# Swagger
swagger: "2.0"
info: { title: Old, version: "1" }
paths: {}
`;
    expect(summary(analyzeOpenApi(swagger))).toEqual([
      expect.stringMatching(
        /^2 error: This is a Swagger 2\.0 \(OpenAPI 2\) document, not OpenAPI 3\./,
      ),
    ]);
  });

  it('missing responses: error in 3.0, fine in 3.1', () => {
    const without = BASE.replace(
      "      responses:\n        '200':\n          description: OK\n  /orders/{id}",
      '  /orders/{id}',
    );
    expect(summary(analyzeOpenApi(without))).toEqual([
      '7 error: GET /orders has no `responses`; OpenAPI 3.0 requires them.',
    ]);
    expect(analyzeOpenApi(without.replace('3.0.3', '3.1.0')).problems).toEqual([]);
  });

  it('paths: required in 3.0; 3.1 lets components stand alone', () => {
    const componentsOnly = `openapi: 3.1.0\ninfo: { title: Shared, version: '1' }\ncomponents:\n  schemas: {}\n`;
    expect(analyzeOpenApi(componentsOnly).problems).toEqual([]);
    expect(summary(analyzeOpenApi(componentsOnly.replace('3.1.0', '3.0.3')))).toEqual([
      '1 error: The `paths` object is missing; OpenAPI 3.0 requires it.',
    ]);
  });

  it('a path that does not start with / → error on its key', () => {
    expect(summary(variant(6, '  orders:'))).toEqual([
      "6 error: Path 'orders' must start with '/'.",
    ]);
  });

  it('upper-case method → warning on its key', () => {
    const result = variant(7, '    GET:');
    expect(result.endpoints.map((e) => e.path)).toEqual(['/orders/{id}']);
    expect(summary(result)).toEqual([expect.stringMatching(/^7 warning: .*lower case \('get'\)/)]);
  });

  it('unquoted version numbers → warnings, still analysed', () => {
    const result = analyzeOpenApi(BASE.replace('3.0.3', '3.1').replace('1.0.0', '1.0'));
    expect(result.version).toBe('3.1');
    expect(result.problems.map((p) => [p.line, p.severity])).toEqual([
      [1, 'warning'],
      [4, 'warning'],
    ]);
  });

  it('missing openapi field → error, endpoints still listed', () => {
    const result = analyzeOpenApi(BASE.replace('openapi: 3.0.3\n', ''));
    expect(result.version).toBeUndefined();
    expect(result.endpoints).toHaveLength(2);
    expect(result.problems.map((p) => p.severity)).toEqual(['error']);
  });

  it('not a mapping → one clear error', () => {
    expect(summary(analyzeOpenApi('- just\n- a list\n'))).toEqual([
      '1 error: An OpenAPI document is an object with `openapi`, `info` and `paths` at the top.',
    ]);
  });

  it('reads JSON too (JSON is YAML)', () => {
    const json = JSON.stringify(
      { openapi: '3.1.0', info: { title: 'J', version: '1' }, paths: { '/a': { get: {} } } },
      null,
      2,
    );
    expect(analyzeOpenApi(json)).toMatchObject({ version: '3.1', title: 'J', problems: [] });
    expect(analyzeOpenApi(json).endpoints).toMatchObject([{ method: 'GET', path: '/a', line: 9 }]);
  });

  it('an empty text is not (yet) a problem', () => {
    expect(analyzeOpenApi('  \n')).toEqual({ version: undefined, endpoints: [], problems: [] });
  });

  it('survives $ref cycles and self-referencing aliases', () => {
    const cyclic = `${BASE}    Loop:\n      $ref: '#/components/schemas/Loop'\nx-self: &self\n  - *self\n`;
    expect(analyzeOpenApi(cyclic).endpoints).toHaveLength(2);
  });
});
