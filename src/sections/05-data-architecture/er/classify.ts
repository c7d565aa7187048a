/**
 * Decides from a statement's first words whether it matters to the ER diagram, so that only
 * those statements reach node-sql-parser: parsing costs about a millisecond per statement,
 * and a failed parse several, while dumps are mostly functions, views, grants and SETs.
 */
import { keyword, qualifiedName, tokenize, type Token } from './scan';
import { CREATE_OBJECTS, VERBS, VERBS_WITH_OBJECT } from './vocabulary';

export type StatementClass =
  | { kind: 'create-table'; table: string }
  | { kind: 'alter-table'; table: string }
  | { kind: 'unique-index' }
  | { kind: 'partition'; parent: string; child: string }
  | { kind: 'skip'; label: string }
  /** Mentions a table but starts with no SQL verb: most likely a misspelt CREATE TABLE. */
  | { kind: 'unknown'; label: string };

function words(tokens: Token[]): string[] {
  return tokens.filter((t) => t.depth === 0).map(keyword);
}

function createClass(tokens: Token[]): StatementClass {
  const head = words(tokens).slice(0, 12);
  const at = head.findIndex((w, k) => k > 0 && CREATE_OBJECTS.has(w));
  if (at === -1) return { kind: 'skip', label: `CREATE ${head[1] ?? ''}`.trim() };
  const object = head[at];
  const modifiers = head.slice(1, at);
  if (object === 'INDEX') {
    return modifiers.includes('UNIQUE')
      ? { kind: 'unique-index' }
      : { kind: 'skip', label: 'CREATE INDEX' };
  }
  if (object === 'VIEW' && modifiers.includes('MATERIALIZED')) {
    return { kind: 'skip', label: 'CREATE MATERIALIZED VIEW' };
  }
  if (object !== 'TABLE') return { kind: 'skip', label: `CREATE ${object}` };
  const tableAt = tokens.findIndex((t) => keyword(t) === 'TABLE');
  // SQL Server names temporary tables #t (and ##t).
  const temporary = tokens[tableAt + 1]?.text === '#';
  if (temporary || modifiers.some((m) => m === 'TEMP' || m === 'TEMPORARY')) {
    return { kind: 'skip', label: 'CREATE TEMPORARY TABLE' };
  }
  let k = tableAt + 1;
  if (keyword(tokens[k]) === 'IF') k += keyword(tokens[k + 1]) === 'NOT' ? 3 : 2;
  const { name, next } = qualifiedName(tokens, k);
  if (keyword(tokens[next]) === 'PARTITION' && keyword(tokens[next + 1]) === 'OF') {
    return { kind: 'partition', parent: qualifiedName(tokens, next + 2).name, child: name };
  }
  // CREATE TABLE .. AS SELECT and CREATE TABLE .. LIKE: no column list to draw.
  if (!tokens.some((t) => t.kind === 'open') || /^(AS|LIKE)$/.test(keyword(tokens[next]))) {
    return { kind: 'skip', label: 'CREATE TABLE AS' };
  }
  return { kind: 'create-table', table: name };
}

function alterClass(tokens: Token[]): StatementClass {
  let k = 2;
  while (/^(IF|EXISTS|ONLY)$/.test(keyword(tokens[k]))) k += 1;
  const { name, next } = qualifiedName(tokens, k);
  const top = words(tokens.slice(next));
  const attach = top.indexOf('ATTACH');
  if (attach !== -1 && top[attach + 1] === 'PARTITION') {
    const at = tokens.findIndex((t, j) => j > next && keyword(t) === 'PARTITION');
    return { kind: 'partition', parent: name, child: qualifiedName(tokens, at + 1).name };
  }
  const keyWords = ['PRIMARY', 'FOREIGN', 'REFERENCES', 'UNIQUE'];
  if (top.includes('ADD') && tokens.some((t) => keyWords.includes(keyword(t)))) {
    return { kind: 'alter-table', table: name };
  }
  return { kind: 'skip', label: 'ALTER TABLE' };
}

/** What a statement is, from its first words. */
export function classify(text: string, mysql: boolean): StatementClass {
  const head = /^\s*alter\s/i.test(text) ? text : text.slice(0, 600);
  const tokens = tokenize(head, mysql);
  const first = keyword(tokens[0]);
  const second = keyword(tokens[1]);
  if (first === 'CREATE') return createClass(tokens);
  if (first === 'ALTER' && second === 'TABLE') return alterClass(tokens);
  if (!first) return { kind: 'skip', label: 'other' };
  if (!VERBS.has(first) && words(tokens).slice(1, 3).includes('TABLE')) {
    return { kind: 'unknown', label: `${first} ${second}` };
  }
  return {
    kind: 'skip',
    label: VERBS_WITH_OBJECT.has(first) && second ? `${first} ${second}` : first,
  };
}
