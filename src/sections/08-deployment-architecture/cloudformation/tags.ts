import type { CollectionTag, ScalarTag, YAMLMap, YAMLSeq } from 'yaml';

type Collection = YAMLMap.Parsed | YAMLSeq.Parsed;

/**
 * CloudFormation's short-form intrinsic functions (`!Ref VPC`, `!Select [0, !GetAZs '']`):
 * each tag is known to the YAML parser in every form it may take (scalar, sequence,
 * mapping), and left on its node; `read.ts` turns it into the long form (`{ Ref: VPC }`).
 */
export const FUNCTIONS = [
  'And',
  'Base64',
  'Cidr',
  'Condition',
  'Equals',
  'FindInMap',
  'ForEach',
  'GetAtt',
  'GetAZs',
  'If',
  'ImportValue',
  'Join',
  'Length',
  'Not',
  'Or',
  'Ref',
  'Select',
  'Split',
  'Sub',
  'ToJsonString',
  'Transform',
  'ValueOf',
] as const;

export const CLOUDFORMATION_TAGS: (ScalarTag | CollectionTag)[] = FUNCTIONS.flatMap((name) => [
  { tag: `!${name}`, resolve: (value: string) => value },
  { tag: `!${name}`, collection: 'seq' as const, resolve: (node: Collection) => node },
  { tag: `!${name}`, collection: 'map' as const, resolve: (node: Collection) => node },
]);

/** The long form's key: `Ref` and `Condition` stay as they are, the rest are `Fn::Name`. */
export function longForm(tag: string): string | undefined {
  const name = tag.slice(1);
  if (!(FUNCTIONS as readonly string[]).includes(name)) return undefined;
  return name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
}
