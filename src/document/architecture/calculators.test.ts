import { describe, expect, it } from 'vitest';
import { smallDocument, MANIFESTS } from '../inspections/testing';
import { deriveAll } from '../markdown/toMarkdown';
import type { ArchDocument } from '../schema';
import { capacity, composedAvailability, recovery } from './calculators';
import { readArchitecture } from './read';

const model = async (doc: ArchDocument) => readArchitecture(doc, await deriveAll(doc));

describe('composed availability', () => {
  it('is nothing until a component on the path has an availability', async () => {
    expect(composedAvailability(await model(smallDocument()))).toBeNull();
  });

  it('two 99.9 % components in series give 99.80 %; a part without one counts as up', async () => {
    const doc = smallDocument();
    const [, service, db] = doc.sections.systemComponents.components;
    Object.assign(service!, { availability: '99.9', replicas: '1' });
    Object.assign(db!, { availability: '99.9' });
    const result = composedAvailability(await model(doc));
    expect(result?.path.map((s) => s.name)).toEqual(['Web Client', 'Order Service', 'Orders DB']);
    expect(result?.availability).toBeCloseTo(0.998001, 6);
    expect(result?.target).toBeCloseTo(0.999, 6);
    expect(result?.unknown).toEqual(['Web Client']);
  });

  it('three 99 % replicas in parallel give 99.9999 %; blank replicas come from 8.1', async () => {
    const doc = smallDocument();
    const service = doc.sections.systemComponents.components[1]!;
    service.availability = '99';
    service.replicas = '3';
    const three = composedAvailability(await model(doc));
    expect(three?.path[1]).toMatchObject({ replicas: 3 });
    expect(three?.availability).toBeCloseTo(0.999999, 6);
    service.replicas = '';
    // The order-service Deployment runs 2: 1 - 0.01² = 99.99 %.
    expect(composedAvailability(await model(doc))?.availability).toBeCloseTo(0.9999, 6);
  });

  it('takes the least available branch', async () => {
    const doc = smallDocument();
    const s = doc.sections.systemComponents;
    s.diagram += '\n  orders --> audit[(Audit DB)]';
    s.components.push({
      id: 'a',
      component: 'Audit DB',
      responsibility: 'Logs',
      technology: 'PostgreSQL',
      availability: '99',
    });
    s.components[2]!.availability = '99.9';
    const result = composedAvailability(await model(doc));
    expect(result?.path.map((p) => p.name)).toEqual(['Web Client', 'Order Service', 'Audit DB']);
    expect(result?.availability).toBeCloseTo(0.99, 6);
  });
});

describe('capacity', () => {
  it('is the replicas (at most: the HPA maximum) times one instance, against 9.1', async () => {
    const doc = smallDocument();
    doc.sections.performanceRequirements.throughput = '10,000 requests/second at peak';
    doc.sections.systemComponents.components[1]!.throughput = '1,000';
    doc.sections.deploymentArchitecture.manifests = `${MANIFESTS}---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: order-service
spec:
  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: order-service }
  minReplicas: 2
  maxReplicas: 12
`;
    const result = capacity(await model(doc));
    expect(result?.components).toEqual([
      { name: 'Order Service', perInstance: 1000, replicas: 12, total: 12_000 },
    ]);
    expect(result?.bottleneck?.headroom).toBeCloseTo(0.2, 6);
  });
});

describe('recovery', () => {
  it('sets RTO and RPO beside the monthly downtime budget and the most frequent backup', async () => {
    const result = recovery(await model(smallDocument()));
    expect(result).toMatchObject({
      rto: 1800,
      rpo: 300,
      backup: { what: 'Orders DB', every: 0 },
    });
    expect(result?.monthlyBudget).toBeCloseTo(2629.746, 2);
  });
});
