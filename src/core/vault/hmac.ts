import nacl from 'tweetnacl';
import { wipe } from './bytes.js';

// SHA-512 processes 128-byte blocks (FIPS 180-4), so HMAC pads keys to 128 bytes.
const BLOCK = 128;

/**
 * HMAC-SHA-512 (RFC 2104, FIPS 198-1) over tweetnacl's SHA-512 (`nacl.hash`).
 * Checked against the RFC 4231 test vectors. Intermediate buffers holding key
 * material are wiped before returning.
 *
 * @example
 * ```ts
 * const tag = hmacSha512(key, utf8('message')); // 64 bytes
 * ```
 */
export function hmacSha512(key: Uint8Array, data: Uint8Array): Uint8Array {
  const block = new Uint8Array(BLOCK);
  if (key.length > BLOCK) {
    const hashed = nacl.hash(key);
    block.set(hashed);
    wipe(hashed);
  } else {
    block.set(key);
  }
  const inner = new Uint8Array(BLOCK + data.length);
  const outer = new Uint8Array(BLOCK + 64);
  for (let i = 0; i < BLOCK; i++) {
    inner[i] = block[i]! ^ 0x36;
    outer[i] = block[i]! ^ 0x5c;
  }
  inner.set(data, BLOCK);
  const innerHash = nacl.hash(inner);
  outer.set(innerHash, BLOCK);
  const tag = nacl.hash(outer);
  wipe(block);
  wipe(inner);
  wipe(outer);
  wipe(innerHash);
  return tag;
}
