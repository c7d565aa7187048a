import { asText, isRecord, type YamlRecord } from '../../../core/yaml';
import type { Check } from './check';
import type { OpenApiVersion } from './types';

export type VersionVerdict =
  | { kind: 'ok'; version: OpenApiVersion | undefined; note?: Note }
  /** Not OpenAPI 3 at all: the rest of the checks would only add noise. */
  | { kind: 'stop'; message: string; path: string[] };

interface Note {
  message: string;
  severity: 'error' | 'warning';
}

const NOT_3 =
  'Archbench reads OpenAPI 3.0 and 3.1; convert the document first (for example with swagger2openapi or editor.swagger.io).';

/** Reads the `openapi` field (or spots a Swagger 2.0 document). */
export function readVersion(root: YamlRecord): VersionVerdict {
  if ('swagger' in root) {
    const said = asText(root.swagger) ?? '2.0';
    return {
      kind: 'stop',
      message: `This is a Swagger ${said} (OpenAPI 2) document, not OpenAPI 3. ${NOT_3}`,
      path: ['swagger'],
    };
  }
  const raw = root.openapi;
  if (raw === undefined) {
    return {
      kind: 'ok',
      version: undefined,
      note: {
        message: 'The `openapi` field is missing; add `openapi: 3.1.0` (or 3.0.x) at the top.',
        severity: 'error',
      },
    };
  }
  // An unquoted `openapi: 3.0` is the number 3 to YAML.
  const text = typeof raw === 'number' ? (Number.isInteger(raw) ? `${raw}.0` : String(raw)) : raw;
  if (typeof text !== 'string') {
    return {
      kind: 'stop',
      message: 'The `openapi` field must be a version such as 3.1.0.',
      path: ['openapi'],
    };
  }
  const match = /^(\d+)\.(\d+)(\.\d+)?(-[\w.-]+)?$/.exec(text.trim());
  if (!match || match[1] !== '3') {
    return {
      kind: 'stop',
      message: `openapi: ${text} is not OpenAPI 3. ${NOT_3}`,
      path: ['openapi'],
    };
  }
  const minor = match[2];
  if (minor !== '0' && minor !== '1') {
    return {
      kind: 'ok',
      version: undefined,
      note: {
        message: `OpenAPI ${text} is checked with the 3.1 rules; Archbench knows 3.0 and 3.1.`,
        severity: 'warning',
      },
    };
  }
  const version: OpenApiVersion = minor === '0' ? '3.0' : '3.1';
  if (typeof raw !== 'string' || !match[3]) {
    return {
      kind: 'ok',
      version,
      note: {
        message: `Write the full version as text, for example openapi: '${version}.0'.`,
        severity: 'warning',
      },
    };
  }
  return { kind: 'ok', version };
}

/** info with title and version; returns the title. */
export function checkInfo(check: Check): string | undefined {
  const info = check.root.info;
  if (info === undefined) {
    check.error('The `info` object is missing; it needs a title and a version.', []);
    return undefined;
  }
  if (!isRecord(info)) {
    check.error('`info` must be an object with a title and a version.', ['info']);
    return undefined;
  }
  const title = asText(info.title);
  if (title === undefined) check.error('`info.title` is missing.', ['info', 'title']);
  if (asText(info.version) === undefined) {
    check.error('`info.version` (the version of this API) is missing.', ['info', 'version']);
  } else if (typeof info.version === 'number') {
    check.warning(
      `Quote info.version ('${String(info.version)}'): unquoted, YAML reads it as a number.`,
      ['info', 'version'],
    );
  }
  return title;
}

/** `paths` must be an object; 3.1 lets it go when webhooks or components carry the document. */
export function readPaths(check: Check): YamlRecord | undefined {
  const { paths } = check.root;
  if (paths === undefined) {
    const optional =
      check.version !== '3.0' && ('webhooks' in check.root || 'components' in check.root);
    if (!optional) {
      const rule =
        check.version === '3.0'
          ? 'OpenAPI 3.0 requires it'
          : 'OpenAPI 3.1 requires paths, webhooks or components';
      check.error(`The \`paths\` object is missing; ${rule}.`, []);
    }
    return undefined;
  }
  if (!isRecord(paths)) {
    check.error('`paths` must be an object whose keys are paths such as /users.', ['paths']);
    return undefined;
  }
  return paths;
}
