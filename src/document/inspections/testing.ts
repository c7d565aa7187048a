/**
 * A small document every inspection passes (test support only): one client, one service, one
 * database, one external interface, written in every section that the inspections read.
 */
import { items, withIds } from '../../core/document/fields';
import { createEmptyDocument } from '../create';
import { deriveAll } from '../markdown/toMarkdown';
import type { ArchDocument } from '../schema';
import { readArchitecture } from '../architecture/read';
import { inspectModel, type InspectionReport } from './inspect';

const NOW = '2026-12-01T10:00:00.000Z';

export const OPENAPI = `openapi: 3.0.3
info:
  title: Orders
  version: 1.0.0
paths:
  /orders:
    get:
      summary: List orders
      tags: [Orders]
      responses:
        '200':
          description: The orders
`;

/** A VPC with two private subnets and the Orders DB in them: passes every cloud rule. */
export const CLOUD = `Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
  SubnetA:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Vpc
      CidrBlock: 10.0.1.0/24
  SubnetB:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Vpc
      CidrBlock: 10.0.2.0/24
  OrdersSubnets:
    Type: AWS::RDS::DBSubnetGroup
    Properties:
      DBSubnetGroupDescription: Private subnets
      SubnetIds: [!Ref SubnetA, !Ref SubnetB]
  OrdersDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      MultiAZ: true
      BackupRetentionPeriod: 7
      DBSubnetGroupName: !Ref OrdersSubnets
`;

export const MANIFESTS = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: order-service
spec:
  replicas: 2
  selector:
    matchLabels: { app: order-service }
  template:
    metadata:
      labels: { app: order-service }
    spec:
      containers:
        - name: orders
          image: shop/order-service:1.0
---
apiVersion: v1
kind: Service
metadata:
  name: order-service
spec:
  selector: { app: order-service }
  ports:
    - port: 80
      targetPort: 8080
`;

export function smallDocument(): ArchDocument {
  const doc = createEmptyDocument(NOW, 'Shop');
  const s = doc.sections;
  s.systemOverview.stakeholders = withIds({ name: 'Ana', role: 'Architect', interest: 'All' });
  s.systemOverview.externalInterfaces = withIds({
    name: 'Payment provider',
    protocol: 'HTTPS',
    direction: 'Outbound',
    description: 'Card payments',
  });
  s.architecturalDecisions.pattern = 'Microservices';
  s.architecturalDecisions.technologyStack = withIds(
    { layer: 'Frontend', technology: 'React', rationale: 'Known' },
    { layer: 'Backend', technology: 'Node.js', rationale: 'Known' },
    { layer: 'Database', technology: 'PostgreSQL', rationale: 'Known' },
  );
  s.systemComponents.diagram = `flowchart LR
  web[Web Client] --> orders[Order Service]
  orders --> db[(Orders DB)]
  orders -->|charges| pay[Payment provider]`;
  s.systemComponents.components = withIds(
    { component: 'Web Client', responsibility: 'Shop pages', technology: 'React' },
    { component: 'Order Service', responsibility: 'Orders', technology: 'Node.js' },
    { component: 'Orders DB', responsibility: 'Order rows', technology: 'PostgreSQL 16' },
  );
  s.dataArchitecture.storageStrategy = 'Orders DB holds every order.';
  s.dataArchitecture.databaseSchema = 'CREATE TABLE orders (id int PRIMARY KEY);';
  s.apiDesign.openApi = OPENAPI;
  s.securityArchitecture.authMethods = ['OAuth2/OIDC'];
  s.deploymentArchitecture.manifests = MANIFESTS;
  s.deploymentArchitecture.cloudTemplate = CLOUD;
  s.performanceRequirements.availability = '99.9';
  s.monitoring.alertRules = withIds({
    name: 'Orders failing',
    condition: 'Error rate above 1 % for 5 min',
    severity: 'Critical',
  });
  s.disasterRecovery.backups = withIds({
    what: 'Orders DB',
    frequency: 'Continuous replication',
    retention: '7 days',
  });
  s.disasterRecovery.rto = '30 minutes';
  s.disasterRecovery.rpo = '5 minutes';
  s.disasterRecovery.failureScenarios = withIds({
    scenario: 'Orders DB failure',
    impact: 'Orders cannot be placed',
    response: 'Fail over to the standby',
  });
  s.costAnalysis.costs = withIds({ component: 'Compute', monthlyCost: '100' });
  s.migrationStrategy.phases = withIds({ name: 'Build', description: 'Build the Order Service' });
  s.risks.risks = withIds({
    risk: 'Orders DB outage',
    probability: 'Low',
    impact: 'High',
    mitigation: 'A standby in another zone',
  });
  s.appendices.decisions = withIds({
    number: '0001',
    title: 'Microservices',
    status: 'Accepted',
    date: '2026-12-01',
    deciders: 'Ana',
    context: 'Teams',
    options: items('Monolith', 'Microservices'),
    decision: 'Microservices',
    consequences: 'More to run',
    supersedes: '',
    supersededBy: '',
    comparisonId: '',
  });
  return doc;
}

/** The report on a document, its code fields read by the sections' own analyses. */
export async function inspect(doc: ArchDocument): Promise<InspectionReport> {
  return inspectModel(readArchitecture(doc, await deriveAll(doc)));
}
