/**
 * Byte helpers shared by the vault, the prompt builder and canaries: random
 * bytes from Web Crypto, UTF-8, hex and base64 without Node's Buffer, so the
 * core runs unchanged in Node, Deno, Bun, workers and browsers.
 */

// Web Crypto refuses more than 65,536 bytes per getRandomValues call.
const RANDOM_QUOTA = 65_536;

/**
 * `length` bytes from the platform CSPRNG (`crypto.getRandomValues`).
 *
 * @example
 * ```ts
 * const nonce = randomBytes(24);
 * ```
 */
export function randomBytes(length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i += RANDOM_QUOTA) {
    crypto.getRandomValues(out.subarray(i, Math.min(length, i + RANDOM_QUOTA)));
  }
  return out;
}

let encoder: InstanceType<typeof TextEncoder> | undefined;
let decoder: InstanceType<typeof TextDecoder> | undefined;

/** UTF-8 bytes of `text` (lone surrogates become U+FFFD, as TextEncoder does). */
export function utf8(text: string): Uint8Array {
  encoder ??= new TextEncoder();
  return encoder.encode(text);
}

/** Decodes UTF-8, throwing a TypeError on malformed input instead of inserting U+FFFD. */
export function fromUtf8(bytes: Uint8Array): string {
  decoder ??= new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  return decoder.decode(bytes);
}

const HEX = '0123456789abcdef';

/** Lowercase hex of `bytes`. */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += HEX[byte >> 4]! + HEX[byte & 15]!;
  return out;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function encode(bytes: Uint8Array, alphabet: string, pad: boolean): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out +=
      alphabet[n >> 18]! + alphabet[(n >> 12) & 63]! + alphabet[(n >> 6) & 63]! + alphabet[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += alphabet[n >> 18]! + alphabet[(n >> 12) & 63]! + (pad ? '==' : '');
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out +=
      alphabet[n >> 18]! + alphabet[(n >> 12) & 63]! + alphabet[(n >> 6) & 63]! + (pad ? '=' : '');
  }
  return out;
}

/** Standard base64 with padding (RFC 4648, section 4). */
export function toBase64(bytes: Uint8Array): string {
  return encode(bytes, B64, true);
}

/** base64url without padding (RFC 4648, section 5). */
export function toBase64Url(bytes: Uint8Array): string {
  return encode(bytes, B64URL, false);
}

function sextet(cu: number, url: boolean | undefined): number {
  if (cu >= 0x41 && cu <= 0x5a) return cu - 0x41;
  if (cu >= 0x61 && cu <= 0x7a) return cu - 0x61 + 26;
  if (cu >= 0x30 && cu <= 0x39) return cu - 0x30 + 52;
  if (url !== false && cu === 0x2d) return 62;
  if (url !== false && cu === 0x5f) return 63;
  if (url !== true && cu === 0x2b) return 62;
  if (url !== true && cu === 0x2f) return 63;
  return -1;
}

/**
 * Strict, canonical base64url decoding: no padding, no other characters, and
 * the unused low bits of the last character must be zero. Canonical decoding
 * matters for envelopes: otherwise two different strings would open to the
 * same bytes and a flipped character could go unnoticed (RFC 4648, 3.5).
 * Returns undefined for anything else.
 */
export function fromBase64UrlStrict(text: string): Uint8Array | undefined {
  return decode(text, true, false);
}

/**
 * Lenient base64 decoding for configuration values: standard or URL alphabet
 * (not mixed), optional padding, surrounding whitespace ignored. Returns
 * undefined when the text is not base64.
 */
export function fromBase64Loose(text: string): Uint8Array | undefined {
  const trimmed = text.trim();
  const unpadded = trimmed.replace(/={1,2}$/, '');
  if (unpadded.length !== trimmed.length && trimmed.length % 4 !== 0) return undefined;
  const url = /[-_]/.test(unpadded);
  const std = /[+/]/.test(unpadded);
  if (url && std) return undefined;
  return decode(unpadded, url ? true : std ? false : undefined, true);
}

function decode(
  text: string,
  url: boolean | undefined,
  allowNonCanonical: boolean,
): Uint8Array | undefined {
  const n = text.length;
  if (n % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((n * 3) / 4));
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < n; i++) {
    const v = sextet(text.charCodeAt(i), url);
    if (v < 0) return undefined;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
      acc &= (1 << bits) - 1;
    }
  }
  if (!allowNonCanonical && acc !== 0) return undefined;
  return out;
}

/** Overwrites `bytes` with zeros. */
export function wipe(bytes: Uint8Array): void {
  bytes.fill(0);
}
