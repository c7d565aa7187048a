import { beforeAll, describe, expect, it } from 'vitest';
import { setApproval, setMeta, updateSection } from '../actions';
import { createEmptyDocument } from '../create';
import { createExampleDocument } from '../example';
import { items } from '../../core/document/fields';
import type { ArchDocument } from '../schema';
import { gateReason, reviewDocument } from './review';
import { deriveAll, type DerivedBySection } from '../markdown/toMarkdown';
import { loadReviewRules } from './review';
import type { SectionData, SectionId } from '../registry';

const NOW = '2026-11-25T10:00:00.000Z';
const LATER = '2026-11-26T10:00:00.000Z';

const reviewRules = await loadReviewRules();
let example: ArchDocument;
let derived: DerivedBySection;
beforeAll(async () => {
  example = await createExampleDocument(NOW);
  derived = await deriveAll(example);
});

const item = (doc: ArchDocument, id: string, d: DerivedBySection = derived) => {
  const found = reviewDocument(doc, reviewRules, d).items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};

function edit<K extends SectionId>(doc: ArchDocument, id: K, patch: Partial<SectionData<K>>) {
  return updateSection(doc, id, patch, LATER);
}

describe('the review checklist', () => {
  it('has the template’s ten items in its order', () => {
    expect(reviewRules.map((r) => r.title)).toEqual([
      'All components are clearly defined',
      'Interfaces are documented',
      'Security measures implemented',
      'Scalability plan in place',
      'Monitoring strategy defined',
      'Cost analysis completed',
      'Risk assessment done',
      'Migration plan created',
      'Documentation is comprehensive',
      'Stakeholder approval obtained',
    ]);
  });

  it('passes the worked example on every item but the approval, with evidence', () => {
    const review = reviewDocument(example, reviewRules, derived);
    expect(review.failing.map((i) => i.id)).toEqual(['approval']);
    expect(review.passed).toBe(9);
    expect(item(example, 'risks').reason).toMatch(/^\d+ risks, each with a mitigation\.$/);
    expect(item(example, 'interfaces').reason).toMatch(/endpoints? documented in OpenAPI 3\.0/);
    expect(item(example, 'costs').reason).toMatch(/a month in all\.$/);
    expect(gateReason(review)).toBe(
      'Opens when every review item passes; 1 of 10 fails: Stakeholder approval obtained.',
    );
  });

  it('fails every item of an empty document, each saying why and where to fix it', () => {
    const empty = createEmptyDocument(NOW, '');
    const review = reviewDocument(empty, reviewRules, {});
    expect(review.passed).toBe(0);
    const reasons = Object.fromEntries(review.items.map((i) => [i.id, i.reason]));
    expect(reasons).toMatchObject({
      components: '4.1 has no component diagram yet. 4.2 describes no component yet.',
      interfaces: '6.1 has no API specification yet.',
      security:
        'No authentication method is chosen. No authorization model is chosen. No security measure is listed. The encryption strategy is not written.',
      scalability:
        'No availability target is set. No throughput target is set. 9.2 lists no scaling strategy.',
      monitoring: '10.1 names no metrics. No logging stack is named. No alert rule is defined.',
      costs: 'The cost table is empty.',
      risks: 'No risk is listed.',
      migration: 'No migration phase is planned.',
      approval: 'No approver is named. No approval date is entered.',
    });
    expect(reasons.documentation).toMatch(
      /^The document has no title\. The document names no authors\. 15 sections are empty: 1\. Executive Summary, 2\. System Overview, 3\. Architectural Decisions and 12 more\.$/,
    );
    expect(review.items.find((i) => i.id === 'risks')?.fix).toEqual({
      kind: 'field',
      section: 'risks',
      field: 'risks',
    });
    expect(review.items.find((i) => i.id === 'documentation')?.fix).toEqual({
      kind: 'details',
      field: 'title',
    });
  });

  it('names the risks without a mitigation', () => {
    const risks = example.sections.risks.risks.map((r, i) =>
      i < 2 ? { ...r, mitigation: ' ' } : r,
    );
    const [a, b] = risks;
    const doc = edit(example, 'risks', { risks });
    expect(item(doc, 'risks')).toMatchObject({
      pass: false,
      reason: `2 risks have no mitigation: ${a?.risk} and ${b?.risk}.`,
    });
  });

  it('names the diagram’s components that have no description row', () => {
    const data = example.sections.systemComponents;
    const doc = edit(example, 'systemComponents', {
      diagram: `${data.diagram}\n    Z[Search Index]`,
    });
    expect(item(doc, 'components')).toMatchObject({
      pass: false,
      reason: '1 component of the diagram has no description in 4.2: Search Index.',
      fix: { kind: 'field', section: 'systemComponents', field: 'components' },
    });
  });

  it('fails interfaces on an OpenAPI error, and while the specification is being read', async () => {
    const doc = edit(example, 'apiDesign', { openApi: 'openapi: 3.0.3\ninfo: [' });
    expect(item(doc, 'interfaces', {}).reason).toBe('The OpenAPI specification is being read…');
    const broken = await deriveAll(doc);
    expect(item(doc, 'interfaces', broken).reason).toMatch(
      /^The OpenAPI specification has 1 error; the first, on line \d+: /,
    );
  });

  it('needs a measure in place, not only planned ones', () => {
    const measures = example.sections.securityArchitecture.measures.map((m) => ({
      ...m,
      status: 'Planned' as const,
    }));
    const doc = edit(example, 'securityArchitecture', { measures });
    expect(item(doc, 'security').reason).toBe(
      `No security measure is in place yet (${measures.length} measures planned).`,
    );
  });

  it('needs a readable availability and a scaling strategy', () => {
    const doc = edit(example, 'performanceRequirements', { availability: 'high', scaling: [] });
    expect(item(doc, 'scalability').reason).toMatch(
      /^The availability target is not a percentage: .+ 9\.2 lists no scaling strategy\.$/,
    );
  });

  it('needs alert rules with conditions', () => {
    const alertRules = example.sections.monitoring.alertRules.map((r, i) =>
      i === 0 ? { ...r, condition: '' } : r,
    );
    const doc = edit(example, 'monitoring', { alertRules });
    expect(item(doc, 'monitoring').reason).toBe(
      `1 alert rule has no condition: ${alertRules[0]?.name}.`,
    );
  });

  it('needs a monthly cost on every item, as a number', () => {
    const costs = example.sections.costAnalysis.costs.map((c, i) =>
      i === 0 ? { ...c, monthlyCost: '' } : i === 1 ? { ...c, monthlyCost: 'lots' } : c,
    );
    const doc = edit(example, 'costAnalysis', { costs });
    expect(item(doc, 'costs').reason).toBe(
      `1 cost item has no monthly cost: ${costs[0]?.component}. Monthly cost 2 is not a number.`,
    );
  });

  it('needs every migration phase named and described', () => {
    const phases = example.sections.migrationStrategy.phases.map((p, i) =>
      i === 2 ? { ...p, description: '' } : p,
    );
    const doc = edit(example, 'migrationStrategy', { phases });
    expect(item(doc, 'migration').reason).toBe(
      `1 phase lacks a name or a description: ${phases[2]?.name}.`,
    );
  });

  it('names empty sections', () => {
    const doc = edit(example, 'performanceRequirements', {
      availability: '',
      responseTime: '',
      throughput: '',
      durability: '',
      scaling: items(),
      caching: [],
      asyncProcessing: [],
    });
    expect(item(doc, 'documentation')).toMatchObject({
      pass: false,
      reason: '1 section is empty: 9. Performance Requirements.',
      fix: { kind: 'section', section: 'performanceRequirements' },
    });
  });
});

describe('stakeholder approval', () => {
  const approved = () =>
    setApproval(example, { approver: 'Maria Chen (CTO)', date: '2026-11-24' }, NOW);

  it('passes with a name and a date, and opens the exports', () => {
    const doc = approved();
    expect(item(doc, 'approval')).toMatchObject({
      pass: true,
      reason: 'Approved by Maria Chen (CTO) on 2026-11-24.',
    });
    const review = reviewDocument(doc, reviewRules, derived);
    expect(review.complete).toBe(true);
    expect(gateReason(review)).toBeUndefined();
  });

  it('refuses a date that is not a date', () => {
    const doc = setApproval(example, { approver: 'Maria', date: '2026-02-30' }, NOW);
    expect(item(doc, 'approval').reason).toBe(
      'The approval date “2026-02-30” is not a date (YYYY-MM-DD).',
    );
  });

  it('is cleared by a later change to a section, and says whose it was', () => {
    const doc = edit(approved(), 'risks', { risks: [] });
    expect(doc.meta.approval).toEqual({
      approver: '',
      date: '',
      cleared: 'Maria Chen (CTO), 2026-11-24',
    });
    expect(item(doc, 'approval').reason).toBe(
      'The approval (Maria Chen (CTO), 2026-11-24) was cleared because the document changed after it; enter the approver and date again.',
    );
  });

  it('is cleared by a new title, but not by moving the status', () => {
    expect(setMeta(approved(), { title: 'New' }, LATER).meta.approval.approver).toBe('');
    expect(setMeta(approved(), { status: 'Approved' }, LATER).meta.approval.approver).toBe(
      'Maria Chen (CTO)',
    );
  });
});
