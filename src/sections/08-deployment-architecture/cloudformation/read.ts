import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { plainMessage } from '../../../core/yaml';
import { isRecord as isPlainObject } from '../../../core/yaml/values';
import { CLOUDFORMATION_TAGS, longForm } from './tags';
import type { CloudProblem, CloudResource, CloudTemplate } from './types';

/** What a template may hold at its top level (the CloudFormation template anatomy). */
export const TEMPLATE_SECTIONS = [
  'AWSTemplateFormatVersion',
  'Description',
  'Metadata',
  'Parameters',
  'Rules',
  'Mappings',
  'Conditions',
  'Transform',
  'Resources',
  'Outputs',
] as const;

/** Names every stack has: a Ref may name them without declaring them. */
const PSEUDO_PARAMETERS = new Set([
  'AWS::AccountId',
  'AWS::NotificationARNs',
  'AWS::NoValue',
  'AWS::Partition',
  'AWS::Region',
  'AWS::StackId',
  'AWS::StackName',
  'AWS::URLSuffix',
]);

interface Reference {
  /** How the template wrote it, for the message: "!Ref PublicSubnet2". */
  written: string;
  target: string;
  /** GetAtt and DependsOn name resources only; Ref and Sub may name parameters too. */
  resourceOnly: boolean;
  line: number;
}

/** Aliases are rare in templates: past this many, the text is a bomb (or a loop) of them. */
const MAX_ALIASES = 1000;

interface Reading {
  lineAt(offset: number | undefined): number;
  aliases: number;
  refs: Reference[];
  doc: Document.Parsed;
}

/**
 * Reads an AWS CloudFormation template, YAML (with the short-form tags) or JSON, for 8.1:
 * its resources, and what is wrong with it at its line (syntax, unknown top-level keys,
 * resources without a Type, references to logical ids that do not exist). Never throws.
 */
export function readCloudFormation(text: string): CloudTemplate {
  try {
    return read(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      resources: [],
      parameters: [],
      problems: [{ message: `The template could not be read: ${detail}`, line: 1 }],
    };
  }
}

function read(text: string): CloudTemplate {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    customTags: CLOUDFORMATION_TAGS,
    lineCounter,
    prettyErrors: false,
    logLevel: 'silent',
  });
  const lastLine = Math.max(1, text.replace(/\s+$/, '').split(/\r\n|\r|\n/).length);
  const lineAt = (offset: number | undefined) =>
    offset === undefined ? 1 : Math.min(lineCounter.linePos(offset).line, lastLine);
  const problems: CloudProblem[] = [...doc.errors, ...doc.warnings].map((e) => ({
    message: e.code === 'TAG_RESOLVE_FAILED' ? unknownTag(e.message) : plainMessage(e.message),
    line: lineAt(e.pos[0]),
  }));
  const empty = { resources: [], parameters: [], problems };
  if (doc.errors.length > 0 || !text.trim()) return empty;
  const root = doc.contents;
  if (!isMap(root)) {
    problems.push({
      message: 'A CloudFormation template is a mapping with a Resources section.',
      line: lineAt(root?.range?.[0]),
    });
    return empty;
  }
  const reading: Reading = { lineAt, aliases: 0, refs: [], doc };
  const sections = new Map<string, unknown>();
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!(TEMPLATE_SECTIONS as readonly string[]).includes(key)) {
      problems.push({
        message: `"${key}" is not a part of a CloudFormation template (${TEMPLATE_SECTIONS.join(', ')}).`,
        line: lineAt(keyOffset(pair.key)),
      });
      continue;
    }
    sections.set(key, pair.value);
  }
  const parameters = keysOf(sections.get('Parameters'));
  const resources = readResources(sections.get('Resources'), reading, problems);
  for (const part of ['Outputs', 'Conditions', 'Rules'] as const) {
    if (sections.has(part)) toValue(sections.get(part), reading);
  }
  if (!sections.has('Resources')) {
    problems.push({ message: 'A template needs a Resources section.', line: 1 });
  }
  const declared = new Set(resources.map((r) => r.id));
  for (const ref of reading.refs) {
    if (declared.has(ref.target)) continue;
    if (!ref.resourceOnly && (parameters.includes(ref.target) || PSEUDO_PARAMETERS.has(ref.target)))
      continue;
    const kinds = ref.resourceOnly ? 'no resource' : 'no resource or parameter';
    problems.push({ message: `${ref.written}: there is ${kinds} of that name.`, line: ref.line });
  }
  return { resources, parameters, problems: problems.sort((a, b) => a.line - b.line) };
}

function readResources(node: unknown, reading: Reading, problems: CloudProblem[]): CloudResource[] {
  if (!isMap(node)) return [];
  const resources: CloudResource[] = [];
  for (const pair of node.items) {
    const id = isScalar(pair.key) ? String(pair.key.value) : '';
    const line = reading.lineAt(keyOffset(pair.key));
    const before = reading.refs.length;
    const value = toValue(pair.value, reading);
    const body = isPlainObject(value) ? value : {};
    const type = typeof body.Type === 'string' ? body.Type : '';
    if (!type) {
      problems.push({ message: `The resource ${id} has no Type (e.g. AWS::EC2::VPC).`, line });
    }
    if (!/^[A-Za-z0-9]+$/.test(id)) {
      problems.push({
        message: `The logical id "${id}" is not alphanumeric: CloudFormation takes only A–Z, a–z and 0–9.`,
        line,
      });
    }
    for (const target of dependsOn(body.DependsOn)) {
      reading.refs.push({ written: `DependsOn ${target}`, target, resourceOnly: true, line });
    }
    const properties = isPlainObject(body.Properties) ? body.Properties : {};
    const refers = [...new Set(reading.refs.slice(before).map((r) => r.target))];
    resources.push({ id, type, properties, refers: refers.filter((r) => r !== id), line });
  }
  return resources;
}

/** The YAML node as plain values, short-form tags in their long form; references noted. */
function toValue(node: unknown, reading: Reading): unknown {
  if (isAlias(node)) {
    if (++reading.aliases > MAX_ALIASES) {
      throw new Error(`more than ${MAX_ALIASES} aliases (*name) to follow`);
    }
    return toValue(node.resolve(reading.doc), reading);
  }
  const tag = isScalar(node) || isMap(node) || isSeq(node) ? node.tag : undefined;
  let value: unknown;
  if (isScalar(node)) {
    value = node.value;
  } else if (isSeq(node)) {
    value = node.items.map((item) => toValue(item, reading));
  } else if (isMap(node)) {
    const object: Record<string, unknown> = {};
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      // defineProperty: a `__proto__` key is a key like any other, not the object's prototype.
      Object.defineProperty(object, key, {
        value: toValue(pair.value, reading),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      note(key, object[key], reading.lineAt(keyOffset(pair.key)), reading, false);
    }
    value = object;
  } else {
    return null;
  }
  const key = tag ? longForm(tag) : undefined;
  if (!key) return value;
  const line = reading.lineAt((node as { range?: [number, number, number] }).range?.[0]);
  note(key, value, line, reading, true);
  return { [key]: value };
}

/** Notes the logical ids a Ref, GetAtt or Sub names. */
function note(key: string, value: unknown, line: number, reading: Reading, short: boolean) {
  const name = short ? `!${key.replace('Fn::', '')}` : key;
  const add = (target: string, resourceOnly: boolean, shown = target) =>
    reading.refs.push({ written: `${name} ${shown}`, target, resourceOnly, line });
  if (key === 'Ref' && typeof value === 'string') add(value, false);
  const list: readonly unknown[] | undefined = Array.isArray(value) ? value : undefined;
  if (key === 'Fn::GetAtt') {
    const target = typeof value === 'string' ? value.split('.')[0] : list?.[0];
    const shown = typeof value === 'string' ? value : (list?.join('.') ?? '');
    if (typeof target === 'string' && target) add(target, true, shown);
  }
  if (key === 'Fn::Sub') {
    const [template, variables] = list ?? [value, undefined];
    if (typeof template !== 'string') return;
    const local = isPlainObject(variables) ? Object.keys(variables) : [];
    // ${Name} and ${Name.Attribute} name ids; ${!Literal} is text.
    for (const [, inner] of template.matchAll(/\$\{([^}!][^}]*)\}/g)) {
      const target = inner!.trim().split('.')[0]!;
      if (local.includes(target) || PSEUDO_PARAMETERS.has(inner!.trim())) continue;
      add(target, inner!.includes('.'), `"\${${inner}}"`);
    }
  }
}

/** "Unresolved tag: !Rain::Embed" as a reader needs it. */
function unknownTag(message: string): string {
  const tag = /!\S+/.exec(message)?.[0] ?? 'This tag';
  return `${tag} is none of CloudFormation's functions (!Ref, !GetAtt, !Sub, …): a tool must expand it before CloudFormation can read the template.`;
}

function dependsOn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function keysOf(node: unknown): string[] {
  return isMap(node) ? node.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '')) : [];
}

function keyOffset(key: unknown): number | undefined {
  return isScalar(key) ? key.range?.[0] : undefined;
}
