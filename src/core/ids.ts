const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A short random id (12 base-36 characters, ~62 bits). Uses getRandomValues rather than
 * randomUUID because randomUUID is missing outside secure contexts (a static site on plain
 * http), and short ids keep share links short.
 */
export function newId(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
  return id;
}
