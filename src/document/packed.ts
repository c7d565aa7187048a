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

export type UnpackResult =
  | { ok: true; document: ArchDocument }
  /** `readOnly`: a newer version's document, as far as it can be shown (see restoreDocument). */
  | { ok: false; problem: string; readOnly?: ArchDocument };

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x2000) {
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x2000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array | null {
  // A length of 4n+1 cannot come from whole bytes: the text was cut or mistyped.
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

type Inflated = { ok: true; bytes: Uint8Array } | { ok: false; problem: string };

/**
 * Inflates at most `cap` bytes, and for at most `budgetMs` of work: deflate packs a long run
 * of one byte about 1000:1, so a short hostile input could otherwise take the tab's memory.
 */
export function inflateCapped(
  bytes: Uint8Array,
  cap = MAX_UNPACKED_BYTES,
  budgetMs = Number.POSITIVE_INFINITY,
  dictionary?: Uint8Array,
): Inflated {
  const started = Date.now();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate(dictionary ? { dictionary } : {}, (chunk) => {
    size += chunk.length;
    if (size <= cap) chunks.push(chunk);
  });
  try {
    for (let at = 0; at < bytes.length; at += INFLATE_STEP) {
      inflater.push(bytes.subarray(at, at + INFLATE_STEP), at + INFLATE_STEP >= bytes.length);
      if (size > cap) return { ok: false, problem: tooLargeFor(cap) };
      if (Date.now() - started > budgetMs) return { ok: false, problem: tooSlow };
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

const tooLargeFor = (cap: number) =>
  `The document is too large to open (over ${cap / 1_000_000} MB).`;
const tooLarge = tooLargeFor(MAX_UNPACKED_BYTES);
const tooSlow = 'The document data takes too long to unpack: it is not a document Archbench wrote.';
const incomplete = 'The document data is incomplete: it was probably cut off when it was copied.';
const damaged = 'The document data is damaged: it does not decompress.';

/** The document as a compact URL-safe string; `unpackDocument` reads it back. */
export function packDocument(doc: ArchDocument): string {
  return toBase64Url(deflateDocument(doc));
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
  return readDocumentBytes(inflated.bytes);
}

/** UTF-8 JSON of a document, validated and migrated like any document from outside. */
export function readDocumentBytes(bytes: Uint8Array): UnpackResult {
  let json: unknown;
  try {
    json = JSON.parse(strFromU8(bytes));
  } catch {
    return { ok: false, problem: 'The document data is damaged: its content is not readable.' };
  }
  const restored = restoreDocument(json);
  if (restored.ok) return { ok: true, document: restored.document };
  const { message: problem, readOnly } = restored;
  return { ok: false, problem, ...(readOnly && { readOnly }) };
}

/** The document's JSON, deflated at the best level: the body of packed copies and links. */
export function deflateDocument(doc: ArchDocument, dictionary?: Uint8Array): Uint8Array {
  return deflateSync(strToU8(JSON.stringify(doc)), {
    level: 9,
    mem: 12,
    ...(dictionary ? { dictionary } : {}),
  });
}
