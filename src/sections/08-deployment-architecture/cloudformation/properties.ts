import { isRecord as isPlainObject } from '../../../core/yaml/values';
import type { CloudResource } from './types';

/** A property value as a reader wants it: a reference by its name, a list by its items. */
export function shown(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const items = value.map(shown).filter((v): v is string => v !== undefined);
    return items.length ? items.join(', ') : undefined;
  }
  if (!isPlainObject(value)) return undefined;
  if (typeof value.Ref === 'string') return value.Ref;
  const att = value['Fn::GetAtt'];
  if (typeof att === 'string') return att;
  if (Array.isArray(att)) return att.join('.');
  return undefined;
}

/** `true`, `"true"` and `"True"` alike, as CloudFormation reads a Boolean property. */
export function isTrue(value: unknown): boolean {
  return value === true || (typeof value === 'string' && value.toLowerCase() === 'true');
}

export function numberOf(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

type Describe = (p: Record<string, unknown>) => (string | undefined | false)[];

const version = (p: Record<string, unknown>) =>
  [shown(p.Engine), shown(p.EngineVersion)].filter(Boolean).join(' ') || undefined;
const backups = (p: Record<string, unknown>) => {
  const days = numberOf(p.BackupRetentionPeriod);
  return days !== undefined && `backups kept ${days} day${days === 1 ? '' : 's'}`;
};

/** The properties that say what a resource is, per type; others show none. */
const DESCRIBE: Record<string, Describe> = {
  'AWS::EC2::VPC': (p) => [shown(p.CidrBlock)],
  'AWS::EC2::Subnet': (p) => [shown(p.CidrBlock), isTrue(p.MapPublicIpOnLaunch) && 'public IPs'],
  'AWS::EC2::Instance': (p) => [shown(p.InstanceType)],
  'AWS::ElasticLoadBalancingV2::LoadBalancer': (p) => [shown(p.Type), shown(p.Scheme)],
  'AWS::ElasticLoadBalancing::LoadBalancer': (p) => [shown(p.Scheme)],
  'AWS::AutoScaling::AutoScalingGroup': (p) => [
    p.MinSize !== undefined && `${shown(p.MinSize)}–${shown(p.MaxSize) ?? '?'} instances`,
  ],
  'AWS::ECS::Service': (p) => [
    shown(p.LaunchType),
    p.DesiredCount !== undefined && `${shown(p.DesiredCount)} tasks`,
  ],
  'AWS::RDS::DBInstance': (p) => [
    shown(p.DBInstanceClass),
    version(p),
    p.MultiAZ !== undefined && (isTrue(p.MultiAZ) ? 'Multi-AZ' : 'single AZ'),
    backups(p),
    p.AllocatedStorage !== undefined && `${shown(p.AllocatedStorage)} GB`,
  ],
  'AWS::RDS::DBCluster': (p) => [version(p), backups(p)],
  'AWS::ElastiCache::CacheCluster': (p) => [
    shown(p.CacheNodeType),
    shown(p.Engine),
    p.NumCacheNodes !== undefined && `${shown(p.NumCacheNodes)} node(s)`,
  ],
  'AWS::ElastiCache::ReplicationGroup': (p) => [
    shown(p.CacheNodeType),
    shown(p.Engine),
    isTrue(p.MultiAZEnabled) && 'Multi-AZ',
  ],
  'AWS::Lambda::Function': (p) => [
    shown(p.Runtime),
    p.MemorySize !== undefined && `${shown(p.MemorySize)} MB`,
  ],
  'AWS::DynamoDB::Table': (p) => [shown(p.BillingMode)],
  'AWS::S3::Bucket': (p) => [shown(p.BucketName)],
};

/** "10.0.1.0/24, public IPs"; "db.t3.medium, postgres 13.7, Multi-AZ, backups kept 7 days". */
export function keyProperties(resource: CloudResource): string {
  const describe = DESCRIBE[resource.type];
  if (!describe) return '';
  return describe(resource.properties)
    .filter((v): v is string => typeof v === 'string' && v !== '')
    .join(', ');
}
