import { describe, expect, it } from 'vitest';
import { humanise, joinLabel, keyLabel, rowName, sectionLabel } from './labels';

describe('labels', () => {
  it('puts field keys in words', () => {
    expect(humanise('keyDecisions')).toBe('Key decisions');
    expect(humanise('openApi')).toBe('Open API');
    expect(humanise('rto')).toBe('RTO');
    expect(humanise('adoptedCandidateId')).toBe('Adopted candidate ID');
    expect(humanise('dataFlowDiagram')).toBe('Data flow diagram');
  });

  it('names sections as the navigator does and hides the sections wrapper', () => {
    expect(sectionLabel('systemComponents')).toBe('4. System Components');
    expect(keyLabel([], 'sections')).toBeUndefined();
    expect(keyLabel([], 'meta')).toBe('Metadata');
    expect(keyLabel(['sections'], 'risks')).toBe('14. Risks and Mitigations');
    expect(keyLabel(['sections', 'risks'], 'risks')).toBe('Risks');
  });

  it('names a row by its first text, the rows it refers to, or its place', () => {
    expect(rowName({ id: 'x', risk: '  ', mitigation: 'Encrypt\nat rest' }, 0)).toBe('“Encrypt”');
    expect(rowName({ id: 'x', name: 'a'.repeat(60) }, 0)).toBe(`“${'a'.repeat(39)}…”`);
    expect(rowName({ criterionId: 'fit', candidateId: 'mysql', note: 'Why' }, 2)).toBe(
      '“fit / mysql”',
    );
    expect(rowName({ id: 'x', comparisonId: 'cmp', weight: 1 }, 2)).toBe('row 3');
    expect(joinLabel(['Risks', '“Data breach”', 'Mitigation'])).toBe(
      'Risks › “Data breach” › Mitigation',
    );
  });
});
