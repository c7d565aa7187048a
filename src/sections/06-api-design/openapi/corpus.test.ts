import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { example } from '../example';
import { analyzeOpenApi } from './analyze';
import { endpointTable } from './table';

const corpus = new URL('../../../../fixtures/corpus/openapi/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, corpus), 'utf8');

// Counted by hand: every get/put/post/delete/options/head/patch/trace under `paths`.
const FILES = [
  {
    file: 'petstore-expanded.yaml',
    version: '3.0',
    title: 'Swagger Petstore',
    endpoints: ['GET /pets', 'POST /pets', 'GET /pets/{id}', 'DELETE /pets/{id}'],
  },
  {
    file: 'uspto.yaml',
    version: '3.0',
    title: 'USPTO Data Set API',
    endpoints: ['GET /', 'GET /{dataset}/{version}/fields', 'POST /{dataset}/{version}/records'],
  },
  {
    file: 'link-example.yaml',
    version: '3.0',
    title: 'Link Example',
    endpoints: [
      'GET /2.0/users/{username}',
      'GET /2.0/repositories/{username}',
      'GET /2.0/repositories/{username}/{slug}',
      'GET /2.0/repositories/{username}/{slug}/pullrequests',
      'GET /2.0/repositories/{username}/{slug}/pullrequests/{pid}',
      'POST /2.0/repositories/{username}/{slug}/pullrequests/{pid}/merge',
    ],
  },
  {
    // The webhook and the callback are not endpoints of the API.
    file: 'tictactoe-3.1.yaml',
    version: '3.1',
    title: 'Tic Tac Toe',
    endpoints: ['GET /board', 'GET /board/{row}/{column}', 'PUT /board/{row}/{column}'],
  },
];

describe('analyzeOpenApi on the corpus', () => {
  it.each(FILES)('$file: endpoints in document order and no problems', (expected) => {
    const result = analyzeOpenApi(read(expected.file));
    expect(result.problems).toEqual([]);
    expect(result.version).toBe(expected.version);
    expect(result.title).toBe(expected.title);
    expect(result.endpoints.map((e) => `${e.method} ${e.path}`)).toEqual(expected.endpoints);
  });

  it('takes summary, else operationId, else the first line of description', () => {
    const petstore = analyzeOpenApi(read('petstore-expanded.yaml')).endpoints;
    expect(petstore[0]?.summary).toBe('findPets');
    const uspto = analyzeOpenApi(read('uspto.yaml')).endpoints;
    expect(uspto[0]).toMatchObject({ summary: 'List available data sets', tags: ['metadata'] });
    const tictactoe = analyzeOpenApi(read('tictactoe-3.1.yaml')).endpoints;
    expect(tictactoe[2]).toMatchObject({
      summary: 'Set a single board square',
      tags: ['Gameplay'],
    });
    expect(tictactoe.map((e) => e.line)).toEqual([13, 36, 67]);
  });

  it('falls back to the first line of description', () => {
    const text = read('petstore-expanded.yaml').replace('operationId: findPets\n', '');
    expect(analyzeOpenApi(text).endpoints[0]?.summary).toBe(
      'Returns all pets from the system that the user has access to',
    );
  });
});

describe('analyzeOpenApi on the worked example', () => {
  it('lists its six endpoints with no problems', () => {
    const result = analyzeOpenApi(example().openApi);
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ version: '3.0', title: 'ShopStream API' });
    expect(result.endpoints.map((e) => [e.method, e.path, e.summary, e.tags.join()])).toEqual([
      ['GET', '/users', 'List users', 'Users'],
      ['POST', '/users', 'Register a user', 'Users'],
      ['GET', '/users/{id}', 'Get a user', 'Users'],
      ['PATCH', '/users/{id}', 'Update a user', 'Users'],
      ['DELETE', '/users/{id}', 'Delete a user', 'Users'],
      ['GET', '/products', 'List products', 'Products'],
    ]);
  });

  it('gives table cells with method and path as code', () => {
    const { headers, rows } = endpointTable(analyzeOpenApi(example().openApi).endpoints);
    expect(headers).toEqual(['Method', 'Path', 'Summary', 'Tags']);
    expect(rows[2]).toEqual(['`GET`', '`/users/{id}`', 'Get a user', 'Users']);
  });
});
