// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withIds } from '../../core/document/fields';
import { parseError } from '../../test/mermaid';
import { createExampleDocument } from '../example';
import { smallDocument } from '../inspections/testing';
import { deriveAll } from '../markdown/toMarkdown';
import { architectureViews } from './views';

const NOW = '2026-12-01T10:00:00.000Z';

describe('the generated C4 views', () => {
  it('draws the worked example as three views Mermaid parses', async () => {
    const doc = await createExampleDocument(NOW);
    const views = architectureViews(doc, await deriveAll(doc));
    const all = Object.values(views).flat();
    expect(all.map((v) => v.id)).toEqual(['context', 'container', 'deployment']);
    for (const view of all) expect(await parseError(view.source), view.id).toBeUndefined();
    const [context] = views.systemOverview ?? [];
    expect(context?.source).toContain('System_Ext(e3, "Payment provider"');
    expect(context?.source).toContain('BiRel(system, e3, "Exchanges", "HTTPS / REST + webhooks")');
    const [container] = views.systemComponents ?? [];
    expect(container?.source).toContain(
      'ContainerDb(c7, "User DB", "PostgreSQL 16", "Users, profiles and preferences; owned by the User Service")',
    );
    expect(container?.source).toContain('Rel(c5, c7, "accounts, addresses")');
    const [deployment] = views.deploymentArchitecture ?? [];
    expect(deployment?.source).toContain(
      'Container(d1, "product-service", "Deployment, 3–12 replicas (autoscaled)"',
    );
  });

  it('draws nothing where the document has nothing to draw', () => {
    expect(architectureViews(smallDocument())).toMatchObject({});
    const empty = structuredClone(smallDocument());
    empty.sections.systemOverview.stakeholders = [];
    empty.sections.systemOverview.externalInterfaces = [];
    expect(architectureViews(empty).systemOverview).toBeUndefined();
  });

  it('any names give views Mermaid parses (property)', async () => {
    const name = fc.string({
      unit: fc.constantFrom(...'aZ 1-_"\'`%{}()[],;:#&<>\\|.é中'.split('')),
      maxLength: 20,
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(name, { minLength: 1, maxLength: 4 }),
        name,
        async (names, other) => {
          const doc = smallDocument();
          const s = doc.sections;
          s.systemComponents.components = withIds(
            ...names.map((n) => ({ component: n, responsibility: other, technology: n })),
          );
          s.systemOverview.externalInterfaces[0]!.name = other;
          s.systemOverview.externalInterfaces[0]!.protocol = other;
          s.systemOverview.stakeholders[0]!.name = other;
          doc.meta.title = other;
          for (const view of Object.values(architectureViews(doc)).flat()) {
            expect(await parseError(view.source), view.source).toBeUndefined();
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
