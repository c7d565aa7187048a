import { describe, expect, it } from 'vitest';
import { createEmptyDocument, duplicateDocument } from './create';
import { createExampleDocument } from './example';
import { restoreDocument } from './restore';
import { SCHEMA_VERSION } from './schema';

const now = '2026-11-25T10:00:00.000Z';

describe('document schema and restore', () => {
  it('accepts the worked example and an empty document unchanged', async () => {
    for (const doc of [await createExampleDocument(now), createEmptyDocument(now)]) {
      const restored = restoreDocument(JSON.parse(JSON.stringify(doc)));
      expect(restored).toEqual({ ok: true, document: doc });
    }
  });

  it('fills in sections missing from an older document with their empty value', async () => {
    const doc = JSON.parse(JSON.stringify(await createExampleDocument(now))) as {
      sections: Record<string, unknown>;
    };
    delete doc.sections.risks;
    const restored = restoreDocument(doc);
    expect(restored.ok && restored.document.sections.risks).toEqual({ risks: [] });
  });

  it('rejects a malformed document with a readable message naming the place', async () => {
    const doc = JSON.parse(JSON.stringify(await createExampleDocument(now))) as {
      sections: { risks: { risks: { probability: string }[] } };
    };
    doc.sections.risks.risks[1]!.probability = 'Certain';
    const restored = restoreDocument(doc);
    expect(restored.ok).toBe(false);
    if (!restored.ok) {
      expect(restored.message).toBe(
        'The document is damaged: section 14. Risks and Mitigations › risks › item 2 › probability should be one of “Low”, “Medium”, “High”.',
      );
      expect(restored.problems).toHaveLength(1);
    }
  });

  it('refuses things that are not documents, and documents from a newer version', () => {
    for (const input of [null, 42, 'text', [], {}, { schemaVersion: 'one' }]) {
      const restored = restoreDocument(input);
      expect(restored.ok).toBe(false);
      if (!restored.ok) expect(restored.message).toContain('not an Archbench document');
    }
    const newer = restoreDocument({
      ...createEmptyDocument(now),
      schemaVersion: SCHEMA_VERSION + 1,
    });
    expect(!newer.ok && newer.message).toContain('newer version of Archbench');
  });

  it('reads a newer document as far as it can, to be shown read-only', async () => {
    const doc = await createExampleDocument(now);
    const stored = { ...doc, schemaVersion: SCHEMA_VERSION + 1, comments: [{ text: 'new' }] };
    const restored = restoreDocument(stored);
    expect(restored.ok).toBe(false);
    expect(!restored.ok && restored.readOnly).toEqual(doc);
    // A newer shape this version cannot read at all is only refused.
    const reshaped = restoreDocument({ ...stored, sections: { risks: { risks: 'moved' } } });
    expect(!reshaped.ok && reshaped.message).toContain('newer version of Archbench');
    expect(!reshaped.ok && reshaped.readOnly).toBeUndefined();
  });

  it('duplicates under a new id with "(copy)" and fresh dates', async () => {
    const doc = await createExampleDocument(now);
    const copy = duplicateDocument(doc, '2026-11-26T00:00:00.000Z');
    expect(copy.id).not.toBe(doc.id);
    expect(copy.meta.title).toBe('ShopStream Platform Architecture (copy)');
    expect(copy.meta.created).toBe('2026-11-26T00:00:00.000Z');
    expect(copy.sections).toEqual(doc.sections);
    expect(copy.sections).not.toBe(doc.sections);
  });
});
