import { Inflate, strToU8, zlibSync } from 'fflate';

/**
 * Mermaid Live links, read and written. Their state travels in the URL fragment as
 * `pako:` + base64url(zlib deflate level 9 (JSON state)) or `base64:` + base64(JSON state),
 * the state being `{ code, mermaid, autoSync, updateDiagram, … }` (mermaid-live-editor,
 * src/lib/util/serde.ts). Pure: loaded on demand, with fflate, when a link is made or read.
 */

/** Largest diagram text a link is unpacked to: past it the link is refused, not expanded. */
export const MAX_CODE_BYTES = 1_000_000;
// Base64 of the largest uncompressed state, with room for JSON escapes and the address.
const MAX_LINK_CHARS = 3 * MAX_CODE_BYTES;
// Deflate expands about 1:1000 at most, so inflating 1 kB at a time stops a "zip bomb"
// within a megabyte of the cap instead of after the whole expansion.
const INFLATE_STEP = 1024;

const notALink = 'This is not a Mermaid Live link.';
const damaged = 'The link is cut off or damaged.';
const noCode = 'The link has no diagram code.';
const tooLarge = `The diagram in the link is too large (over ${MAX_CODE_BYTES / 1_000_000} MB).`;

export type MermaidLiveRead = { ok: true; code: string } | { ok: false; problem: string };

/** Where a state string sits: `rawCode` when the payload may be bare diagram text (mermaid.ink). */
interface Payload {
  text: string;
  rawCode: boolean;
}

/** Hosts and paths whose URL fragment holds the state (old links: `#/edit/<state>`). */
const EDITORS: readonly { host: string; path: RegExp }[] = [
  { host: 'mermaid.live', path: /^\/(?:edit|view)?\/?$/ },
  { host: 'mermaid-js.github.io', path: /^\/mermaid-live-editor\/?$/ },
  { host: 'mermaidjs.github.io', path: /^\/mermaid-live-editor\/?$/ },
  { host: 'mermaidchart.com', path: /^\/play\/?$/ },
];

const LIVE_EDIT = 'https://mermaid.live/edit#pako:';

/** A link that opens `code` in Mermaid Live's editor, in the form Mermaid Live writes itself. */
export function mermaidLiveLink(code: string): string {
  const state = {
    code,
    mermaid: JSON.stringify({ theme: 'default' }, null, 2),
    autoSync: true,
    updateDiagram: true,
  };
  return LIVE_EDIT + toBase64Url(zlibSync(strToU8(JSON.stringify(state)), { level: 9 }));
}

/**
 * The diagram code of a Mermaid Live link (`mermaid.live/edit#pako:…`, `#base64:…`, the old
 * `mermaid-live-editor/#/edit/…`), a mermaid.ink image link, a bare `pako:…` state, or a
 * Markdown snippet holding one of them. Never throws: anything else (cut off, altered,
 * oversized, hostile) gives a problem in plain words.
 */
export function readMermaidLiveLink(text: string): MermaidLiveRead {
  if (text.trim() === '') return { ok: false, problem: 'Paste a Mermaid Live link first.' };
  if (text.length > MAX_LINK_CHARS) return { ok: false, problem: tooLarge };
  // A long link pasted from an e-mail or a terminal comes broken over lines.
  const payload = payloadOf(text.replace(/\s+/g, '')) ?? linkInText(text);
  return payload ? readPayload(payload) : { ok: false, problem: notALink };
}

function payloadOf(link: string): Payload | null {
  if (/^(?:pako|base64):/.test(link)) return { text: link, rawCode: false };
  const url = parseUrl(link);
  if (!url) return null;
  const host = url.hostname.replace(/^www\./, '');
  if (host === 'mermaid.ink') {
    // Standard base64 may put a `/` in the path.
    const image = /^\/(?:img|svg|pdf)\/(.+)$/.exec(url.pathname);
    return image?.[1] ? { text: percentDecoded(image[1]), rawCode: true } : null;
  }
  if (!EDITORS.some((e) => e.host === host && e.path.test(url.pathname))) return null;
  // Mermaid Live redirects `#/edit/<state>` and `#/view/<state>` to `/edit#<state>`.
  const old = /^#\/(?:edit|view)\/([^/]*)/.exec(url.hash);
  const state = old ? (old[1] ?? '') : url.hash.slice(1).replace(/^\/.*/, '');
  return { text: percentDecoded(state), rawCode: false };
}

/** The first link of a known kind in pasted text, such as Mermaid Live's "Copy Markdown". */
function linkInText(text: string): Payload | null {
  for (const [candidate] of text.matchAll(/https?:\/\/[^\s"'<>()[\]]+/g)) {
    const payload = payloadOf(candidate);
    if (payload) return payload;
  }
  return null;
}

function parseUrl(link: string): URL | null {
  try {
    return new URL(/^https?:\/\//i.test(link) ? link : `https://${link}`);
  } catch {
    return null;
  }
}

function percentDecoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    // Left as it is: the base64 check below refuses it.
    return text;
  }
}

function readPayload({ text, rawCode }: Payload): MermaidLiveRead {
  if (text === '') return { ok: false, problem: noCode };
  // As in Mermaid Live, a state without a `kind:` prefix is plain base64.
  const colon = text.indexOf(':');
  const kind = colon < 0 ? 'base64' : text.slice(0, colon);
  if (kind !== 'pako' && kind !== 'base64') return { ok: false, problem: notALink };
  const bytes = fromBase64(text.slice(colon + 1));
  if (!bytes) return { ok: false, problem: damaged };
  const unpacked = kind === 'pako' ? unzlibCapped(bytes) : bytes;
  if (typeof unpacked === 'string') return { ok: false, problem: unpacked };
  if (unpacked.length > MAX_CODE_BYTES) return { ok: false, problem: tooLarge };
  const json = utf8(unpacked);
  if (json === null) return { ok: false, problem: damaged };
  return codeOf(json, rawCode);
}

function codeOf(json: string, rawCode: boolean): MermaidLiveRead {
  let state: unknown;
  try {
    state = JSON.parse(json);
  } catch {
    state = undefined;
  }
  // The config (`mermaid`: a JSON string now, an object in old links) is not taken: the
  // document's diagrams are drawn with Archbench's own settings.
  const code =
    typeof state === 'object' && state !== null && 'code' in state ? state.code : undefined;
  if (typeof code === 'string') {
    return code.trim() ? { ok: true, code } : { ok: false, problem: noCode };
  }
  // mermaid.ink also draws base64 of the bare diagram text.
  if (rawCode && json.trim()) return { ok: true, code: json };
  return { ok: false, problem: state === undefined ? damaged : noCode };
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x2000) {
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x2000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Standard or URL-safe base64, padded or not (both occur in links); null if it is neither. */
function fromBase64(text: string): Uint8Array | null {
  const standard = text.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
  // A length of 4n+1 cannot come from whole bytes: the text was cut or mistyped.
  if (!/^[A-Za-z0-9+/]*$/.test(standard) || standard.length % 4 === 1) return null;
  const binary = atob(standard);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function utf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * zlib data inflated as pako's `inflate` does (header, deflate stream, Adler-32 of the output
 * checked), but a slice at a time so that output past MAX_CODE_BYTES is never held.
 */
function unzlibCapped(bytes: Uint8Array): Uint8Array | string {
  const [cmf = 0, flg = 0] = bytes;
  // Deflate with a window of at most 32 kB, header check bits right, no preset dictionary.
  const header = (cmf & 0x0f) === 8 && cmf >> 4 <= 7 && ((cmf << 8) | flg) % 31 === 0;
  if (!header || flg & 0x20 || bytes.length < 7) return damaged;
  const body = bytes.subarray(2, -4);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size <= MAX_CODE_BYTES) chunks.push(chunk);
  });
  try {
    for (let at = 0; at < body.length; at += INFLATE_STEP) {
      inflater.push(body.subarray(at, at + INFLATE_STEP), at + INFLATE_STEP >= body.length);
      if (size > MAX_CODE_BYTES) return tooLarge;
    }
  } catch {
    return damaged;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return view.getUint32(bytes.length - 4) === adler32(out) ? out : damaged;
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  // zlib reduces the sums every 5552 bytes so that they fit 32 bits; the result is the same.
  for (let at = 0; at < bytes.length;) {
    const end = Math.min(at + 5552, bytes.length);
    for (; at < end; at++) {
      a += bytes[at] ?? 0;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}
