import { describe, expect, it } from 'vitest';
import { addRow, moveRow, removeRow, updateRow } from './rows';

const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

describe('row edits', () => {
  it('add, remove, move and update without touching the input', () => {
    expect(addRow(rows, { id: 'x' }, 1).map((r) => r.id)).toEqual(['a', 'x', 'b', 'c']);
    expect(removeRow(rows, 'b').map((r) => r.id)).toEqual(['a', 'c']);
    expect(moveRow(rows, 'c', -1).map((r) => r.id)).toEqual(['a', 'c', 'b']);
    expect(moveRow(rows, 'a', -1).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(moveRow(rows, 'c', 1).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(updateRow([{ id: 'a', v: 1 }], 'a', { v: 2 })).toEqual([{ id: 'a', v: 2 }]);
    expect(rows.map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('prose', () => {
  it('joins soft-wrapped lines into paragraphs and list items, as typed in a text area', async () => {
    const { prose } = await import('./fields');
    expect(
      prose([
        'One',
        'sentence.',
        '',
        '- item that',
        '  wraps',
        '- next',
        '1. first',
        'second line',
      ]),
    ).toBe('One sentence.\n\n- item that wraps\n- next\n1. first second line');
  });
});
