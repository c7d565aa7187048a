import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate';
import { restoreDocument } from './restore';
import type { ArchDocument } from './schema';

/**
 * A document as one URL-safe string (deflated JSON in base64url without padding): the copy
 * embedded in exported Markdown, and the payload of a share link. What comes back goes
 * through restoreDocument, so an old format is migrated and a damaged one refused.
 */

/** Largest document JSON that is unpacked: a payload inflating past it is refused, not read. */
export const MAX_UNPACKED_BYTES = 5_000_000;
// Deflate never grows data by more than a few bytes per block, and base64 by a third.
const MAX_PACKED_CHARS = Math.ceil(MAX_UNPACKED_BYTES * 1.5);
// Input is inflated a slice at a time so that a small "zip bomb" is stopped after a few
// megabytes of output instead of being expanded whole (deflate reaches about 1:1000).
const INFLATE_STEP = 4096;

export type UnpackResult = { ok: true; document: ArchDocument } | { ok: false; problem: string };

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x2000) {
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x2000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  // A length of 4n+1 cannot come from whole bytes: the text was cut or mistyped.
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

type Inflated = { ok: true; bytes: Uint8Array } | { ok: false; problem: string };

function inflateCapped(bytes: Uint8Array): Inflated {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size <= MAX_UNPACKED_BYTES) chunks.push(chunk);
  });
  try {
    for (let at = 0; at < bytes.length; at += INFLATE_STEP) {
      inflater.push(bytes.subarray(at, at + INFLATE_STEP), at + INFLATE_STEP >= bytes.length);
      if (size > MAX_UNPACKED_BYTES) return { ok: false, problem: tooLarge };
    }
  } catch (error) {
    // fflate's code 0 is "unexpected EOF": the data stops before the compressed stream ends.
    const cut = (error as { code?: unknown }).code === 0;
    return { ok: false, problem: cut ? incomplete : damaged };
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return { ok: true, bytes: out };
}

const tooLarge = `The document is too large to open (over ${MAX_UNPACKED_BYTES / 1_000_000} MB).`;
const incomplete = 'The document data is incomplete: it was probably cut off when it was copied.';
const damaged = 'The document data is damaged: it does not decompress.';

/** The document as a compact URL-safe string; `unpackDocument` reads it back. */
export function packDocument(doc: ArchDocument): string {
  return toBase64Url(deflateSync(strToU8(JSON.stringify(doc)), { level: 9 }));
}

/**
 * The document in a string made by `packDocument`, validated and migrated like any document
 * from outside. Never throws: anything else (cut off, altered, oversized, hostile) gives a
 * problem in plain words.
 */
export function unpackDocument(text: string): UnpackResult {
  const packed = text.trim();
  if (packed === '') return { ok: false, problem: 'There is no document data.' };
  if (packed.length > MAX_PACKED_CHARS) return { ok: false, problem: tooLarge };
  const bytes = fromBase64Url(packed);
  if (!bytes) {
    return {
      ok: false,
      problem: 'The document data is damaged: it has characters a packed document never has.',
    };
  }
  const inflated = inflateCapped(bytes);
  if (!inflated.ok) return inflated;
  let json: unknown;
  try {
    json = JSON.parse(strFromU8(inflated.bytes));
  } catch {
    return { ok: false, problem: 'The document data is damaged: its content is not readable.' };
  }
  const restored = restoreDocument(json);
  return restored.ok
    ? { ok: true, document: restored.document }
    : { ok: false, problem: restored.message };
}
