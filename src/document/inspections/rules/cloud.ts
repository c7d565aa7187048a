import { parseDuration } from '../../../core/units/duration';
import { parseAvailability } from '../../../sections/09-performance-requirements/downtime';
import {
  isTrue,
  numberOf,
  subnetsOf,
  type CloudResource,
} from '../../../sections/08-deployment-architecture/cloudformation';
import type { ArchitectureModel } from '../../architecture/model';
import { field, type Inspection } from '../types';

const template = field('deploymentArchitecture', 'cloudTemplate');
const DAY = 86_400;

const DATABASES = new Set(['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster']);
const STORES = new Set([
  ...DATABASES,
  'AWS::ElastiCache::CacheCluster',
  'AWS::ElastiCache::ReplicationGroup',
]);
const of = (model: ArchitectureModel, types: ReadonlySet<string>) =>
  (model.cloud ?? []).filter((r) => types.has(r.type));

/** An 11.1 backup row about a database: it names one, or a database engine. */
const ABOUT_DATABASES = /\b(db|database|databases|rds|aurora|postgres(ql)?|mysql|mariadb|sql)\b/i;

/** The days a retention such as "35 days" or "7 days, for point-in-time recovery" keeps. */
function retentionDays(text: string): number | null {
  const span = /\d+(?:\.\d+)?\s*(?:days?|weeks?|d|w)\b/i.exec(text)?.[0];
  const seconds = span ? parseDuration(span) : null;
  return seconds === null ? null : seconds / DAY;
}

/** A subnet that gives its instances public IP addresses is a public one. */
function inPublicSubnet(model: ArchitectureModel, r: CloudResource): string | undefined {
  const byId = new Map((model.cloud ?? []).map((c) => [c.id, c]));
  return subnetsOf(r, byId).find((s) => isTrue(byId.get(s)?.properties.MapPublicIpOnLaunch));
}

export const cloudRules: readonly Inspection[] = [
  {
    id: 'database-multi-az',
    title: 'A database is Multi-AZ when the SLA needs it',
    severity: 'warning',
    section: 'deploymentArchitecture',
    check: (model) => {
      const target = parseAvailability(model.doc.sections.performanceRequirements.availability);
      if (target.kind !== 'valid' || target.percent < 99.9) return [];
      return of(model, new Set(['AWS::RDS::DBInstance']))
        .filter((r) => !isTrue(r.properties.MultiAZ))
        .map((r) => ({
          message: `${r.id} (8.1's template, line ${r.line}) runs in one availability zone (MultiAZ ${r.properties.MultiAZ === undefined ? 'not set' : 'false'}), while 9.1 asks ${target.percent} % availability: a zone outage takes it down.`,
          fix: template,
        }));
    },
  },
  {
    id: 'database-backup-retention',
    title: 'A database keeps its backups as long as 11.1 says',
    severity: 'warning',
    section: 'deploymentArchitecture',
    check: (model) => {
      const said = model.doc.sections.disasterRecovery.backups
        .filter((b) => ABOUT_DATABASES.test(b.what))
        .map((b) => ({ what: b.what.trim(), days: retentionDays(b.retention) }))
        .filter((b): b is { what: string; days: number } => b.days !== null);
      if (said.length === 0) return [];
      const longest = said.reduce((a, b) => (b.days > a.days ? b : a));
      return of(model, DATABASES)
        .map((r) => ({ r, days: numberOf(r.properties.BackupRetentionPeriod) ?? 1 }))
        .filter(({ days }) => days < longest.days)
        .map(({ r, days }) => ({
          message: `${r.id} (8.1's template, line ${r.line}) keeps its backups ${days} day${days === 1 ? '' : 's'} (BackupRetentionPeriod${r.properties.BackupRetentionPeriod === undefined ? ' not set: 1 day' : ''}), while 11.1 keeps ${longest.what} for ${longest.days} days.`,
          fix: template,
        }));
    },
  },
  {
    id: 'database-in-public-subnet',
    title: 'No database is reachable from the internet',
    severity: 'error',
    section: 'deploymentArchitecture',
    check: (model) =>
      of(model, STORES).flatMap((r) => {
        const subnet = inPublicSubnet(model, r);
        const open = isTrue(r.properties.PubliclyAccessible);
        if (!subnet && !open) return [];
        const why = open
          ? 'is PubliclyAccessible'
          : `is placed in ${subnet}, a public subnet (MapPublicIpOnLaunch)`;
        return [
          {
            message: `${r.id} (8.1's template, line ${r.line}) ${why}: a data store belongs in private subnets, reached only by the services.`,
            fix: template,
          },
        ];
      }),
  },
];
