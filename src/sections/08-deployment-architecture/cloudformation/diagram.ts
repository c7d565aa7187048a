import { isTrue, keyProperties, shown } from './properties';
import type { CloudResource } from './types';

/** What the deployment diagram draws, by type: a name for the label and a shape. */
const DRAWN: Record<string, { name: string; store?: boolean }> = {
  'AWS::EC2::VPC': { name: 'VPC' },
  'AWS::EC2::Subnet': { name: 'subnet' },
  'AWS::EC2::InternetGateway': { name: 'internet gateway' },
  'AWS::EC2::NatGateway': { name: 'NAT gateway' },
  'AWS::EC2::Instance': { name: 'EC2 instance' },
  'AWS::AutoScaling::AutoScalingGroup': { name: 'auto scaling group' },
  'AWS::ElasticLoadBalancingV2::LoadBalancer': { name: 'load balancer' },
  'AWS::ElasticLoadBalancing::LoadBalancer': { name: 'classic load balancer' },
  'AWS::ECS::Cluster': { name: 'ECS cluster' },
  'AWS::ECS::Service': { name: 'ECS service' },
  'AWS::EKS::Cluster': { name: 'EKS cluster' },
  'AWS::Lambda::Function': { name: 'Lambda function' },
  'AWS::ApiGateway::RestApi': { name: 'API Gateway' },
  'AWS::ApiGatewayV2::Api': { name: 'API Gateway' },
  'AWS::CloudFront::Distribution': { name: 'CloudFront' },
  'AWS::SQS::Queue': { name: 'SQS queue' },
  'AWS::SNS::Topic': { name: 'SNS topic' },
  'AWS::RDS::DBInstance': { name: 'RDS database', store: true },
  'AWS::RDS::DBCluster': { name: 'Aurora cluster', store: true },
  'AWS::ElastiCache::CacheCluster': { name: 'ElastiCache', store: true },
  'AWS::ElastiCache::ReplicationGroup': { name: 'ElastiCache', store: true },
  'AWS::DynamoDB::Table': { name: 'DynamoDB table', store: true },
  'AWS::S3::Bucket': { name: 'S3 bucket', store: true },
};

/** Resources that only group subnets for another: a database's or a cache's subnet group. */
const SUBNET_GROUPS = new Set(['AWS::RDS::DBSubnetGroup', 'AWS::ElastiCache::SubnetGroup']);

/** The subnets a resource is placed in: named directly, or through its subnet group. */
export function subnetsOf(resource: CloudResource, byId: Map<string, CloudResource>): string[] {
  const found: string[] = [];
  for (const id of resource.refers) {
    const target = byId.get(id);
    if (target?.type === 'AWS::EC2::Subnet') found.push(id);
    if (target && SUBNET_GROUPS.has(target.type)) {
      found.push(...target.refers.filter((s) => byId.get(s)?.type === 'AWS::EC2::Subnet'));
    }
  }
  return [...new Set(found)];
}

// One line of label text: a quote or a line break in a logical id cannot end the label.
const quoted = (text: string) => `"${text.replace(/"/g, '#quot;').replace(/\s+/g, ' ')}"`;

function label(resource: CloudResource): string {
  const about = keyProperties(resource).split(', ').slice(0, 2).join(', ');
  const kind = DRAWN[resource.type]?.name ?? resource.type;
  const what = `${kind}${about ? ` · ${about}` : ''}`;
  // "VPC · 10.0.0.0/16", not "VPC" over "VPC · 10.0.0.0/16".
  return resource.id.toLowerCase() === kind.toLowerCase() ? what : `${resource.id}<br/>${what}`;
}

/**
 * Subnets used together (a load balancer's two public subnets, a database's subnet group)
 * form one box, as a reader thinks of them: "the public subnets". Each subnet maps to the
 * first subnet of its box.
 */
function subnetBoxes(placed: readonly string[][], subnets: readonly string[]): Map<string, string> {
  const box = new Map(subnets.map((s) => [s, s]));
  const find = (s: string): string => {
    const up = box.get(s) ?? s;
    return up === s ? s : find(up);
  };
  for (const together of placed) {
    for (const other of together.slice(1)) box.set(find(other), find(together[0]!));
  }
  return new Map(subnets.map((s) => [s, find(s)]));
}

/**
 * A Mermaid flowchart of a template's architecture: VPCs holding their subnets (those used
 * together as one box), resources in the subnets they are placed in (or the VPC they name),
 * and the references between them as arrows. Resources that are plumbing (routes, roles,
 * security groups) are in the table only. Empty when nothing of the template is drawn.
 */
export function cloudDiagram(resources: readonly CloudResource[]): string {
  const byId = new Map(resources.map((r) => [r.id, r]));
  // Nodes are named by position, never by the logical id: whatever a template calls a
  // resource, it cannot become Mermaid syntax.
  const position = new Map(resources.map((r, i) => [r.id, i]));
  const nodeId = (id: string) =>
    id.startsWith('box:') ? `s${position.get(id.slice(4))}` : `r${position.get(id)}`;
  const drawn = resources.filter((r) => DRAWN[r.type]);
  if (drawn.length === 0) return '';
  const typeOf = (id: string) => byId.get(id)?.type;
  const vpcOf = (r: CloudResource) => r.refers.find((id) => typeOf(id) === 'AWS::EC2::VPC');
  const subnets = drawn.filter((r) => r.type === 'AWS::EC2::Subnet');
  const placedIn = new Map(
    drawn.filter((r) => r.type !== 'AWS::EC2::Subnet').map((r) => [r.id, subnetsOf(r, byId)]),
  );
  const boxOf = subnetBoxes(
    [...placedIn.values()],
    subnets.map((s) => s.id),
  );
  const boxes = [...new Set(boxOf.values())];
  const members = (box: string) => subnets.filter((s) => boxOf.get(s.id) === box);

  // Who holds whom: a VPC holds subnet boxes and what names it; a box holds what is in it.
  const parent = new Map<string, string | undefined>();
  for (const box of boxes) parent.set(`box:${box}`, vpcOf(byId.get(box)!));
  for (const r of drawn) {
    if (r.type === 'AWS::EC2::VPC' || r.type === 'AWS::EC2::Subnet') continue;
    const inside = placedIn.get(r.id) ?? [];
    parent.set(r.id, inside.length ? `box:${boxOf.get(inside[0]!)}` : vpcOf(r));
  }
  const edges: string[] = [];
  for (const r of drawn) {
    if (r.type === 'AWS::EC2::Subnet') continue;
    const containment = new Set([vpcOf(r), ...(placedIn.get(r.id) ?? [])]);
    for (const target of r.refers) {
      if (!DRAWN[typeOf(target) ?? ''] || containment.has(target)) continue;
      const end = typeOf(target) === 'AWS::EC2::Subnet' ? `box:${boxOf.get(target)}` : target;
      edges.push(`  ${nodeId(r.id)} --> ${nodeId(end)}`);
    }
  }

  const lines = ['flowchart TB'];
  const emit = (id: string, depth: number) => {
    const pad = '  '.repeat(depth);
    const inside = [...parent].filter(([, p]) => p === id).map(([child]) => child);
    if (id.startsWith('box:')) {
      lines.push(`${pad}subgraph ${nodeId(id)}[${quoted(boxLabel(members(id.slice(4))))}]`);
    } else {
      const r = byId.get(id)!;
      if (r.type !== 'AWS::EC2::VPC' && inside.length === 0) {
        const text = quoted(label(r));
        lines.push(`${pad}${nodeId(id)}${DRAWN[r.type]?.store ? `[(${text})]` : `[${text}]`}`);
        return;
      }
      lines.push(`${pad}subgraph ${nodeId(id)}[${quoted(label(r))}]`);
    }
    for (const child of inside) emit(child, depth + 1);
    lines.push(`${pad}end`);
  };
  const roots = drawn.filter((r) => r.type !== 'AWS::EC2::Subnet' && !parent.get(r.id));
  for (const r of roots) emit(r.id, 1);
  // A box whose VPC is not in the template (passed in as a parameter) stands on its own.
  for (const box of boxes) if (!parent.get(`box:${box}`)) emit(`box:${box}`, 1);
  lines.push(...edges);
  return lines.join('\n');
}

function boxLabel(subnets: readonly CloudResource[]): string {
  const names = subnets.map((s) => s.id).join(', ');
  const ranges = subnets
    .map((s) => shown(s.properties.CidrBlock))
    .filter(Boolean)
    .join(', ');
  const open = subnets.some((s) => isTrue(s.properties.MapPublicIpOnLaunch));
  const kind = `${subnets.length > 1 ? 'subnets' : 'subnet'}${open ? ', public IPs' : ''}`;
  return `${names}<br/>${kind}${ranges ? ` · ${ranges}` : ''}`;
}
