import { describe, expect, it } from 'vitest';
import type { Comparison } from '../sections/03-architectural-decisions/comparisons/schema';
import { adoptCandidate } from './adopt';
import { createEmptyDocument } from './create';
import type { ArchDocument } from './schema';

const comparison: Comparison = {
  id: 'cmp',
  question: 'Which database?',
  layer: 'Database',
  candidates: [
    { id: 'pg', name: 'PostgreSQL' },
    { id: 'mongo', name: 'MongoDB' },
  ],
  criteria: [{ id: 'fit', name: 'Data model fit', weight: 1 }],
  scores: [
    { criterionId: 'fit', candidateId: 'pg', score: 5, note: '' },
    { criterionId: 'fit', candidateId: 'mongo', score: 3, note: '' },
  ],
  rationale: '',
  adoptedCandidateId: '',
};

function document(): ArchDocument {
  const doc = createEmptyDocument('2026-11-20T10:00:00.000Z', 'Shop');
  doc.meta.authors = 'Dana Kowalski';
  doc.sections.architecturalDecisions.comparisons = [comparison];
  doc.sections.architecturalDecisions.technologyStack = [
    { id: 's1', layer: 'database', technology: 'MySQL', rationale: 'legacy' },
  ];
  return doc;
}

describe('adopting a candidate', () => {
  it('writes the technology into 3.2 for the layer and an accepted ADR linked to the comparison', () => {
    const doc = adoptCandidate(document(), 'cmp', 'pg', '2026-11-25T09:00:00.000Z');
    expect(doc.sections.architecturalDecisions.technologyStack).toEqual([
      {
        id: 's1',
        layer: 'database',
        technology: 'PostgreSQL',
        rationale: 'Weighted score 5.0/5 in “Which database?”, ahead of MongoDB (3.0/5).',
      },
    ]);
    expect(doc.sections.architecturalDecisions.comparisons[0]?.adoptedCandidateId).toBe('pg');
    const [adr] = doc.sections.appendices.decisions;
    expect(adr).toMatchObject({
      number: '0001',
      title: 'Use PostgreSQL for Database',
      status: 'Accepted',
      date: '2026-11-25',
      deciders: 'Dana Kowalski',
      context: 'Which database?',
      comparisonId: 'cmp',
    });
    expect(adr?.options.map((o) => o.text)).toEqual(['PostgreSQL', 'MongoDB']);
  });

  it('adopting another candidate later supersedes the first record, links both ways', () => {
    const first = adoptCandidate(document(), 'cmp', 'pg', '2026-11-25T09:00:00.000Z');
    const second = adoptCandidate(first, 'cmp', 'mongo', '2026-11-26T09:00:00.000Z');
    const [old, replacement] = second.sections.appendices.decisions;
    expect(old).toMatchObject({ number: '0001', status: 'Superseded', supersededBy: '0002' });
    expect(replacement).toMatchObject({
      number: '0002',
      status: 'Accepted',
      supersedes: '0001',
      title: 'Use MongoDB for Database',
    });
    expect(second.sections.architecturalDecisions.technologyStack[0]?.technology).toBe('MongoDB');
    expect(replacement?.decision).toContain('over PostgreSQL (5.0/5), which scored higher');
  });

  it('adopting the candidate already adopted changes nothing; unknown ids change nothing', () => {
    const first = adoptCandidate(document(), 'cmp', 'pg', '2026-11-25T09:00:00.000Z');
    expect(adoptCandidate(first, 'cmp', 'pg', '2026-11-27T09:00:00.000Z')).toBe(first);
    expect(adoptCandidate(first, 'nope', 'pg', '2026-11-27T09:00:00.000Z')).toBe(first);
  });
});
