import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEmptyDocument } from '../create';
import { createExampleDocument } from '../example';
import type { ArchDocument } from '../schema';
import { arbitraryDocument } from '../testing';
import { diffDocuments, summarise, type DocumentDiff } from './diff';

const NOW = '2026-11-25T10:00:00.000Z';
const older = await createExampleDocument(NOW);

function changed(change: (doc: ArchDocument) => void): DocumentDiff {
  const newer = structuredClone(older);
  change(newer);
  return diffDocuments(older, newer);
}

const risks = (doc: ArchDocument) => doc.sections.risks.risks;

describe('diffDocuments', () => {
  it('finds no differences between equal documents, whatever the save time', () => {
    const diff = changed((d) => (d.meta.updated = '2026-11-26T10:00:00.000Z'));
    expect(diff).toEqual({ meta: [], sections: [] });
    expect(summarise(diff)).toBe('No differences');
  });

  it('gives a field edit with its section and before and after', () => {
    const diff = changed((d) => (d.sections.performanceRequirements.availability = '99.95'));
    expect(diff.sections).toEqual([
      {
        id: 'performanceRequirements',
        name: '9. Performance Requirements',
        changes: [{ kind: 'field', label: 'Availability', before: '99.9', after: '99.95' }],
      },
    ]);
    expect(summarise(diff)).toBe('1 section changed: 1 field');
  });

  it('gives metadata changes, nested ones labelled by their path', () => {
    const diff = changed((d) => {
      d.meta.title = 'New title';
      d.meta.approval.approver = 'Ana';
    });
    expect(diff.meta).toEqual([
      { kind: 'field', label: 'Title', before: older.meta.title, after: 'New title' },
      { kind: 'field', label: 'Approval › Approver', before: '', after: 'Ana' },
    ]);
    expect(summarise(diff)).toBe('Metadata changed: 2 fields');
  });

  it('gives rows added, removed and edited, labelled by table and row', () => {
    const diff = changed((d) => {
      risks(d)[0]!.mitigation = 'Encrypt everything';
      risks(d)[0]!.probability = 'High';
      risks(d).splice(1, 1);
      risks(d).push({ ...risks(d)[0]!, id: 'new', risk: 'Vendor lock-in' });
    });
    expect(diff.sections).toEqual([
      {
        id: 'risks',
        name: '14. Risks and Mitigations',
        changes: [
          { kind: 'row-removed', label: 'Risks', row: '“Service outage”' },
          {
            kind: 'field',
            label: 'Risks › “Data breach” › Probability',
            before: 'Low',
            after: 'High',
          },
          {
            kind: 'field',
            label: 'Risks › “Data breach” › Mitigation',
            before: risks(older)[0]!.mitigation,
            after: 'Encrypt everything',
          },
          { kind: 'row-added', label: 'Risks', row: '“Vendor lock-in”' },
        ],
      },
    ]);
    expect(summarise(diff)).toBe('1 section changed: 2 fields, 1 row added, 1 row removed');
  });

  it('says when rows only moved', () => {
    const diff = changed((d) => risks(d).reverse());
    expect(diff.sections[0]?.changes).toEqual([{ kind: 'rows-reordered', label: 'Risks' }]);
    expect(summarise(diff)).toBe('1 section changed: 1 table reordered');
  });

  it('diffs a diagram line by line', () => {
    const diff = changed(
      (d) =>
        (d.sections.systemComponents.diagram = d.sections.systemComponents.diagram.replace(
          '    F --> I',
          '    F --> I\n    F --> J[Search]',
        )),
    );
    const [change] = diff.sections[0]?.changes ?? [];
    expect(change?.kind === 'lines' && change.label).toBe('Diagram');
    const lines = change?.kind === 'lines' ? change.lines : [];
    expect(lines.filter((l) => l.op !== 'same')).toEqual([
      { op: 'added', text: '    F --> J[Search]' },
    ]);
  });

  it('recurses into nested rows and shows lists of choices as text', () => {
    const diff = changed((d) => {
      d.sections.architecturalDecisions.comparisons[0]!.candidates.push({
        id: 'sqlite',
        name: 'SQLite',
      });
      d.sections.securityArchitecture.authMethods = ['JWT', 'mTLS'];
    });
    expect(diff.sections.map((s) => s.changes)).toEqual([
      [
        {
          kind: 'row-added',
          label: 'Comparisons › “Which database for each service?” › Candidates',
          row: '“SQLite”',
        },
      ],
      [
        {
          kind: 'field',
          label: 'Auth methods',
          before: older.sections.securityArchitecture.authMethods.join(', '),
          after: 'JWT, mTLS',
        },
      ],
    ]);
  });

  it('counts every section of a filled document against an empty one', () => {
    const diff = diffDocuments(createEmptyDocument(NOW), older);
    expect(diff.sections).toHaveLength(15);
    expect(summarise(diff)).toMatch(
      /^Metadata and 15 sections changed: \d+ fields, \d+ rows added$/,
    );
  });

  it('finds a change exactly where two documents differ', () => {
    fc.assert(
      fc.property(arbitraryDocument, arbitraryDocument, (a, b) => {
        const diff = diffDocuments(a, b);
        const same = JSON.stringify(a.sections) === JSON.stringify(b.sections);
        expect(diff.sections.length === 0).toBe(same);
        expect(diffDocuments(a, structuredClone(a))).toEqual({ meta: [], sections: [] });
      }),
    );
  });
});
