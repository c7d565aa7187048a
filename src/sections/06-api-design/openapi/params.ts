import { asText, isRecord, type YamlPath } from '../../../core/yaml';
import type { Check } from './check';
import { deref, pointerPath } from './refs';

export interface DeclaredParam {
  name: string;
  in: string;
  required: unknown;
  /** Where the parameter is written: for a $ref, the referenced component. */
  at: YamlPath;
  /** Where the parameter is listed (the $ref itself, or the same as `at`). */
  usedAt: YamlPath;
}

/** The parameters of a path item or operation, with local $refs followed. */
export function readParams(check: Check, list: unknown, at: YamlPath): DeclaredParam[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    check.error('`parameters` must be a list.', at);
    return [];
  }
  return list.flatMap((raw: unknown, i): DeclaredParam[] => {
    const ref = isRecord(raw) && typeof raw.$ref === 'string' ? raw.$ref : undefined;
    const param = deref(check.root, raw);
    // A $ref that leads nowhere is reported once by checkRefs; external refs cannot be read.
    if (ref !== undefined && (param === undefined || param === raw)) return [];
    const paramAt = (ref !== undefined && pointerPath(ref)) || [...at, i];
    if (!isRecord(param)) {
      check.error('A parameter must be an object with `name` and `in`.', paramAt);
      return [];
    }
    const name = asText(param.name);
    const location = asText(param.in);
    if (name === undefined || location === undefined) {
      check.error('A parameter needs both `name` and `in`.', paramAt);
      return [];
    }
    return [{ name, in: location, required: param.required, at: paramAt, usedAt: [...at, i] }];
  });
}

/** The `{name}` expressions of a path template, in order. */
export function templateNames(path: string): string[] {
  return [...path.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1] ?? '');
}

/**
 * Path parameters must be `required: true` and match a `{name}` in the path. A component
 * parameter used by many operations is reported once, via `reported`.
 */
export function checkDeclaredPathParams(
  check: Check,
  params: readonly DeclaredParam[],
  path: string,
  reported: Set<string>,
): void {
  const names = new Set(templateNames(path));
  for (const param of params) {
    if (param.in !== 'path') continue;
    if (!names.has(param.name)) {
      check.error(
        `Path parameter '${param.name}' has no {${param.name}} in ${path}.`,
        param.usedAt,
      );
    }
    const key = param.at.join('\u0000');
    if (param.required !== true && !reported.has(key)) {
      reported.add(key);
      check.error(`Path parameter '${param.name}' must have \`required: true\`.`, [
        ...param.at,
        'required',
      ]);
    }
  }
}
