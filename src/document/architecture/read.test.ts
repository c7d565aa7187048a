import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withIds } from '../../core/document/fields';
import { createEmptyDocument } from '../create';
import { inspectModel } from '../inspections/inspect';
import { inspect, smallDocument } from '../inspections/testing';
import { readArchitecture } from './read';

const CORPUS = join(import.meta.dirname, '../../../fixtures/corpus');
const files = (dir: string): [string, string][] =>
  readdirSync(join(CORPUS, dir)).map((f) => [f, readFileSync(join(CORPUS, dir, f), 'utf8')]);

describe('the architecture model', () => {
  it('ties 4.1 nodes to 4.2 rows, externals to 2.2 and flows to both', () => {
    const model = readArchitecture(smallDocument());
    expect(model.components.map((c) => [c.name, c.store, c.views])).toEqual([
      ['Web Client', false, ['4.1']],
      ['Order Service', false, ['4.1']],
      ['Orders DB', true, ['4.1']],
    ]);
    // "Payment provider" is drawn in 4.1, but it is the external interface, not a component.
    expect(model.externals.map((e) => [e.name, e.views])).toEqual([['Payment provider', ['4.1']]]);
    expect(model.flows.map((f) => `${f.from} → ${f.to}${f.label ? ` (${f.label})` : ''}`)).toEqual([
      'Web Client → Order Service',
      'Order Service → Orders DB',
      'Order Service → Payment provider (charges)',
    ]);
  });

  it('matches names as a person would: "users" in 5.1 is the User Service', () => {
    const doc = createEmptyDocument('2026-12-01T10:00:00.000Z');
    doc.sections.systemComponents.components = withIds({
      component: 'User Service',
      responsibility: 'Users',
      technology: 'Go',
    });
    doc.sections.dataArchitecture.dataFlowDiagram = 'flowchart LR\n  u[users] --> db[(user-db)]';
    const [user] = readArchitecture(doc).components;
    expect(user?.views).toEqual(['5.1']);
  });

  const mermaid = files('mermaid').filter(([f]) => !f.includes('pathological'));
  it.each(mermaid)('reads %s in every diagram field without throwing', async (_, source) => {
    const doc = smallDocument();
    doc.sections.systemComponents.diagram = source;
    doc.sections.dataArchitecture.dataFlowDiagram = source;
    doc.sections.deploymentArchitecture.deploymentDiagram = source;
    expect((await inspect(doc)).findings.every((f) => f.message.length > 0)).toBe(true);
  });

  it.each([...files('sql'), ...files('openapi'), ...files('k8s')])(
    'reads %s where it belongs without throwing',
    async (name, text) => {
      const doc = smallDocument();
      if (name.endsWith('.sql')) doc.sections.dataArchitecture.databaseSchema = text;
      else if (name.startsWith('online-boutique') || name.startsWith('guestbook')) {
        doc.sections.deploymentArchitecture.manifests = text;
      } else doc.sections.apiDesign.openApi = text;
      const report = await inspect(doc);
      expect(report.findings.every((f) => f.message.length > 0)).toBe(true);
    },
  );

  it('any names in any section give sentences, never a throw (property)', () => {
    const name = fc.string({ maxLength: 24 });
    fc.assert(
      fc.property(fc.array(name, { maxLength: 6 }), name, name, (names, label, external) => {
        const doc = smallDocument();
        const s = doc.sections;
        s.systemComponents.components = withIds(
          ...names.map((n) => ({ component: n, responsibility: n, technology: n })),
        );
        s.systemComponents.diagram = `flowchart LR\n  a["${label.replace(/"/g, '')}"] --> b[${external.replace(/[[\]"]/g, '')}]`;
        s.systemOverview.externalInterfaces[0]!.name = external;
        s.costAnalysis.costs = withIds({ component: label, monthlyCost: '1' });
        s.migrationStrategy.phases[0]!.description = `${label} Service`;
        const report = inspectModel(readArchitecture(doc));
        for (const f of report.findings) expect(f.message.trim()).not.toBe('');
      }),
      { numRuns: 200 },
    );
  });
});
