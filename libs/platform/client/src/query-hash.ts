/**
 * The SHA-256 of a query's text, in hex, as automatic persisted queries name it. The browser's
 * `crypto.subtle` computes it where it exists (secure contexts: https and localhost); on plain http,
 * as on a LAN address, a JavaScript SHA-256 does, loaded only then, so no first visit downloads it.
 * The link hashes each document once.
 */
export function queryHash(text: string): Promise<string> {
  // Digests finish in any order; one after another, the requests leave in the order the page made them.
  const hash = previous.then(() => digest(text));
  previous = hash.catch(() => undefined);
  return hash;
}

let previous: Promise<unknown> = Promise.resolve();

async function digest(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const subtle = globalThis.crypto?.subtle;
  if (subtle) return hex(new Uint8Array(await subtle.digest('SHA-256', bytes)));
  const { sha256 } = await import('@noble/hashes/sha2.js');
  return hex(sha256(bytes));
}

const hex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
