import { describe, expect, it } from 'vitest';
import { authoredLine, withTextAlternative } from './accessibility';

describe('authoredLine', () => {
  it('maps a line of the drawn diagram back to the line the author wrote', () => {
    const authored = '%% shop\ngraph LR\n  A --> B\n  B -->';
    const rendered = withTextAlternative(authored, { title: 'T', description: 'D' });
    expect(rendered.split('\n')).toHaveLength(6);
    expect(authoredLine(rendered, 6)).toBe(4);
    expect(authoredLine(rendered, 2)).toBe(2);
    expect(authoredLine(rendered, 1)).toBe(1);
    expect(authoredLine(authored, 4)).toBe(4);
  });
});
