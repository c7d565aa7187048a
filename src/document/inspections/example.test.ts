import { describe, expect, it } from 'vitest';
import { createExampleDocument } from '../example';
import { documentationComprehensive } from '../checklist/documentRules';
import { deriveAll } from '../markdown/toMarkdown';
import { inspect } from './testing';

const NOW = '2026-12-01T10:00:00.000Z';

describe('inspections on the worked example', () => {
  it('finds no error and no warning; four suggestions remain', async () => {
    const report = await inspect(await createExampleDocument(NOW));
    expect(report.counts).toEqual({ error: 0, warning: 0, info: 4 });
    expect(report.findings.map((f) => f.rule.id)).toEqual([
      'stack-layer-unused',
      'stack-layer-unused',
      'stack-layer-unused',
      'glossary-acronyms',
    ]);
  });

  it('an adopted technology that 3.2 no longer lists is a warning on its decision', async () => {
    const doc = await createExampleDocument(NOW);
    const database = doc.sections.architecturalDecisions.technologyStack.find(
      (r) => r.layer === 'Database',
    );
    database!.technology = 'MySQL 8';
    const found = (await inspect(doc)).findings.filter((f) => f.rule.id === 'adr-stack-drift');
    expect(found.map((f) => [f.severity, f.message])).toEqual([
      ['warning', 'ADR-0003 accepts PostgreSQL 16 for Database, but 3.2 says MySQL 8.'],
    ]);
  });

  it('an error fails "Documentation is comprehensive" until it is fixed or lowered', async () => {
    const doc = await createExampleDocument(NOW);
    doc.sections.disasterRecovery.rto = '2 hours';
    const derived = await deriveAll(doc);
    const failing = documentationComprehensive.check(doc, derived);
    expect(failing.pass).toBe(false);
    expect(failing.reason).toBe(
      "1 inspection finds an error; the first: The RTO of 2 hours is longer than the 43 min 50 s a month that 9.1's 99.9 % availability allows: one incident breaks the SLA.",
    );
    expect(failing.fix).toEqual({ kind: 'field', section: 'disasterRecovery', field: 'rto' });
    const lowered = {
      ...doc,
      meta: { ...doc.meta, severities: { 'rto-within-sla': 'warning' as const } },
    };
    expect(documentationComprehensive.check(lowered, derived).pass).toBe(true);
  });
});
