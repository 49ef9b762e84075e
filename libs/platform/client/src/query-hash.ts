import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * The SHA-256 of a query's text, in hex, as automatic persisted queries name it. Computed in
 * JavaScript, not with `crypto.subtle`: that exists only in secure contexts, and the portal may be
 * served over plain http on a LAN address. The link hashes each document once.
 */
export function queryHash(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
