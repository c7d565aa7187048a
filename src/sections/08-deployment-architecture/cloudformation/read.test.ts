// @vitest-environment jsdom
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseError } from '../../../test/mermaid';
import { cloudDiagram } from './diagram';
import { readCloudFormation } from './read';
import { FUNCTIONS } from './tags';

const CORPUS = join(import.meta.dirname, '../../../../fixtures/corpus/cloudformation');
const corpus = (name: string) => readFileSync(join(CORPUS, name), 'utf8');
const SEED = 'seed-scalable-web-application.yaml';

describe('the seed document’s template', () => {
  const template = readCloudFormation(corpus(SEED));

  it('gives its 7 resources in order, with their types and lines', () => {
    expect(template.resources.map((r) => [r.id, r.type, r.line])).toEqual([
      ['VPC', 'AWS::EC2::VPC', 6],
      ['PublicSubnet1', 'AWS::EC2::Subnet', 13],
      ['PrivateSubnet1', 'AWS::EC2::Subnet', 21],
      ['ApplicationLoadBalancer', 'AWS::ElasticLoadBalancingV2::LoadBalancer', 28],
      ['ECSCluster', 'AWS::ECS::Cluster', 36],
      ['RDSDatabase', 'AWS::RDS::DBInstance', 43],
      ['ElastiCacheCluster', 'AWS::ElastiCache::CacheCluster', 54],
    ]);
  });

  it('marks its one broken reference at its line', () => {
    expect(template.problems).toEqual([
      { message: '!Ref PublicSubnet2: there is no resource or parameter of that name.', line: 34 },
    ]);
  });

  it('reads the short forms into the long ones', () => {
    const subnet = template.resources[1]!;
    expect(subnet.properties).toEqual({
      VpcId: { Ref: 'VPC' },
      CidrBlock: '10.0.1.0/24',
      AvailabilityZone: { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] },
      MapPublicIpOnLaunch: true,
    });
    expect(subnet.refers).toEqual(['VPC']);
  });

  it('is drawn as a diagram Mermaid parses, the load balancer in its subnet', async () => {
    const diagram = cloudDiagram(template.resources);
    expect(diagram).toContain('subgraph r0["VPC · 10.0.0.0/16"]');
    // PublicSubnet1 (resource 1) is the box that holds the load balancer (resource 3).
    expect(diagram).toMatch(/subgraph s1\[[^\]]*\]\n\s+r3\[/);
    expect(diagram).toContain('r5[("RDSDatabase<br/>RDS database · db.t3.medium, postgres 13.7")]');
    expect(await parseError(diagram)).toBeUndefined();
  });
});

describe('every short-form tag', () => {
  const cases: [string, unknown][] = [
    ['!Ref Bucket', { Ref: 'Bucket' }],
    ['!GetAtt Bucket.Arn', { 'Fn::GetAtt': 'Bucket.Arn' }],
    ['!GetAtt [Bucket, Arn]', { 'Fn::GetAtt': ['Bucket', 'Arn'] }],
    ["!Sub 'arn:aws:s3:::${Bucket}'", { 'Fn::Sub': 'arn:aws:s3:::${Bucket}' }],
    [
      "!Sub ['${Name}-logs', { Name: !Ref Bucket }]",
      { 'Fn::Sub': ['${Name}-logs', { Name: { Ref: 'Bucket' } }] },
    ],
    ["!Select [0, !GetAZs '']", { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] }],
    ["!Join ['', [a, !Ref Bucket]]", { 'Fn::Join': ['', ['a', { Ref: 'Bucket' }]] }],
    ['!If [IsProd, 3, 1]', { 'Fn::If': ['IsProd', 3, 1] }],
    ['!Base64 text', { 'Fn::Base64': 'text' }],
    ['!Cidr [10.0.0.0/16, 6, 8]', { 'Fn::Cidr': ['10.0.0.0/16', 6, 8] }],
    ['!FindInMap [Map, Key, Value]', { 'Fn::FindInMap': ['Map', 'Key', 'Value'] }],
    ['!ImportValue Shared-VpcId', { 'Fn::ImportValue': 'Shared-VpcId' }],
    ["!Split [',', 'a,b']", { 'Fn::Split': [',', 'a,b'] }],
    ['!Equals [a, b]', { 'Fn::Equals': ['a', 'b'] }],
    ['!Not [!Equals [a, b]]', { 'Fn::Not': [{ 'Fn::Equals': ['a', 'b'] }] }],
    ['!And [!Condition A, !Condition B]', { 'Fn::And': [{ Condition: 'A' }, { Condition: 'B' }] }],
    ['!Or [!Condition A, !Condition B]', { 'Fn::Or': [{ Condition: 'A' }, { Condition: 'B' }] }],
    ['!Transform { Name: AWS::Include }', { 'Fn::Transform': { Name: 'AWS::Include' } }],
    ['!Length [a, b]', { 'Fn::Length': ['a', 'b'] }],
    ['!ToJsonString { a: 1 }', { 'Fn::ToJsonString': { a: 1 } }],
  ];

  it.each(cases)('%s reads as its long form', (written, long) => {
    const text = `Conditions:\n  IsProd: !Equals [a, a]\n  A: !Equals [a, a]\n  B: !Equals [b, b]\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n  Thing:\n    Type: AWS::S3::Bucket\n    Properties:\n      Value: ${written}\n`;
    const read = readCloudFormation(text);
    expect(read.problems).toEqual([]);
    expect(read.resources[1]!.properties.Value).toEqual(long);
  });

  it('covers every function the reader knows', () => {
    const written = cases.map(([text]) => /^!(\w+)/.exec(text)![1]);
    const untested = FUNCTIONS.filter(
      (f) => !written.includes(f) && !['Condition', 'ForEach', 'GetAZs', 'ValueOf'].includes(f),
    );
    expect(untested).toEqual([]);
  });
});

describe('what is wrong, at its line', () => {
  it('an unknown top-level key, a resource without Type, a GetAtt and a Sub to nothing', () => {
    const text = [
      'AWSTemplateFormatVersion: "2010-09-09"', // 1
      'Resource:', // 2
      '  Oops: {}', // 3
      'Parameters:', // 4
      '  Env: { Type: String }', // 5
      'Resources:', // 6
      '  Queue:', // 7
      '    Properties: { Name: !Ref Env }', // 8
      '  Topic:', // 9
      '    Type: AWS::SNS::Topic', // 10
      '    Properties:', // 11
      '      Name: !Sub "${Env}-${Missing}-${AWS::Region}"', // 12
      '      Arn: !GetAtt Env.Arn', // 13
      '    DependsOn: [Queue, Ghost]', // 14
    ].join('\n');
    const { problems, resources } = readCloudFormation(text);
    expect(resources.map((r) => r.id)).toEqual(['Queue', 'Topic']);
    expect(problems).toEqual([
      {
        message:
          '"Resource" is not a part of a CloudFormation template (AWSTemplateFormatVersion, Description, Metadata, Parameters, Rules, Mappings, Conditions, Transform, Resources, Outputs).',
        line: 2,
      },
      { message: 'The resource Queue has no Type (e.g. AWS::EC2::VPC).', line: 7 },
      { message: 'DependsOn Ghost: there is no resource of that name.', line: 9 },
      { message: '!Sub "${Missing}": there is no resource or parameter of that name.', line: 12 },
      { message: '!GetAtt Env.Arn: there is no resource of that name.', line: 13 },
    ]);
  });

  it('a logical id CloudFormation would refuse, and a __proto__ key read as a key', async () => {
    const text =
      'Resources:\n  "My Bucket\\nclick r0 call alert()":\n    Type: AWS::S3::Bucket\n    Properties:\n      __proto__: { Type: AWS::RDS::DBInstance }\n';
    const { problems, resources } = readCloudFormation(text);
    expect(problems.map((p) => [p.line, p.message.slice(0, 40)])).toEqual([
      [2, 'The logical id "My Bucket\nclick r0 call '],
    ]);
    expect(Object.getPrototypeOf(resources[0]!.properties)).toBe(Object.prototype);
    expect(Object.keys(resources[0]!.properties)).toEqual(['__proto__']);
    const diagram = cloudDiagram(resources);
    expect(diagram.split('\n')).toHaveLength(2);
    expect(await parseError(diagram)).toBeUndefined();
  });

  it('a syntax error, with nothing else made of the text', () => {
    const { problems, resources } = readCloudFormation('Resources:\n  A:\n    Type: [unclosed\n');
    expect(resources).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(3);
  });

  it('a text that is no template', () => {
    expect(readCloudFormation('- a\n- b').problems).toEqual([
      { message: 'A CloudFormation template is a mapping with a Resources section.', line: 1 },
    ]);
    expect(readCloudFormation('').problems).toEqual([]);
  });

  it('an alias bomb stops with a message instead of hanging', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]']
      .concat(
        ['b', 'c', 'd', 'e', 'f', 'g', 'h'].map(
          (k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefg'[i]}`).join(', ')}]`,
        ),
      )
      .join('\n');
    const { problems } = readCloudFormation(
      `Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      ${bomb.replace(/\n/g, '\n      ')}`,
    );
    expect(problems.at(-1)?.message).toMatch(/aliases/);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const read = readCloudFormation(`Resources:\n  A:\n    Type: AWS::S3::Bucket\n${text}`);
        expect(Array.isArray(read.problems)).toBe(true);
        cloudDiagram(read.resources);
      }),
    );
  });
});

describe('real templates (fixtures/corpus/cloudformation, counted with PyYAML)', () => {
  const counts: Record<string, number> = {
    'aws-AutoScaling-AutoScalingMultiAZWithNotifications.yaml': 12,
    'aws-ElastiCache-Elasticache-snapshot.yaml': 17,
    'aws-RDS-RDS_MySQL_With_Read_Replica.yaml': 4,
    'aws-ecs-fargate-public-vpc.json': 19,
    'aws-ecs-fargate-public-vpc.yaml': 19,
    [SEED]: 7,
  };

  it('holds exactly the templates counted here', () => {
    expect(readdirSync(CORPUS).sort()).toEqual(Object.keys(counts).sort());
  });

  it.each(Object.entries(counts))('%s gives its %d resources', async (name, count) => {
    const read = readCloudFormation(corpus(name));
    expect(read.resources).toHaveLength(count);
    expect(read.resources.every((r) => /^(AWS|Custom)::/.test(r.type))).toBe(true);
    if (name !== SEED && !name.includes('ElastiCache')) expect(read.problems).toEqual([]);
    const diagram = cloudDiagram(read.resources);
    if (diagram) expect(await parseError(diagram)).toBeUndefined();
  });

  it('names a tag of a tool that CloudFormation itself does not read', () => {
    expect(
      readCloudFormation(corpus('aws-ElastiCache-Elasticache-snapshot.yaml')).problems,
    ).toEqual([
      {
        message:
          "!Rain::Embed is none of CloudFormation's functions (!Ref, !GetAtt, !Sub, …): a tool must expand it before CloudFormation can read the template.",
        line: 220,
      },
    ]);
  });

  it('reads the YAML and the JSON of one template alike', () => {
    const yaml = readCloudFormation(corpus('aws-ecs-fargate-public-vpc.yaml'));
    const json = readCloudFormation(corpus('aws-ecs-fargate-public-vpc.json'));
    const shape = (t: typeof yaml) => t.resources.map((r) => [r.id, r.type, r.refers]);
    expect(shape(json)).toEqual(shape(yaml));
  });
});
