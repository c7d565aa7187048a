import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExampleDocument } from '../example';
import { documentSchema, type ArchDocument } from '../schema';
import { arbitraryDocument } from '../testing';
import type { Risk } from '../../sections/14-risks/model';
import { mergeDocuments } from './merge';
import { applyEdits, disjointEdits } from './testing';

const NOW = '2026-11-25T10:00:00.000Z';
const LATER = '2026-11-25T11:00:00.000Z';
const base = await createExampleDocument(NOW);

/** Two edited copies of the example: [mine, theirs]. */
function edit(
  editMine: (doc: ArchDocument) => void,
  editTheirs: (doc: ArchDocument) => void = () => {},
): [ArchDocument, ArchDocument] {
  const [mine, theirs] = [structuredClone(base), structuredClone(base)];
  editMine(mine);
  editTheirs(theirs);
  return [mine, theirs];
}

const risks = (doc: ArchDocument) => doc.sections.risks.risks;
const riskNames = (doc: ArchDocument) => risks(doc).map((r) => r.risk);
const newRisk = (risk: string): Risk => ({
  id: `id-${risk}`,
  risk,
  probability: 'Low',
  impact: 'Low',
  mitigation: '',
});

describe('mergeDocuments', () => {
  it('keeps edits of different fields from both sides', () => {
    const [mine, theirs] = edit(
      (d) => (d.sections.executiveSummary.overview = 'Mine'),
      (d) => (d.sections.systemComponents.diagram = 'graph LR\n  A --> B'),
    );
    const { document, conflicts } = mergeDocuments(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(document.sections.executiveSummary.overview).toBe('Mine');
    expect(document.sections.systemComponents.diagram).toBe('graph LR\n  A --> B');
    expect(documentSchema.safeParse(document).success).toBe(true);
  });

  it('keeps mine where both changed a field differently, and names the place', () => {
    const [mine, theirs] = edit(
      (d) => (d.sections.systemComponents.diagram = 'graph TB\n  Mine'),
      (d) => (d.sections.systemComponents.diagram = 'graph TB\n  Theirs'),
    );
    const { document, conflicts } = mergeDocuments(base, mine, theirs);
    expect(document.sections.systemComponents.diagram).toBe('graph TB\n  Mine');
    expect(conflicts).toEqual([
      {
        path: ['sections', 'systemComponents', 'diagram'],
        label: '4. System Components › Diagram',
      },
    ]);
  });

  it('names a row by its first text in a conflict inside it', () => {
    const [mine, theirs] = edit(
      (d) => (risks(d)[0]!.mitigation = 'Mine'),
      (d) => (risks(d)[0]!.mitigation = 'Theirs'),
    );
    const { conflicts } = mergeDocuments(base, mine, theirs);
    expect(conflicts).toEqual([
      {
        path: ['sections', 'risks', 'risks', risks(base)[0]!.id, 'mitigation'],
        label: '14. Risks and Mitigations › Risks › “Data breach” › Mitigation',
      },
    ]);
  });

  it('merges the columns of one row edited on both sides', () => {
    const [mine, theirs] = edit(
      (d) => (risks(d)[1]!.probability = 'High'),
      (d) => (risks(d)[1]!.mitigation = 'Theirs'),
    );
    const { document, conflicts } = mergeDocuments(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(risks(document)[1]).toMatchObject({ probability: 'High', mitigation: 'Theirs' });
  });

  it('takes an identical edit on both sides without a conflict', () => {
    const same = (d: ArchDocument) => {
      d.sections.executiveSummary.overview = 'Same';
      risks(d).push(newRisk('Shared'));
    };
    const [mine, theirs] = edit(same, same);
    const { document, conflicts } = mergeDocuments(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(document).toEqual(mine);
  });

  it('keeps rows added on both sides, each where it was added', () => {
    const [mine, theirs] = edit(
      (d) => risks(d).push(newRisk('Mine')),
      (d) => {
        risks(d).splice(1, 0, newRisk('Theirs first'));
        risks(d).push(newRisk('Theirs last'));
      },
    );
    const { document, conflicts } = mergeDocuments(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(riskNames(document)).toEqual([
      'Data breach',
      'Theirs first',
      'Service outage',
      'Performance degradation',
      'Theirs last',
      'Mine',
    ]);
  });

  it('removes a row removed on one side and left alone on the other', () => {
    const [mine, theirs] = edit(
      (d) => risks(d).splice(0, 1),
      (d) => (risks(d)[2]!.mitigation = 'Theirs'),
    );
    const { document, conflicts } = mergeDocuments(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(riskNames(document)).toEqual(['Service outage', 'Performance degradation']);
    expect(risks(document)[1]!.mitigation).toBe('Theirs');
  });

  it('places a row added next to a row the other side removed where it was added', () => {
    const [mine, theirs] = edit(
      (d) => risks(d).splice(2, 0, newRisk('Mine, after Service outage')),
      (d) => risks(d).splice(1, 1, newRisk('Theirs, after Data breach')),
    );
    const { document, conflicts } = mergeDocuments(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(riskNames(document)).toEqual([
      'Data breach',
      'Theirs, after Data breach',
      'Mine, after Service outage',
      'Performance degradation',
    ]);
  });

  it('keeps a row removed on one side but edited on the other, with a conflict', () => {
    for (const mineRemoves of [true, false]) {
      const remove = (d: ArchDocument) => risks(d).splice(1, 1);
      const change = (d: ArchDocument) => (risks(d)[1]!.risk = 'Outage, edited');
      const [mine, theirs] = mineRemoves ? edit(remove, change) : edit(change, remove);
      const { document, conflicts } = mergeDocuments(base, mine, theirs);
      expect(riskNames(document)).toEqual([
        'Data breach',
        'Outage, edited',
        'Performance degradation',
      ]);
      expect(conflicts).toEqual([
        {
          path: ['sections', 'risks', 'risks', risks(base)[1]!.id],
          label: '14. Risks and Mitigations › Risks › “Outage, edited”',
        },
      ]);
    }
  });

  it('takes the order of the side that reordered, with the other side’s edits', () => {
    const [mine, theirs] = edit(
      (d) => (risks(d)[0]!.impact = 'Low'),
      (d) => risks(d).reverse(),
    );
    const { document, conflicts } = mergeDocuments(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(riskNames(document)).toEqual([
      'Performance degradation',
      'Service outage',
      'Data breach',
    ]);
    expect(risks(document)[2]!.impact).toBe('Low');
  });

  it('keeps my order when both sides reordered differently, with a conflict', () => {
    const [mine, theirs] = edit(
      (d) => risks(d).reverse(),
      (d) => risks(d).push(risks(d).shift()!),
    );
    const { document, conflicts } = mergeDocuments(base, mine, theirs);
    expect(riskNames(document)).toEqual(riskNames(mine));
    expect(conflicts.map((c) => c.label)).toEqual(['14. Risks and Mitigations › Risks']);
  });

  it('merges lists of choices as one value', () => {
    const auth = (d: ArchDocument) => d.sections.securityArchitecture;
    const [mine, theirs] = edit(
      (d) => (auth(d).authMethods = ['JWT']),
      (d) => (auth(d).accessModel = 'ABAC'),
    );
    expect(mergeDocuments(base, mine, theirs).document.sections.securityArchitecture).toMatchObject(
      { authMethods: ['JWT'], accessModel: 'ABAC' },
    );
    const [both, other] = edit(
      (d) => (auth(d).authMethods = ['JWT']),
      (d) => (auth(d).authMethods = ['mTLS']),
    );
    const { document, conflicts } = mergeDocuments(base, both, other);
    expect(auth(document).authMethods).toEqual(['JWT']);
    expect(conflicts.map((c) => c.label)).toEqual(['7. Security Architecture › Auth methods']);
  });

  it('merges nested comparisons: candidates by id, score cells by the ids they refer to', () => {
    const comparison = (d: ArchDocument) => d.sections.architecturalDecisions.comparisons[0]!;
    const cell = (d: ArchDocument, criterion: string, candidate: string) =>
      comparison(d).scores.find((s) => s.criterionId === criterion && s.candidateId === candidate)!;
    const [mine, theirs] = edit(
      (d) => {
        cell(d, 'fit', 'mysql').score = 1;
        comparison(d).candidates.push({ id: 'sqlite', name: 'SQLite' });
      },
      (d) => {
        cell(d, 'cost', 'mongodb').score = 1;
        comparison(d).scores.reverse();
      },
    );
    const { document, conflicts } = mergeDocuments(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(cell(document, 'fit', 'mysql').score).toBe(1);
    expect(cell(document, 'cost', 'mongodb').score).toBe(1);
    expect(comparison(document).scores[0]).toEqual(comparison(theirs).scores[0]);
    expect(comparison(document).candidates.map((c) => c.id)).toContain('sqlite');

    const [a, b] = edit(
      (d) => (cell(d, 'fit', 'mysql').note = 'Mine'),
      (d) => (cell(d, 'fit', 'mysql').note = 'Theirs'),
    );
    expect(mergeDocuments(base, a, b).conflicts.map((c) => c.label)).toEqual([
      '3. Architectural Decisions › Comparisons › “Which database for each service?” › Scores › “fit / mysql” › Note',
    ]);
  });

  it('keeps the creation time, takes the later save time and merges the approval field by field', () => {
    const [mine, theirs] = edit(
      (d) => {
        d.meta.updated = LATER;
        d.meta.created = LATER;
        d.meta.approval.approver = 'Ana';
      },
      (d) => {
        d.meta.updated = '2026-11-25T10:30:00.000Z';
        d.meta.approval.date = '2026-11-26';
        d.meta.status = 'Approved';
      },
    );
    const { document, conflicts } = mergeDocuments(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(document.meta).toEqual({
      ...base.meta,
      status: 'Approved',
      created: NOW,
      updated: LATER,
      approval: { approver: 'Ana', date: '2026-11-26', cleared: '' },
    });
    const [x, y] = edit(
      (d) => (d.meta.title = 'Mine'),
      (d) => (d.meta.title = 'Theirs'),
    );
    expect(mergeDocuments(base, x, y).conflicts.map((c) => c.label)).toEqual(['Metadata › Title']);
  });

  it('clears an approval given in one tab while the other changed what it approves', () => {
    for (const [approve, change] of [
      [
        (d: ArchDocument) =>
          void (d.meta.approval = { approver: 'Ana', date: '2026-11-26', cleared: '' }),
        (d: ArchDocument) => void (d.sections.executiveSummary.overview = 'Changed meanwhile'),
      ],
      [
        (d: ArchDocument) =>
          void (d.meta.approval = { approver: 'Ana', date: '2026-11-26', cleared: '' }),
        (d: ArchDocument) => void (d.meta.title = 'Renamed meanwhile'),
      ],
    ] as const) {
      for (const [mine, theirs] of [edit(approve, change), edit(change, approve)]) {
        const { document, conflicts } = mergeDocuments(base, mine, theirs);
        expect(conflicts).toEqual([]);
        expect(document.meta.approval).toEqual({
          approver: '',
          date: '',
          cleared: 'Ana, 2026-11-26',
        });
      }
    }
    // Moving the status is not a change of content: the approval stays.
    const [mine, theirs] = edit(
      (d) => (d.meta.approval = { approver: 'Ana', date: '2026-11-26', cleared: '' }),
      (d) => (d.meta.status = 'Approved'),
    );
    expect(mergeDocuments(base, mine, theirs).document.meta.approval.approver).toBe('Ana');
  });

  it('never changes its inputs', () => {
    const [mine, theirs] = edit(
      (d) => risks(d).reverse(),
      (d) => {
        risks(d).push(newRisk('Theirs'));
        d.sections.executiveSummary.overview = 'Theirs';
      },
    );
    const copies = structuredClone([base, mine, theirs]);
    const { document } = mergeDocuments(base, mine, theirs);
    expect([base, mine, theirs]).toEqual(copies);
    expect(riskNames(document)).toEqual([...riskNames(mine), 'Theirs']);
  });
});

describe('mergeDocuments properties', () => {
  const baseWithEdits = arbitraryDocument.chain((doc) =>
    disjointEdits(doc).map((edits) => ({ doc, edits })),
  );

  it('keeps every edit of two sets that touch different fields and tables, without conflicts', () => {
    fc.assert(
      fc.property(baseWithEdits, ({ doc, edits: [mineEdits, theirsEdits] }) => {
        const mine = applyEdits(doc, mineEdits);
        const theirs = applyEdits(doc, theirsEdits);
        const { document, conflicts } = mergeDocuments(doc, mine, theirs);
        expect(conflicts).toEqual([]);
        expect(document).toEqual(applyEdits(doc, [...mineEdits, ...theirsEdits]));
        expect(documentSchema.safeParse(document).success).toBe(true);
      }),
    );
  });

  it('gives back the one side that changed, and a change both made alike', () => {
    fc.assert(
      fc.property(baseWithEdits, ({ doc, edits: [a, b] }) => {
        const changed = applyEdits(doc, [...a, ...b]);
        for (const [mine, theirs] of [
          [changed, doc],
          [doc, changed],
          [changed, changed],
        ] as const) {
          expect(mergeDocuments(doc, mine, theirs)).toEqual({ document: changed, conflicts: [] });
        }
      }),
    );
  });

  it('keeps exactly the rows both sides kept and every row added, whatever moved', () => {
    const side = (prefix: string) =>
      fc
        .tuple(fc.shuffledSubarray(risks(base)), fc.nat({ max: 3 }), fc.nat())
        .map(([kept, added, place]) => {
          const rows = [...kept];
          const fresh = Array.from({ length: added }, (_, i) => newRisk(`${prefix}${i}`));
          rows.splice(place % (rows.length + 1), 0, ...fresh);
          return { rows, fresh };
        });
    const withRisks = (rows: Risk[]) => {
      const doc = structuredClone(base);
      doc.sections.risks.risks = rows;
      return doc;
    };
    fc.assert(
      fc.property(side('mine'), side('theirs'), (m, t) => {
        const { document, conflicts } = mergeDocuments(base, withRisks(m.rows), withRisks(t.rows));
        const keptByBoth = m.rows.filter((r) => t.rows.includes(r) && !m.fresh.includes(r));
        const expected = [...keptByBoth, ...m.fresh, ...t.fresh].map((r) => r.id).sort();
        expect(
          risks(document)
            .map((r) => r.id)
            .sort(),
        ).toEqual(expected);
        expect(conflicts.every((c) => c.label === '14. Risks and Mitigations › Risks')).toBe(true);
        expect(documentSchema.safeParse(document).success).toBe(true);
      }),
    );
  });

  it('gives back the other document when one side is the base, for unrelated documents', () => {
    fc.assert(
      fc.property(arbitraryDocument, arbitraryDocument, (doc, other) => {
        expect(mergeDocuments(doc, other, doc).document).toEqual(other);
        expect(mergeDocuments(doc, doc, other).document).toEqual(other);
      }),
    );
  });
});
