import { keyProperties } from './properties';
import type { CloudResource } from './types';

/** 8.1's table of a CloudFormation template: one row per resource, in template order. */
export function cloudTable(resources: readonly CloudResource[]): {
  headers: string[];
  rows: string[][];
} {
  return {
    // The type last: a long one (AWS::ElasticLoadBalancingV2::LoadBalancer) cannot wrap, and
    // in a narrow preview it is the column that scrolls out of view, not the properties.
    headers: ['Logical ID', 'Key properties', 'Type'],
    rows: resources.map((r) => [r.id, keyProperties(r), r.type || '(no Type)']),
  };
}
