import { asArray, asText, isRecord, type YamlPath, type YamlRecord } from '../../../core/yaml';
import type { Check } from './check';
import { checkDeclaredPathParams, readParams, templateNames, type DeclaredParam } from './params';
import { deref } from './refs';
import type { Endpoint } from './types';

export const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const PATH_ITEM_FIELDS = new Set(['$ref', 'summary', 'description', 'servers', 'parameters']);

/** State shared across all operations of one document. */
interface Seen {
  /** operationId → where it was first used, for the duplicate message. */
  operationIds: Map<string, string>;
  /** Component parameters already reported, so each is reported once. */
  reported: Set<string>;
}

/** Reads and checks every operation under `paths`; endpoints come back in document order. */
export function readEndpoints(check: Check, paths: YamlRecord | undefined): Endpoint[] {
  const seen: Seen = { operationIds: new Map(), reported: new Set() };
  const endpoints: Endpoint[] = [];
  for (const [path, rawItem] of Object.entries(paths ?? {})) {
    if (path.startsWith('x-')) continue;
    const at = ['paths', path];
    if (!path.startsWith('/')) check.error(`Path '${path}' must start with '/'.`, at);
    for (const op of pathItemOperations(check, rawItem, at, seen)) {
      const endpoint = checkOperation(check, op, path, seen);
      if (endpoint) endpoints.push(endpoint);
    }
  }
  // 3.1 webhooks are not endpoints of this API, but their operationIds share one namespace.
  const webhooks = check.root.webhooks;
  for (const [name, rawItem] of Object.entries(isRecord(webhooks) ? webhooks : {})) {
    for (const op of pathItemOperations(check, rawItem, ['webhooks', name], seen)) {
      checkOperation(check, op, `webhook ${name}`, seen);
    }
  }
  return endpoints;
}

interface Operation {
  method: string;
  value: unknown;
  at: YamlPath;
  /** Parameters declared on the path item, shared by all its operations. */
  shared: DeclaredParam[];
}

function pathItemOperations(check: Check, rawItem: unknown, at: YamlPath, seen: Seen): Operation[] {
  const item = deref(check.root, rawItem);
  if (item === undefined) return []; // a broken $ref, reported by checkRefs
  if (!isRecord(item)) {
    check.error(`'${String(at[1])}' must be an object of operations (get, post, ...).`, at);
    return [];
  }
  // Operations of a path item reached through $ref are written elsewhere; point at the ref.
  const inPlace = item === rawItem;
  const where = (...keys: string[]): YamlPath => (inPlace ? [...at, ...keys] : at);
  for (const key of Object.keys(item)) {
    if (METHODS.includes(key) || PATH_ITEM_FIELDS.has(key) || key.startsWith('x-')) continue;
    const hint = METHODS.includes(key.toLowerCase())
      ? `write methods in lower case ('${key.toLowerCase()}')`
      : `expected an HTTP method (${METHODS.join(', ')}) or parameters, servers, summary, description`;
    check.warning(`Unknown key '${key}' in ${String(at[1])}: ${hint}.`, where(key));
  }
  const shared = readParams(check, item.parameters, where('parameters'));
  if (at[0] === 'paths') {
    checkDeclaredPathParams(check, shared, String(at[1]), seen.reported);
  }
  return Object.keys(item)
    .filter((key) => METHODS.includes(key))
    .map((method) => ({ method, value: item[method], at: where(method), shared }));
}

function checkOperation(check: Check, op: Operation, path: string, seen: Seen): Endpoint | null {
  const label = `${op.method.toUpperCase()} ${path}`;
  const operation = op.value;
  if (!isRecord(operation)) {
    check.error(`${label} must be an object with the operation's fields.`, op.at);
    return null;
  }
  checkResponses(check, operation.responses, label, op.at);
  const operationId = asText(operation.operationId);
  if (operationId !== undefined) {
    const first = seen.operationIds.get(operationId);
    if (first !== undefined) {
      check.error(`operationId '${operationId}' is already used by ${first}.`, [
        ...op.at,
        'operationId',
      ]);
    } else {
      seen.operationIds.set(operationId, `${label} (line ${check.lineOf(op.at)})`);
    }
  }
  if (!path.startsWith('webhook ')) checkPathParams(check, op, operation, path, seen);
  return {
    method: op.method.toUpperCase(),
    path,
    summary: asText(operation.summary) ?? operationId ?? firstLine(operation.description),
    tags: asArray(operation.tags).flatMap((tag) => asText(tag) ?? []),
    line: check.lineOf(op.at),
  };
}

function checkResponses(check: Check, responses: unknown, label: string, at: YamlPath): void {
  // 3.1 made responses optional; 3.0 requires at least one.
  const required = check.version === '3.0';
  if (responses === undefined) {
    if (required) check.error(`${label} has no \`responses\`; OpenAPI 3.0 requires them.`, at);
  } else if (!isRecord(responses)) {
    check.error(`\`responses\` of ${label} must be an object of status codes.`, [
      ...at,
      'responses',
    ]);
  } else if (required && Object.keys(responses).length === 0) {
    check.error(`${label} needs at least one response.`, [...at, 'responses']);
  }
}

function checkPathParams(
  check: Check,
  op: Operation,
  operation: YamlRecord,
  path: string,
  seen: Seen,
): void {
  const own = readParams(check, operation.parameters, [...op.at, 'parameters']);
  checkDeclaredPathParams(check, own, path, seen.reported);
  const declared = new Set(
    [...op.shared, ...own].filter((p) => p.in === 'path').map((p) => p.name),
  );
  for (const name of new Set(templateNames(path))) {
    if (declared.has(name)) continue;
    check.error(
      `Path parameter {${name}} of ${op.method.toUpperCase()} ${path} is not declared; add a parameter with name: ${name} and in: path.`,
      op.at,
    );
  }
}

function firstLine(value: unknown): string {
  return typeof value === 'string' ? (value.trim().split('\n')[0] ?? '').trim() : '';
}
