import {
  deflateDocument,
  fromBase64Url,
  inflateCapped,
  readDocumentBytes,
  toBase64Url,
} from '../packed';
import type { ArchDocument } from '../schema';
import { fnv1a32 } from '../../core/hash';
import { SHARE_DICTIONARY_V1 } from './dictionary';

/**
 * The share link's payload: a document in the URL fragment, which browsers never send to a
 * server. "ab1p.<length>.<checksum>.<body>": format 1, plain ("p") or encrypted ("e"), the
 * body's length and FNV-1a checksum (so a link cut off by a mail client or altered by hand is
 * told apart from a damaged document), then the body in base64url: the JSON deflated at the
 * best level, or for "e" salt | iv | AES-GCM ciphertext of it.
 */
export const SHARE_FORMAT = 1;
/** Past this length some mail and chat tools cut links: the dialog warns. */
export const LONG_LINK = 8000;
/** What a link may inflate to, and how long it may take: a small link can be a zip bomb. */
export const MAX_SHARED_BYTES = 10_000_000;
const INFLATE_BUDGET_MS = 3000;
// OWASP's figure for PBKDF2-HMAC-SHA256 (2023): slow enough to make guessing expensive.
const PBKDF2_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
// Words and shapes architecture documents share, so that even the first use of a word in a
// document costs little: deflate then comes within about 15% of brotli at its best.
let dictionary: Uint8Array | undefined;
const presetDictionary = () => (dictionary ??= new TextEncoder().encode(SHARE_DICTIONARY_V1));

export type ShareProblem =
  | 'not-archbench'
  | 'newer'
  | 'truncated'
  | 'altered'
  | 'needs-passphrase'
  | 'wrong-passphrase'
  | 'unreadable';

export type ShareDecoded =
  /** `newer`: the document is from a newer version, shown as far as this one reads it. */
  | { ok: true; document: ArchDocument; newer?: string }
  | { ok: false; kind: ShareProblem; message: string };

const TOKEN = /^ab(\d+)([pe])\.(\d+)\.([0-9a-f]{8})\.([A-Za-z0-9_-]*)$/;

const fail = (kind: ShareProblem, message: string): ShareDecoded => ({ ok: false, kind, message });

const MESSAGES = {
  notArchbench: 'This link does not hold an Archbench document.',
  truncated:
    'This link is incomplete: it was cut off when it was copied or sent. Ask for the whole link, or for the JSON file.',
  altered: 'This link was changed after it was made: its content no longer matches its checksum.',
  needsPassphrase: 'This link is protected by a passphrase.',
  wrongPassphrase: 'That passphrase does not open this link.',
} as const;

async function keyFrom(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  use: KeyUsage,
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', salt, iterations: PBKDF2_ITERATIONS, hash: 'SHA-256' },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    [use],
  );
}

/** The fragment payload for a document; with a passphrase, encrypted in this browser. */
export async function encodeShare(doc: ArchDocument, passphrase?: string): Promise<string> {
  const deflated = deflateDocument(doc, presetDictionary());
  let bytes = deflated;
  if (passphrase) {
    const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
    const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
    const key = await keyFrom(passphrase, salt, 'encrypt');
    const sealed = new Uint8Array(
      await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, deflated.slice()),
    );
    bytes = new Uint8Array(SALT_BYTES + IV_BYTES + sealed.length);
    bytes.set(salt);
    bytes.set(iv, SALT_BYTES);
    bytes.set(sealed, SALT_BYTES + IV_BYTES);
  }
  const body = toBase64Url(bytes);
  return `ab${SHARE_FORMAT}${passphrase ? 'e' : 'p'}.${body.length}.${fnv1a32(body)}.${body}`;
}

interface Parsed {
  encrypted: boolean;
  bytes: Uint8Array;
}

/** Checks the envelope: format, length and checksum, before anything is decoded. */
function parse(token: string): { ok: true; value: Parsed } | { ok: false; failure: ShareDecoded } {
  const text = token.trim();
  const version = /^ab(\d+)/.exec(text);
  if (!version) return { ok: false, failure: fail('not-archbench', MESSAGES.notArchbench) };
  if (Number(version[1]) > SHARE_FORMAT) {
    return {
      ok: false,
      failure: fail(
        'newer',
        `This link was made by a newer version of Archbench (link format ${version[1]}; this version reads format ${SHARE_FORMAT}). Open it in the newer version, or ask for the JSON file.`,
      ),
    };
  }
  const match = TOKEN.exec(text);
  // A well-begun link whose envelope is incomplete was cut off inside its header.
  if (!match) return { ok: false, failure: fail('truncated', MESSAGES.truncated) };
  const [, , kind, length, checksum, body = ''] = match;
  if (body.length < Number(length)) {
    return { ok: false, failure: fail('truncated', MESSAGES.truncated) };
  }
  if (body.length > Number(length) || fnv1a32(body) !== checksum) {
    return { ok: false, failure: fail('altered', MESSAGES.altered) };
  }
  const bytes = fromBase64Url(body);
  if (!bytes) return { ok: false, failure: fail('altered', MESSAGES.altered) };
  return { ok: true, value: { encrypted: kind === 'e', bytes } };
}

/** Whether opening this payload needs a passphrase (false for anything unreadable). */
export function needsPassphrase(token: string): boolean {
  const parsed = parse(token);
  return parsed.ok && parsed.value.encrypted;
}

/**
 * The document in a share payload. Never throws: a cut, altered, newer, hostile or foreign
 * payload, or a wrong passphrase, gives a message in plain words and nothing else.
 */
export async function decodeShare(token: string, passphrase?: string): Promise<ShareDecoded> {
  const parsed = parse(token);
  if (!parsed.ok) return parsed.failure;
  let deflated = parsed.value.bytes;
  if (parsed.value.encrypted) {
    if (!passphrase) return fail('needs-passphrase', MESSAGES.needsPassphrase);
    if (deflated.length <= SALT_BYTES + IV_BYTES) return fail('altered', MESSAGES.altered);
    // Copies (slice), which WebCrypto's types want: views of a buffer it could share.
    const salt = deflated.slice(0, SALT_BYTES);
    const iv = deflated.slice(SALT_BYTES, SALT_BYTES + IV_BYTES);
    try {
      const key = await keyFrom(passphrase, salt, 'decrypt');
      const sealed = deflated.slice(SALT_BYTES + IV_BYTES);
      deflated = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, sealed));
    } catch {
      // AES-GCM authenticates: a wrong key fails as a whole and yields no plaintext.
      return fail('wrong-passphrase', MESSAGES.wrongPassphrase);
    }
  }
  const inflated = inflateCapped(deflated, MAX_SHARED_BYTES, INFLATE_BUDGET_MS, presetDictionary());
  if (!inflated.ok) return fail('unreadable', `This link cannot be opened. ${inflated.problem}`);
  const read = readDocumentBytes(inflated.bytes);
  if (read.ok) return read;
  if (read.readOnly) return { ok: true, document: read.readOnly, newer: read.problem };
  return fail('unreadable', `This link cannot be opened. ${read.problem}`);
}
