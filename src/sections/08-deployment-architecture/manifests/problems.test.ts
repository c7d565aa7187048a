import { describe, expect, it } from 'vitest';
import { summarizeManifests } from './summarize';
import { replicasText } from './table';

const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  ports:
    - port: 80
      targetPort: http
    - port: 53
      protocol: UDP
      nodePort: 30053
`;

describe('summarizeManifests', () => {
  it('reads Service ports as port→targetPort with protocol and node port', () => {
    expect(summarizeManifests(SERVICE).resources[0]?.ports).toEqual([
      '80→http',
      '53/UDP (node 30053)',
    ]);
  });

  it('skips comments and empty documents', () => {
    const text = `# header\n---\n---\n# nothing here\n---\n${SERVICE}---\n`;
    const { resources, problems } = summarizeManifests(text);
    expect(problems).toEqual([]);
    expect(resources.map((r) => [r.name, r.line])).toEqual([['web', 6]]);
  });

  it('a broken document: error at its line, the others still summarised', () => {
    const text = `${SERVICE}---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [broken\ndata: {}\n---\n${SERVICE}`;
    const { resources, problems } = summarizeManifests(text);
    expect(problems).toHaveLength(1);
    // The yaml package reports an unclosed [ where it should have ended: the next line.
    expect(problems[0]?.line).toBe(17);
    expect(problems[0]?.message).not.toMatch(/column|\n/);
    expect(resources.map((r) => [r.kind, r.line])).toEqual([
      ['Service', 1],
      ['Service', 19],
    ]);
  });

  it('a tab in the indentation: error at that line', () => {
    const text = SERVICE.replace('    - port: 53', '\t- port: 53');
    expect(summarizeManifests(text).problems[0]?.line).toBe(9);
  });

  it('a document that is not a Kubernetes object is a problem at its line', () => {
    const text = `${SERVICE}---\njust a string\n---\n- a\n- list\n---\nkind: ConfigMap\ndata: {}\n`;
    const { resources, problems } = summarizeManifests(text);
    expect(resources).toHaveLength(1);
    expect(problems.map((p) => p.line)).toEqual([13, 15, 18]);
    expect(problems[2]?.message).toBe(
      'This document is not a complete Kubernetes object: apiVersion, metadata.name missing.',
    );
  });

  it('lists an object without apiVersion, with a problem', () => {
    const { resources, problems } = summarizeManifests(
      'kind: Namespace\nmetadata: { name: shop }\n',
    );
    expect(resources.map((r) => r.name)).toEqual(['shop']);
    expect(problems).toEqual([
      { message: 'This document lacks a field: apiVersion missing.', line: 1 },
    ]);
  });

  it('reads pod templates of CronJobs, DaemonSets and bare Pods', () => {
    const text = `apiVersion: batch/v1
kind: CronJob
metadata: { name: nightly }
spec:
  schedule: '0 3 * * *'
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{ name: job, image: 'backup:2' }]
---
apiVersion: apps/v1
kind: DaemonSet
metadata: { name: agent, namespace: ops }
spec:
  template:
    spec:
      containers: [{ name: a, image: 'agent:1', ports: [{ containerPort: 9100 }] }]
---
apiVersion: v1
kind: Pod
metadata: { name: debug }
spec:
  containers: [{ name: d, image: busybox }, { name: e, image: busybox }]
`;
    const { resources } = summarizeManifests(text);
    expect(
      resources.map((r) => [r.name, r.images.join(), r.ports.join(), replicasText(r)]),
    ).toEqual([
      ['nightly', 'backup:2', '', ''],
      ['agent', 'agent:1', '9100/TCP', 'one per node'],
      ['debug', 'busybox', '', ''],
    ]);
  });

  it('reads Ingress hosts, paths and legacy backends', () => {
    const text = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: shop }
spec:
  rules:
    - host: shop.example.com
      http:
        paths:
          - { path: /api, backend: { service: { name: api, port: { number: 80 } } } }
          - { path: /, backend: { service: { name: web, port: { name: http } } } }
---
apiVersion: extensions/v1beta1
kind: Ingress
metadata: { name: old }
spec:
  backend: { serviceName: legacy, servicePort: 8080 }
`;
    expect(summarizeManifests(text).resources.map((r) => r.routes)).toEqual([
      ['shop.example.com/api → api:80', 'shop.example.com/ → web:http'],
      ['default → legacy:8080'],
    ]);
  });

  it('expands a kind: List', () => {
    const text = `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: ServiceAccount
    metadata: { name: a }
  - apiVersion: v1
    kind: ServiceAccount
    metadata: { name: b }
`;
    expect(summarizeManifests(text).resources.map((r) => [r.name, r.line])).toEqual([
      ['a', 4],
      ['b', 7],
    ]);
  });

  it('shows default and autoscaled replicas in words', () => {
    const base = { name: 'x', images: [], ports: [], routes: [], line: 1 };
    expect(replicasText({ ...base, kind: 'Deployment' })).toBe('1 (default)');
    expect(replicasText({ ...base, kind: 'StatefulSet', replicas: 0 })).toBe('0');
    expect(replicasText({ ...base, kind: 'HorizontalPodAutoscaler', maxReplicas: 5 })).toBe(
      '1–5 (autoscaled)',
    );
  });

  it('gives nothing for an empty text', () => {
    expect(summarizeManifests('')).toEqual({ resources: [], problems: [] });
  });
});
