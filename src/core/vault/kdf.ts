import { utf8, wipe } from './bytes.js';
import { hmacSha512 } from './hmac.js';

/** What a derived key is for; each purpose gets its own domain-separation byte. */
export type KeyPurpose = 'envelope' | 'secret' | 'mac';

const PURPOSE_BYTE: Readonly<Record<KeyPurpose, number>> = { envelope: 1, secret: 2, mac: 3 };
const LABEL = 'parapet/vault/v1';

/**
 * Derives a 32-byte subkey: the first 32 bytes of
 * `HMAC-SHA-512(master, "parapet/vault/v1" || 0x00 || purpose || len(keyId) || keyId || ctxFlag [|| len(ctx) || ctx])`,
 * lengths as 32-bit big-endian byte counts of the UTF-8 encodings.
 *
 * Why: HMAC is a PRF keyed by the master key (RFC 2104), which is what a KDF
 * with a uniformly random key needs (this is HKDF-Expand with one block,
 * RFC 5869 section 2.3). The fixed label, the purpose byte and the length
 * prefixes make every (purpose, key id, context) triple map to a distinct
 * input, so an envelope sealed for one context, purpose or key id can never be
 * opened under another, and "no context" differs from the empty context.
 * Truncating SHA-512 output to 256 bits is safe for a PRF (NIST SP 800-107r1, 5.1).
 */
export function deriveKey(
  master: Uint8Array,
  purpose: KeyPurpose,
  keyId: string,
  context: string | undefined,
): Uint8Array {
  const label = utf8(LABEL);
  const id = utf8(keyId);
  const ctx = context === undefined ? undefined : utf8(context);
  const size = label.length + 2 + 4 + id.length + 1 + (ctx === undefined ? 0 : 4 + ctx.length);
  const info = new Uint8Array(size);
  const view = new DataView(info.buffer);
  let o = 0;
  info.set(label, o);
  o += label.length;
  info[o++] = 0;
  info[o++] = PURPOSE_BYTE[purpose];
  view.setUint32(o, id.length);
  o += 4;
  info.set(id, o);
  o += id.length;
  if (ctx === undefined) {
    info[o++] = 0;
  } else {
    info[o++] = 1;
    view.setUint32(o, ctx.length);
    o += 4;
    info.set(ctx, o);
  }
  const full = hmacSha512(master, info);
  const key = full.slice(0, 32);
  wipe(full);
  wipe(info);
  return key;
}
