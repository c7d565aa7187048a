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

describe('the figures in words', () => {
  it('says where the worked example stands', async () => {
    const { createExampleDocument } = await import('../example');
    const { figuresFor } = await import('./figures');
    const doc = await createExampleDocument('2026-12-01T10:00:00.000Z');
    const derived = await deriveAll(doc);
    expect(figuresFor('disasterRecovery', doc, derived)).toEqual([
      {
        label: 'Recovery',
        sentence:
          'RTO 30 min: 68 % of the 43 min 50 s a month 9.1 allows. RPO 15 min; the most frequent backup is continuous (User DB and Product DB cross-region read replicas in eu-west-1).',
        status: 'ok',
      },
    ]);
    const [availability, capacityFigure] = figuresFor('systemComponents', doc, derived);
    expect(availability).toEqual({
      label: 'Composed availability',
      sentence:
        '99.93 % along Web Client → Load Balancer → API Gateway ×3 → User Service ×3 → User DB. 9.1 asks 99.90 %: met, 0.03 points to spare.',
      status: 'ok',
    });
    expect(capacityFigure?.sentence).toBe(
      'Least: Auth Service, 6 × 2,000 = 12,000 requests/s against 9.1’s 10,000: 20 % headroom.',
    );
  });
});
