import { describe, expect, it } from 'vitest';
import { parseYaml, parseYamlDocuments, plainMessage } from './parse';

const API = `openapi: 3.1.0
info:
  title: Demo
paths:
  /users:
    get:
      responses: {}
  /users/{id}:
    parameters:
      - name: id
        in: path
`;

describe('parseYaml', () => {
  it('gives the value and the line of a path (the key line for map entries)', () => {
    const doc = parseYaml(API);
    expect(doc.errors).toEqual([]);
    expect(doc.value).toMatchObject({ openapi: '3.1.0', info: { title: 'Demo' } });
    expect(doc.lineOf([])).toBe(1);
    expect(doc.lineOf(['paths', '/users', 'get'])).toBe(6);
    expect(doc.lineOf(['paths', '/users/{id}', 'parameters', 0, 'in'])).toBe(11);
  });

  it('gives the nearest existing ancestor for a path that is not there', () => {
    const doc = parseYaml(API);
    expect(doc.lineOf(['info', 'version'])).toBe(2);
    expect(doc.lineOf(['paths', '/users', 'post', 'responses'])).toBe(5);
    expect(doc.lineOf(['missing'])).toBe(1);
  });

  it('finds lines through aliases', () => {
    const doc = parseYaml('base: &b\n  x: 1\nother: *b\n');
    expect(doc.lineOf(['other', 'x'])).toBe(2);
  });

  it('reports syntax errors in plain words with their line', () => {
    const doc = parseYaml('a: 1\nb: [1, 2\nc: 3\n');
    expect(doc.errors).toHaveLength(1);
    expect(doc.errors[0]?.line).toBe(3);
    expect(doc.errors[0]?.message).not.toMatch(/line \d|column|\n/);
  });

  it('reports an unclosed quote on the last line with content, not past the end', () => {
    const doc = parseYaml('a: 1\nb: "open\n\n\n');
    expect(doc.errors[0]?.line).toBe(2);
    expect(doc.errors[0]?.message).toMatch(/quote/i);
  });

  it('keeps one error per line, since one slip cascades', () => {
    const doc = parseYaml('a: 1\nb:\n  - x\n\t- y\n');
    const lines = doc.errors.map((e) => e.line);
    expect(new Set(lines).size).toBe(lines.length);
  });

  it('reports duplicate keys', () => {
    expect(parseYaml('a: 1\na: 2\n').errors).toEqual([
      { message: 'Map keys must be unique', line: 2 },
    ]);
  });

  it('reports an alias bomb instead of expanding it', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 6; i++) {
      const ref = String.fromCharCode(97 + i);
      const next = String.fromCharCode(98 + i);
      bomb.push(`${next}: &${next} [${Array(10).fill(`*${ref}`).join(', ')}]`);
    }
    const doc = parseYaml(bomb.join('\n'));
    expect(doc.errors.length).toBeGreaterThan(0);
  });

  it('treats a second document as an error', () => {
    expect(parseYaml('a: 1\n---\nb: 2\n').errors[0]?.line).toBe(2);
  });

  it('reads an empty text as null', () => {
    expect(parseYaml('').value).toBeNull();
  });
});

describe('parseYamlDocuments', () => {
  it('splits documents, skips empty ones and gives each its first line', () => {
    const parsed = parseYamlDocuments('# head\n---\na: 1\n---\n# only a comment\n---\n---\nb: 2\n');
    expect(parsed.errors).toEqual([]);
    expect(parsed.documents.map((d) => d.value)).toEqual([{ a: 1 }, { b: 2 }]);
    expect(parsed.documents.map((d) => d.line)).toEqual([3, 8]);
    expect(parsed.documents[1]?.lineOf(['b'])).toBe(8);
  });

  it('keeps the documents around a broken one, with the error on the broken one', () => {
    const parsed = parseYamlDocuments('a: 1\n---\nb: [1\nc: 2\n---\nd: 3\n');
    expect(parsed.errors.map((e) => e.line)).toEqual([4]);
    expect(parsed.documents.map((d) => d.errors.length)).toEqual([0, 1, 0]);
    expect(parsed.documents[2]?.value).toEqual({ d: 3 });
  });

  it('gives nothing for an empty text', () => {
    expect(parseYamlDocuments('')).toEqual({ documents: [], errors: [] });
  });
});

describe('plainMessage', () => {
  it('drops the position suffix and the code frame of a pretty error', () => {
    expect(plainMessage('Map keys must be unique at line 2, column 1:\n\na: 1\na: 2\n^\n')).toBe(
      'Map keys must be unique',
    );
  });
});
