import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createEmptyDocument } from '../create';
import { createExampleDocument } from '../example';
import { toBase64Url } from '../packed';
import { SCHEMA_VERSION } from '../schema';
import { arbitraryDocument } from '../testing';
import { fnv1a32 } from '../../core/hash';
import { decodeShare, encodeShare, needsPassphrase, type ShareProblem } from './codec';

const NOW = '2026-11-25T10:00:00.000Z';
const example = await createExampleDocument(NOW);

/** A payload around hand-made bytes, with a correct envelope. */
const envelope = (bytes: Uint8Array, kind = 'p', format = 1) => {
  const body = toBase64Url(bytes);
  return `ab${format}${kind}.${body.length}.${fnv1a32(body)}.${body}`;
};

const kindOf = async (token: string, passphrase?: string): Promise<ShareProblem | 'ok'> => {
  const decoded = await decodeShare(token, passphrase);
  return decoded.ok ? 'ok' : decoded.kind;
};

describe('share links', () => {
  it('carry the worked example and an empty document unchanged', async () => {
    for (const doc of [example, createEmptyDocument(NOW)]) {
      const decoded = await decodeShare(await encodeShare(doc));
      expect(decoded).toEqual({ ok: true, document: doc });
    }
  });

  it('carry any valid document unchanged (property)', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryDocument, async (doc) => {
        expect(await decodeShare(await encodeShare(doc))).toEqual({ ok: true, document: doc });
      }),
      { numRuns: 15 },
    );
  }, 60_000);

  it('say a cut-off link is cut off, at every length (property)', async () => {
    const token = await encodeShare(example);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: token.length - 1 }), async (length) => {
        const kind = await kindOf(token.slice(0, length));
        expect(length < 3 ? ['not-archbench', 'truncated'] : ['truncated']).toContain(kind);
      }),
      { numRuns: 200 },
    );
  });

  it('never yield a wrong document from an altered link (property)', async () => {
    const token = await encodeShare(example);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: token.length - 1 }),
        fc.constantFrom(...alphabet),
        async (at, char) => {
          const altered = token.slice(0, at) + char + token.slice(at + 1);
          const decoded = await decodeShare(altered);
          if (altered === token) expect(decoded.ok).toBe(true);
          else if (decoded.ok) expect(decoded.document).toEqual(example);
          else expect(decoded.message).toMatch(/\.$/);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throw on random strings, and call them what they are (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 400 }), async (text) => {
        const decoded = await decodeShare(text);
        expect(decoded.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
    expect(await kindOf('https://example.com/?q=1')).toBe('not-archbench');
    expect(await kindOf('')).toBe('not-archbench');
  });

  it('tell a link from a newer Archbench by its format number', async () => {
    const decoded = await decodeShare(envelope(new Uint8Array([1, 2, 3]), 'p', 2));
    expect(decoded).toMatchObject({ ok: false, kind: 'newer' });
    expect(decoded.ok || decoded.message).toMatch(/newer version of Archbench \(link format 2;/);
  });

  it('stop a decompression bomb at the cap instead of inflating it', async () => {
    const bomb = deflateSync(new Uint8Array(11_000_000).fill(32), { level: 9 });
    expect(bomb.length).toBeLessThan(20_000);
    const decoded = await decodeShare(envelope(bomb));
    expect(decoded).toMatchObject({ ok: false, kind: 'unreadable' });
    expect(decoded.ok || decoded.message).toContain('too large to open (over 10 MB)');
  });

  it('refuse a document that fails the schema, naming the problem', async () => {
    const broken = { ...example, sections: { risks: { risks: 'none' } } };
    const bytes = deflateSync(new TextEncoder().encode(JSON.stringify(broken)));
    const decoded = await decodeShare(envelope(bytes));
    expect(decoded.ok || decoded.message).toBe(
      'This link cannot be opened. The document is damaged: section 14. Risks and Mitigations › risks should be a list.',
    );
  });

  it('show a document from a newer schema version read-only, saying so', async () => {
    const newer = { ...example, schemaVersion: SCHEMA_VERSION + 1, futureField: { x: 1 } };
    const bytes = deflateSync(new TextEncoder().encode(JSON.stringify(newer)));
    const decoded = await decodeShare(envelope(bytes));
    expect(decoded).toEqual({
      ok: true,
      document: example,
      newer: `This document was written by a newer version of Archbench (format ${SCHEMA_VERSION + 1}; this version reads up to ${SCHEMA_VERSION}).`,
    });
  });
});

describe('share links with a passphrase', () => {
  it('open with the passphrase, and reveal nothing without it or with a wrong one', async () => {
    const token = await encodeShare(example, 'correct horse battery staple');
    expect(needsPassphrase(token)).toBe(true);
    expect(token).not.toContain(toBase64Url(new TextEncoder().encode('ShopStream')));
    expect(await kindOf(token)).toBe('needs-passphrase');
    const wrong = await decodeShare(token, 'correct horse battery stapler');
    expect(wrong).toEqual({
      ok: false,
      kind: 'wrong-passphrase',
      message: 'That passphrase does not open this link.',
    });
    expect(await decodeShare(token, 'correct horse battery staple')).toEqual({
      ok: true,
      document: example,
    });
  });

  it('tell a cut-off encrypted link from a wrong passphrase', async () => {
    const token = await encodeShare(example, 'pass');
    expect(await kindOf(token.slice(0, -10), 'pass')).toBe('truncated');
    expect(needsPassphrase(await encodeShare(example))).toBe(false);
  });
});
