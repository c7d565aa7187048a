import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { example } from '../example';
import { summarizeManifests } from './summarize';
import { manifestTable } from './table';
import type { ManifestResource } from './types';

const corpus = new URL('../../../../fixtures/corpus/k8s/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, corpus), 'utf8');
const ids = (resources: readonly ManifestResource[]) => resources.map((r) => `${r.kind}/${r.name}`);

// The eleven microservices of Online Boutique, in file order; redis-cart (a Deployment and a
// Service) has no ServiceAccount, and loadgenerator has no Service.
const BOUTIQUE = [
  'frontend',
  'adservice',
  'currencyservice',
  'cartservice',
  'loadgenerator',
  'recommendationservice',
  'checkoutservice',
  'emailservice',
  'paymentservice',
  'shippingservice',
  'productcatalogservice',
];

describe('summarizeManifests on the corpus', () => {
  it('online-boutique: 12 Deployments, 12 Services, 11 ServiceAccounts', () => {
    const { resources, problems } = summarizeManifests(
      read('online-boutique-kubernetes-manifests.yaml'),
    );
    expect(problems).toEqual([]);
    expect(resources).toHaveLength(35);
    const named = (kind: string) => resources.filter((r) => r.kind === kind).map((r) => r.name);
    expect(named('Deployment').sort()).toEqual([...BOUTIQUE, 'redis-cart'].sort());
    expect(named('Service').sort()).toEqual(
      [...BOUTIQUE.filter((s) => s !== 'loadgenerator'), 'frontend-external', 'redis-cart'].sort(),
    );
    expect(named('ServiceAccount')).toEqual(BOUTIQUE);
    expect(resources[0]).toEqual({
      kind: 'Deployment',
      name: 'frontend',
      images: ['us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/frontend:v0.10.6'],
      ports: ['8080/TCP'],
      routes: [],
      line: 21,
    });
    const byId = new Map(resources.map((r) => [`${r.kind}/${r.name}`, r]));
    expect(byId.get('Service/frontend-external')).toMatchObject({
      serviceType: 'LoadBalancer',
      ports: ['80→8080'],
    });
    expect(byId.get('Service/emailservice')?.ports).toEqual(['5000→8080']);
    // initContainers count: the load generator waits for the frontend with busybox.
    expect(byId.get('Deployment/loadgenerator')).toMatchObject({
      replicas: 1,
      images: [
        expect.stringMatching(/^busybox:1\.38\.0@sha256:/),
        'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/loadgenerator:v0.10.6',
      ],
      ports: [],
    });
  });

  it('guestbook: 3 Deployments and 3 Services', () => {
    const { resources, problems } = summarizeManifests(read('guestbook-all-in-one.yaml'));
    expect(problems).toEqual([]);
    expect(ids(resources)).toEqual([
      'Service/redis-master',
      'Deployment/redis-master',
      'Service/redis-replica',
      'Deployment/redis-replica',
      'Service/frontend',
      'Deployment/frontend',
    ]);
    expect(resources.map((r) => r.replicas)).toEqual([undefined, 1, undefined, 2, undefined, 3]);
    expect(resources[1]).toMatchObject({
      images: ['registry.k8s.io/redis:e2e'],
      ports: ['6379/TCP'],
    });
    expect(resources[4]).toMatchObject({ serviceType: 'NodePort', ports: ['80'] });
  });

  it('frontend ingress: 1 Ingress with its default backend and rule', () => {
    const { resources, problems } = summarizeManifests(
      read('online-boutique-frontend-ingress.yaml'),
    );
    expect(problems).toEqual([]);
    expect(resources).toEqual([
      {
        kind: 'Ingress',
        name: 'frontend-ingress',
        images: [],
        ports: [],
        routes: ['default → frontend:80', '/* → frontend:80'],
        line: 15,
      },
    ]);
  });
});

describe('summarizeManifests on the worked example', () => {
  it('gives a Deployment, Service and HorizontalPodAutoscaler per service', () => {
    const { resources, problems } = summarizeManifests(example().manifests);
    expect(problems).toEqual([]);
    // The Product Service in full, then the other three services in the same pattern.
    expect(resources.map((r) => `${r.kind}/${r.name}`).slice(3)).toEqual(
      ['auth-service', 'user-service', 'api-gateway'].flatMap((name) => [
        `Deployment/${name}`,
        `Service/${name}`,
        `HorizontalPodAutoscaler/${name}`,
      ]),
    );
    expect(resources.slice(0, 3)).toMatchObject([
      {
        kind: 'Deployment',
        name: 'product-service',
        namespace: 'shopstream',
        replicas: 3,
        images: [
          '123456789012.dkr.ecr.eu-central-1.amazonaws.com/shopstream/product-service:1.4.2',
        ],
        ports: ['8080/TCP'],
      },
      { kind: 'Service', name: 'product-service', namespace: 'shopstream', ports: ['80→8080'] },
      {
        kind: 'HorizontalPodAutoscaler',
        name: 'product-service',
        minReplicas: 3,
        maxReplicas: 12,
        scaleTarget: 'Deployment/product-service',
      },
    ]);
  });

  it('gives table cells: replicas in words, technical values as code', () => {
    const { rows } = manifestTable(summarizeManifests(example().manifests).resources);
    expect(rows.slice(0, 3)).toEqual([
      [
        'Deployment',
        'product-service',
        'shopstream',
        '3',
        '`123456789012.dkr.ecr.eu-central-1.amazonaws.com/shopstream/product-service:1.4.2`',
        '`8080/TCP`',
      ],
      ['Service', 'product-service', 'shopstream', '', '', '`80→8080`'],
      [
        'HorizontalPodAutoscaler',
        'product-service (scales Deployment/product-service)',
        'shopstream',
        '3–12 (autoscaled)',
        '',
        '',
      ],
    ]);
  });
});
