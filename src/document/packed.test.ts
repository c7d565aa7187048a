import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FUZZ_TIMEOUT } from '../test/neverThrows';
import { createEmptyDocument } from './create';
import { createExampleDocument } from './example';
import { MAX_UNPACKED_BYTES, packDocument, unpackDocument } from './packed';
import { SCHEMA_VERSION } from './schema';
import { arbitraryDocument } from './testing';

const now = '2026-11-25T10:00:00.000Z';

const base64url = (bytes: Uint8Array) =>
  Buffer.from(bytes).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** ok: false with a sentence for a person, never an exception; gives that sentence. */
function expectRefused(text: string): string {
  const result = unpackDocument(text);
  if (result.ok) throw new Error('unpacked a document from bad input');
  expect(result.problem).toMatch(/^[A-Z].{15,}\.$/);
  return result.problem;
}

describe('packDocument / unpackDocument', () => {
  it('round-trips the worked example and an empty document, URL-safe and compact', async () => {
    for (const doc of [await createExampleDocument(now), createEmptyDocument(now, 'Empty')]) {
      const packed = packDocument(doc);
      expect(packed).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(unpackDocument(packed)).toEqual({ ok: true, document: doc });
    }
    const example = await createExampleDocument(now);
    expect(packDocument(example).length).toBeLessThan(JSON.stringify(example).length / 2);
  });

  it(
    'round-trips arbitrary documents',
    () => {
      fc.assert(
        fc.property(arbitraryDocument, (doc) => {
          expect(unpackDocument(packDocument(doc))).toEqual({ ok: true, document: doc });
        }),
        { numRuns: 60 },
      );
    },
    FUZZ_TIMEOUT,
  );

  it('ignores whitespace around the packed text (a pasted line)', () => {
    const doc = createEmptyDocument(now);
    expect(unpackDocument(`  ${packDocument(doc)}\n`)).toEqual({ ok: true, document: doc });
  });

  it(
    'refuses every truncation, saying it was cut off or damaged',
    async () => {
      const packed = packDocument(await createExampleDocument(now));
      fc.assert(
        fc.property(fc.nat({ max: packed.length - 1 }), (length) => {
          expectRefused(packed.slice(0, length));
        }),
        { numRuns: 150 },
      );
      expect(expectRefused(packed.slice(0, -40))).toContain('cut off');
    },
    FUZZ_TIMEOUT,
  );

  it(
    'refuses random strings and altered characters without throwing',
    async () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
          expectRefused(text);
        }),
        { numRuns: 300 },
      );
      const packed = packDocument(await createExampleDocument(now));
      fc.assert(
        fc.property(
          fc.nat({ max: packed.length - 1 }),
          fc.constantFrom('A', '_', '-', '9'),
          (at, c) => {
            const altered = packed.slice(0, at) + c + packed.slice(at + 1);
            if (altered === packed) return;
            const result = unpackDocument(altered);
            // A changed character inside a text field can still give a valid document.
            if (result.ok) expect(result.document.schemaVersion).toBe(SCHEMA_VERSION);
            else expect(result.problem).not.toBe('');
          },
        ),
        { numRuns: 150 },
      );
    },
    FUZZ_TIMEOUT,
  );

  it('names what is wrong: characters, JSON, not a document, newer version, damaged document', () => {
    expect(expectRefused('')).toBe('There is no document data.');
    expect(expectRefused('abc$def')).toContain('characters');
    expect(expectRefused('abcde')).toContain('damaged');
    expect(expectRefused(base64url(deflateSync(strToU8('{"a":'))))).toContain('not readable');
    expect(expectRefused(base64url(deflateSync(strToU8('[1,2]'))))).toContain(
      'not an Archbench document',
    );
    const newer = { ...createEmptyDocument(now), schemaVersion: SCHEMA_VERSION + 1 };
    expect(expectRefused(base64url(deflateSync(strToU8(JSON.stringify(newer)))))).toContain(
      'newer version',
    );
    const broken = { ...createEmptyDocument(now), meta: { created: 'yesterday' } };
    expect(expectRefused(base64url(deflateSync(strToU8(JSON.stringify(broken)))))).toContain(
      'damaged',
    );
  });

  it('refuses a payload that inflates past the size cap, and an oversized one', () => {
    // 10 MB of spaces deflate to about 10 kB: a "zip bomb" in a share link.
    const bomb = new Uint8Array(2 * MAX_UNPACKED_BYTES).fill(32);
    const packed = base64url(deflateSync(bomb, { level: 9 }));
    expect(packed.length).toBeLessThan(200_000);
    expect(expectRefused(packed)).toContain('too large');
    expect(expectRefused('A'.repeat(MAX_UNPACKED_BYTES * 2))).toContain('too large');
  });
});
