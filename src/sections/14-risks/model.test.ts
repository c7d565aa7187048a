import { describe, expect, it } from 'vitest';
import { sectionMarkdown } from '../../document/markdown/toMarkdown';
import { tableCells } from '../../test/markdown';
import { risks } from './model';
import { example } from './example';

describe('14. Risks and Mitigations', () => {
  it('keeps its heading with "Not yet specified." when empty', () => {
    expect(sectionMarkdown(risks, risks.empty())).toBe(
      '## 14. Risks and Mitigations\n\n_Not yet specified._',
    );
  });

  it('renders the risks as a GFM table', () => {
    const markdown = sectionMarkdown(risks, example());
    expect(markdown).toContain('| Risk | Probability | Impact | Mitigation |');
    expect(tableCells(markdown)).toEqual([
      ['Risk', 'Probability', 'Impact', 'Mitigation'],
      ['Data breach', 'Low', 'High', expect.stringContaining('Encryption at rest')],
      ['Service outage', 'Medium', 'High', expect.stringContaining('Redundancy')],
      ['Performance degradation', 'Medium', 'Medium', expect.stringContaining('Auto-scaling')],
    ]);
  });

  it('escapes pipes and newlines in cells', () => {
    const data = risks.empty();
    data.risks.push({
      id: 'r1',
      risk: 'A | B',
      probability: 'High',
      impact: 'Low',
      mitigation: 'one\ntwo',
    });
    expect(tableCells(sectionMarkdown(risks, data))[1]).toEqual([
      'A | B',
      'High',
      'Low',
      'one\ntwo',
    ]);
  });

  it('accepts the example and rejects an unknown probability', () => {
    expect(risks.schema.safeParse(example()).success).toBe(true);
    const bad = {
      risks: [{ id: 'r1', risk: 'x', probability: 'Huge', impact: 'Low', mitigation: '' }],
    };
    expect(risks.schema.safeParse(bad).success).toBe(false);
  });
});
