import { describe, expect, it } from 'vitest';
import { withIds } from '../../core/document/fields';
import type { ArchDocument } from '../schema';
import { inspections } from './rules';
import { CLOUD, inspect, MANIFESTS, OPENAPI, smallDocument } from './testing';

type Case = [
  rule: string,
  breakIt: (doc: ArchDocument) => void,
  message: string,
  fix: [section: string, field: string],
];

const S = (doc: ArchDocument) => doc.sections;

// Each rule, broken in the small document in one place: its exact sentence and fix target.
const pattern = (
  id: string,
  name: string,
  appliedTo: string[],
  parameters: [string, string][],
) => ({
  id: `p-${id}`,
  pattern: id,
  name,
  appliedTo,
  parameters: parameters.map(([n, value]) => ({ name: n, value })),
  rationale: '',
});
const apply = (d: ArchDocument, p: ReturnType<typeof pattern>) =>
  S(d).architecturalDecisions.patterns.push(p);

const cases: Case[] = [
  [
    'pattern-parameters',
    (d) =>
      apply(
        d,
        pattern(
          'circuit-breaker',
          'Circuit breaker',
          ['Order Service'],
          [
            ['Failure threshold', '5'],
            ['Reset timeout', ' '],
          ],
        ),
      ),
    'Circuit breaker on Order Service leaves Reset timeout undecided.',
    ['architecturalDecisions', 'patterns'],
  ],
  [
    'pattern-circuit-breaker-calls',
    (d) => apply(d, pattern('circuit-breaker', 'Circuit breaker', ['Orders DB'], [])),
    'A circuit breaker is applied to Orders DB, which calls nothing in 4.1 or 5.1: there is no call for it to protect.',
    ['systemComponents', 'diagram'],
  ],
  [
    'pattern-event-store',
    (d) =>
      apply(d, pattern('event-sourcing', 'Event sourcing with snapshots', ['Order Service'], [])),
    'Event sourcing is applied, but neither 3.2 nor 5.1’s data flow names an event store: say where the events are kept.',
    ['architecturalDecisions', 'technologyStack'],
  ],
  [
    'pattern-cache-levels',
    (d) => {
      apply(
        d,
        pattern('multi-level-caching', 'Multi-level caching', [], [['Levels', 'Browser, CDN']]),
      );
      S(d).performanceRequirements.caching.push({
        id: 'c',
        level: 'Browser',
        cached: 'Assets',
        ttl: '1 year',
        invalidation: '',
      });
    },
    'Multi-level caching is applied with the levels Browser and CDN, but 9.2’s caching strategy gives no TTL for CDN.',
    ['performanceRequirements', 'caching'],
  ],
  [
    'pattern-strangler-retires',
    (d) => apply(d, pattern('strangler-fig', 'Strangler fig', ['Web Client'], [])),
    'The strangler fig on Web Client never ends: no phase of 13 retires Web Client.',
    ['migrationStrategy', 'phases'],
  ],
  [
    'component-undescribed',
    (d) => (S(d).systemComponents.diagram += '\n  orders --> mail[Mailer]'),
    'Mailer is drawn in 4.1 but has no row in 4.2 saying what it does.',
    ['systemComponents', 'components'],
  ],
  [
    'component-not-drawn',
    (d) =>
      S(d).systemComponents.components.push({
        id: 'added',
        component: 'Search',
        responsibility: 'Finds',
        technology: 'Node.js',
      }),
    'Search is described in 4.2 but drawn in no diagram.',
    ['systemComponents', 'diagram'],
  ],
  [
    'component-responsibility',
    (d) => (S(d).systemComponents.components[1]!.responsibility = ' '),
    'Order Service has no responsibility in 4.2.',
    ['systemComponents', 'components'],
  ],
  [
    'component-technology',
    (d) => (S(d).systemComponents.components[1]!.technology = ''),
    'Order Service names no technology in 4.2.',
    ['systemComponents', 'components'],
  ],
  [
    'component-disconnected',
    (d) => {
      S(d).systemComponents.diagram += '\n  audit[Audit Log]';
      S(d).systemComponents.components.push({
        id: 'added',
        component: 'Audit Log',
        responsibility: 'Keeps',
        technology: 'Node.js',
      });
    },
    'Audit Log is drawn in 4.1 with no link to any other element.',
    ['systemComponents', 'diagram'],
  ],
  [
    'technology-not-in-stack',
    (d) => (S(d).systemComponents.components[1]!.technology = 'Go'),
    "Order Service's technology, Go, is not in 3.2's technology stack.",
    ['architecturalDecisions', 'technologyStack'],
  ],
  [
    'stack-layer-unused',
    (d) =>
      S(d).architecturalDecisions.technologyStack.push({
        id: 'added',
        layer: 'Cache',
        technology: 'Redis',
        rationale: '',
      }),
    'No component in 4.2 uses Redis (3.2, Cache).',
    ['systemComponents', 'components'],
  ],
  [
    'store-without-schema',
    (d) => {
      S(d).dataArchitecture.storageStrategy = 'Nothing yet.';
      S(d).dataArchitecture.databaseSchema = 'CREATE TABLE items (id int PRIMARY KEY);';
    },
    "Orders DB is a data store in 4.1, but 5.1's storage strategy does not mention it and 5.2 has no table for it.",
    ['dataArchitecture', 'storageStrategy'],
  ],
  [
    'shared-database',
    (d) => {
      S(d).systemComponents.diagram += '\n  web --> billing[Billing Service]\n  billing --> db';
      S(d).systemComponents.components.push({
        id: 'added',
        component: 'Billing Service',
        responsibility: 'Bills',
        technology: 'Node.js',
      });
    },
    'Orders DB is reached by 2 services (Order Service and Billing Service): with microservices, each service owns its data.',
    ['systemComponents', 'diagram'],
  ],
  [
    'table-primary-key',
    (d) => (S(d).dataArchitecture.databaseSchema += '\nCREATE TABLE order_log (line text);'),
    'Table order_log has no primary key (5.2).',
    ['dataArchitecture', 'databaseSchema'],
  ],
  [
    'foreign-key-target',
    (d) =>
      (S(d).dataArchitecture.databaseSchema +=
        '\nCREATE TABLE lines (id int PRIMARY KEY, item int REFERENCES items (id));'),
    'Table lines references items (item), which 5.2 does not define.',
    ['dataArchitecture', 'databaseSchema'],
  ],
  [
    'interface-not-in-flows',
    (d) => (S(d).systemOverview.externalInterfaces[0]!.name = 'Tax office'),
    'The external interface Tax office (2.2) appears in no flow of 4.1 or 5.1.',
    ['dataArchitecture', 'dataFlowDiagram'],
  ],
  [
    'interface-authentication',
    (d) => {
      S(d).systemOverview.externalInterfaces[0]!.direction = 'Inbound';
      S(d).securityArchitecture.authMethods = [];
    },
    'Payment provider takes calls from outside, but 7.1 chooses no authentication method.',
    ['securityArchitecture', 'authMethods'],
  ],
  [
    'endpoint-tag-component',
    (d) => (S(d).apiDesign.openApi = OPENAPI.replace('[Orders]', '[Invoices]')),
    'The API tag Invoices (1 operation in 6.1) names no component of 4.2.',
    ['apiDesign', 'openApi'],
  ],
  [
    'component-not-deployed',
    (d) => {
      S(d).systemComponents.diagram += '\n  orders --> stock[Stock Service]';
      S(d).systemComponents.components.push({
        id: 'added',
        component: 'Stock Service',
        responsibility: 'Stock',
        technology: 'Node.js',
      });
    },
    "Stock Service runs in no Deployment or StatefulSet of 8.1's manifests.",
    ['deploymentArchitecture', 'manifests'],
  ],
  [
    'workload-without-component',
    (d) =>
      (S(d).deploymentArchitecture.manifests = MANIFESTS.replace(
        'kind: Service\nmetadata:\n  name: order-service',
        'kind: Service\nmetadata:\n  name: order-service\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: cron-runner\nspec:\n  replicas: 2\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: cron-runner',
      )),
    'The Deployment cron-runner (8.1, line 22) is no component of 4.2.',
    ['systemComponents', 'components'],
  ],
  [
    'workload-without-service',
    (d) => (S(d).deploymentArchitecture.manifests = MANIFESTS.split('---')[0] ?? ''),
    'The Deployment order-service (8.1, line 1) has no Service of the same name to reach it.',
    ['deploymentArchitecture', 'manifests'],
  ],
  [
    'database-multi-az',
    (d) =>
      (S(d).deploymentArchitecture.cloudTemplate = CLOUD.replace(
        'MultiAZ: true',
        'MultiAZ: false',
      )),
    "OrdersDb (8.1's template, line 21) runs in one availability zone (MultiAZ false), while 9.1 asks 99.9 % availability: a zone outage takes it down.",
    ['deploymentArchitecture', 'cloudTemplate'],
  ],
  [
    'database-backup-retention',
    (d) =>
      (S(d).deploymentArchitecture.cloudTemplate = CLOUD.replace(
        'BackupRetentionPeriod: 7',
        'BackupRetentionPeriod: 3',
      )),
    "OrdersDb (8.1's template, line 21) keeps its backups 3 days (BackupRetentionPeriod), while 11.1 keeps Orders DB for 7 days.",
    ['deploymentArchitecture', 'cloudTemplate'],
  ],
  [
    'database-in-public-subnet',
    (d) =>
      (S(d).deploymentArchitecture.cloudTemplate = CLOUD.replace(
        'CidrBlock: 10.0.1.0/24',
        'CidrBlock: 10.0.1.0/24\n      MapPublicIpOnLaunch: true',
      )),
    "OrdersDb (8.1's template, line 22) is placed in SubnetA, a public subnet (MapPublicIpOnLaunch): a data store belongs in private subnets, reached only by the services.",
    ['deploymentArchitecture', 'cloudTemplate'],
  ],
  [
    'cache-ttl',
    (d) =>
      S(d).performanceRequirements.caching.push({
        id: 'c1',
        level: 'Application',
        cached: 'User sessions',
        ttl: ' ',
        invalidation: 'At logout',
      }),
    'The application cache of User sessions (9.2) has no TTL: say how long an entry lives before it is read again.',
    ['performanceRequirements', 'caching'],
  ],
  [
    'single-replica',
    (d) =>
      (S(d).deploymentArchitecture.manifests = MANIFESTS.replace('replicas: 2', 'replicas: 1')),
    'The Deployment order-service runs 1 replica while 9.1 asks 99.9 % availability: it is a single point of failure.',
    ['deploymentArchitecture', 'manifests'],
  ],
  [
    'availability-composed',
    (d) => {
      S(d).systemComponents.components[1]!.availability = '99.9';
      S(d).systemComponents.components[1]!.replicas = '1';
      S(d).systemComponents.components[2]!.availability = '99.95';
    },
    "The request path Web Client → Order Service → Orders DB composes to 99.85 %, below 9.1's 99.90 %.",
    ['systemComponents', 'components'],
  ],
  [
    'capacity-throughput',
    (d) => {
      S(d).performanceRequirements.throughput = '1,000 requests/second';
      S(d).systemComponents.components[1]!.throughput = '300';
    },
    "1 component cannot serve 9.1's 1,000 requests/s even at their most replicas: Order Service (2 × 300 = 600).",
    ['systemComponents', 'components'],
  ],
  [
    'scenario-response',
    (d) => (S(d).disasterRecovery.failureScenarios[0]!.response = ''),
    'The failure scenario Orders DB failure (11.2) has no response.',
    ['disasterRecovery', 'failureScenarios'],
  ],
  [
    'scenario-alert',
    (d) =>
      S(d).disasterRecovery.failureScenarios.push({
        id: 'added',
        scenario: 'Certificate expiry',
        impact: 'TLS breaks',
        response: 'Renew',
      }),
    'No alert rule of 10.2 would detect the failure scenario Certificate expiry (11.2).',
    ['monitoring', 'alertRules'],
  ],
  [
    'component-reference',
    (d) => (S(d).monitoring.alertRules[0]!.component = 'Billing Service'),
    'The alert rule Orders failing (10.2) watches Billing Service, which 4.2 does not describe.',
    ['monitoring', 'alertRules'],
  ],
  [
    'risk-mitigation',
    (d) => (S(d).risks.risks[0]!.mitigation = ''),
    'The high-impact risk Orders DB outage has no mitigation.',
    ['risks', 'risks'],
  ],
  [
    'risk-scenario',
    (d) => (S(d).risks.risks[0]!.risk = 'Key staff leave'),
    'The high-impact risk Key staff leave has no failure scenario in 11.2 and no alert in 10.2.',
    ['disasterRecovery', 'failureScenarios'],
  ],
  [
    'rto-within-sla',
    (d) => (S(d).disasterRecovery.rto = '1 hour'),
    "The RTO of 1 hour is longer than the 43 min 50 s a month that 9.1's 99.9 % availability allows: one incident breaks the SLA.",
    ['disasterRecovery', 'rto'],
  ],
  [
    'rpo-backups',
    (d) => (S(d).disasterRecovery.backups[0]!.frequency = 'Daily snapshot'),
    'The RPO of 5 minutes is shorter than the most frequent backup (Orders DB, every 1 d), and 11.1 lists no continuous replication or log archiving.',
    ['disasterRecovery', 'backups'],
  ],
  [
    'recovery-targets-readable',
    (d) => (S(d).disasterRecovery.rpo = 'as little as possible'),
    'The RPO “as little as possible” is not a duration the checks can read (e.g. “30 minutes”).',
    ['disasterRecovery', 'rpo'],
  ],
  [
    'component-cost',
    (d) =>
      (S(d).costAnalysis.costs = withIds(
        { component: 'Order Service', monthlyCost: '50' },
        { component: 'Orders DB', monthlyCost: '20' },
      )),
    'Web Client has no cost line in 12.1.',
    ['costAnalysis', 'costs'],
  ],
  [
    'phase-components',
    (d) => (S(d).migrationStrategy.phases[0]!.description = 'Move the Billing Service out'),
    'Phase 1 (Build) names Billing Service, which 4.2 does not describe.',
    ['migrationStrategy', 'phases'],
  ],
  [
    'adr-superseded-link',
    (d) => (S(d).appendices.decisions[0]!.status = 'Superseded'),
    'ADR-0001 is superseded but names no decision that replaces it.',
    ['appendices', 'decisions'],
  ],
  [
    'adr-number-unique',
    (d) => S(d).appendices.decisions.push({ ...S(d).appendices.decisions[0]!, id: 'copy' }),
    '2 decisions are numbered ADR-0001.',
    ['appendices', 'decisions'],
  ],
  [
    'glossary-acronyms',
    (d) => (S(d).executiveSummary.overview = 'Runs on EKS behind an ALB; EKS scales it.'),
    '2 acronyms used in the text have no glossary entry: ALB and EKS.',
    ['appendices', 'glossary'],
  ],
];

describe('inspections on a small document', () => {
  it('an alert and a scenario that name one component are tied, whatever their words', async () => {
    const doc = smallDocument();
    S(doc).disasterRecovery.failureScenarios.push({
      id: 'cert',
      scenario: 'Certificate expiry',
      impact: 'TLS breaks',
      response: 'Renew',
      component: 'order-service',
    });
    const found = async () =>
      (await inspect(doc)).findings.filter((f) => f.rule.id === 'scenario-alert').length;
    expect(await found()).toBe(1);
    S(doc).monitoring.alertRules[0]!.component = 'Order Service';
    expect(await found()).toBe(0);
  });

  it('a strangler fig whose last phase retires the legacy passes, and so do patterns used as they should', async () => {
    const doc = smallDocument();
    apply(
      doc,
      pattern('strangler-fig', 'Strangler fig', ['Web Client'], [['Facade', 'Gateway routes']]),
    );
    apply(
      doc,
      pattern(
        'circuit-breaker',
        'Circuit breaker',
        ['Order Service'],
        [['Failure threshold', '5']],
      ),
    );
    apply(doc, pattern('event-sourcing', 'Event sourcing with snapshots', ['Order Service'], []));
    S(doc).migrationStrategy.phases.push({
      id: 'r',
      name: 'Retire',
      description: 'Switch off the old Web Client',
    });
    S(doc).architecturalDecisions.technologyStack.push({
      id: 'e',
      layer: 'Event store',
      technology: 'PostgreSQL',
      rationale: '',
    });
    expect((await inspect(doc)).findings.map((f) => f.message)).toEqual([]);
  });

  it('the small document passes every rule', async () => {
    expect((await inspect(smallDocument())).findings.map((f) => f.message)).toEqual([]);
  });

  it('has at least 25 rules, each with a unique id and a case below', () => {
    const ids = inspections.map((r) => r.id);
    expect(ids.length).toBeGreaterThanOrEqual(25);
    expect(new Set(ids).size).toBe(ids.length);
    const tested = new Set([...cases.map(([id]) => id), 'adr-stack-drift']);
    expect(ids.filter((id) => !tested.has(id))).toEqual([]);
  });

  it.each(cases)('%s fails with its sentence and fix', async (rule, breakIt, message, fix) => {
    const doc = smallDocument();
    breakIt(doc);
    const found = (await inspect(doc)).findings.filter((f) => f.rule.id === rule);
    expect(found.map((f) => f.message)).toEqual([message]);
    expect(found[0]?.fix).toEqual({ kind: 'field', section: fix[0], field: fix[1] });
  });
});
