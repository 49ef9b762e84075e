/**
 * The SHA-256 of a query's text, in hex, as automatic persisted queries name it. The browser's
 * `crypto.subtle` computes it where it exists (secure contexts: https and localhost); on plain http,
 * as on a LAN address, a JavaScript SHA-256 does, loaded only then, so no first visit downloads it.
 * The link hashes each document once.
 */
export async function queryHash(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const subtle = globalThis.crypto?.subtle;
  if (subtle) return hex(new Uint8Array(await subtle.digest('SHA-256', bytes)));
  const { sha256 } = await import('@noble/hashes/sha2.js');
  return hex(sha256(bytes));
}

const hex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
