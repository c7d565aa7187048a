import { describe, expect, it } from 'vitest';
import { setMeta } from '../document/actions';
import { createEmptyDocument } from '../document/create';
import { COALESCE_MS, emptyHistory, record, redo, undo } from './history';

const NOW = '2026-11-25T10:00:00.000Z';
const base = createEmptyDocument(NOW, 'A');
const titled = (title: string) => setMeta(base, { title }, NOW);

describe('edit history', () => {
  it('undoes and redoes steps in order, and a new edit drops the redo steps', () => {
    const b = titled('B');
    const c = titled('C');
    let h = record(emptyHistory, base, 'meta:title', 0);
    h = record(h, b, 'meta:authors', 10);
    const back = undo(h, c);
    expect(back?.doc).toBe(b);
    const again = back && undo(back.history, back.doc);
    expect(again?.doc).toBe(base);
    expect(again && undo(again.history, again.doc)).toBeNull();
    const forward = again && redo(again.history, again.doc);
    expect(forward?.doc).toBe(b);
    const edited = forward && record(forward.history, forward.doc, 'meta:title', 50);
    expect(edited?.future).toEqual([]);
  });

  it('joins quick edits of the same field into one step, not one per keystroke', () => {
    let h = record(emptyHistory, base, 'meta:title', 0);
    h = record(h, titled('B'), 'meta:title', COALESCE_MS / 2);
    h = record(h, titled('Bo'), 'meta:title', COALESCE_MS - 1);
    expect(h.past).toEqual([base]);
    h = record(h, titled('Bob'), 'meta:title', 5 * COALESCE_MS);
    h = record(h, titled('Bobs'), 'meta:authors', 5 * COALESCE_MS + 1);
    expect(h.past).toHaveLength(3);
  });
});
