import { describe, expect, it } from 'vitest';
import { createExampleDocument } from '../document/example';
import { useEditor } from './store';

describe('the editor receiving a document from another tab', () => {
  it('keeps the objects of the sections the change did not touch', async () => {
    const doc = await createExampleDocument('2026-12-04T10:00:00.000Z');
    useEditor.getState().showDocument(doc);
    // As storage gives it back: read afresh, one section changed.
    const received = structuredClone(doc);
    received.sections.risks.risks[0]!.mitigation = 'Changed in the other tab';
    useEditor.getState().receiveDocument(received, { save: false });
    const now = useEditor.getState().doc!;
    expect(now).toEqual(received);
    expect(now.sections.risks).not.toBe(doc.sections.risks);
    const untouched = Object.keys(doc.sections).filter((id) => id !== 'risks');
    for (const id of untouched) {
      const key = id as keyof typeof doc.sections;
      expect(now.sections[key], id).toBe(doc.sections[key]);
    }
  });

  it('takes another document as it is', async () => {
    const doc = await createExampleDocument('2026-12-04T10:00:00.000Z');
    useEditor.getState().showDocument(doc);
    const other = { ...structuredClone(doc), id: 'another' };
    useEditor.getState().receiveDocument(other, { save: false });
    expect(useEditor.getState().doc).toBe(other);
  });
});
