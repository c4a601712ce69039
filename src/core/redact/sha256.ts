/**
 * Synchronous SHA-256 (FIPS 180-4) and HMAC-SHA-256 (RFC 2104) for the pure
 * core. Web Crypto is asynchronous and `node:crypto` is not available in the
 * core, while the `hash` redaction style must stay synchronous; messages are
 * short (one secret value), so a compact implementation is enough.
 *
 * @module
 */

let roundConstants: Uint32Array | undefined;

/** The 64 round constants (FIPS 180-4, 4.2.2), built on first use. */
function constants(): Uint32Array {
  roundConstants ??= Uint32Array.from([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
  ]);
  return roundConstants;
}

const INITIAL = [
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
] as const;

/** Compresses the 64-byte blocks of `data` starting at `offset` into `state`. */
function compress(state: Uint32Array, data: Uint8Array, offset: number, w: Uint32Array): void {
  const k = constants();
  for (let pos = offset; pos + 64 <= data.length; pos += 64) {
    for (let i = 0; i < 16; i++) {
      const j = pos + i * 4;
      w[i] = ((data[j]! << 24) | (data[j + 1]! << 16) | (data[j + 2]! << 8) | data[j + 3]!) >>> 0;
    }
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15]!;
      const b = w[i - 2]!;
      const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
      const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) >>> 0;
    }
    let a = state[0]!;
    let b = state[1]!;
    let c = state[2]!;
    let d = state[3]!;
    let e = state[4]!;
    let f = state[5]!;
    let g = state[6]!;
    let h = state[7]!;
    for (let i = 0; i < 64; i++) {
      const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (h + s1 + ch + k[i]! + w[i]!) | 0;
      const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (s0 + maj) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    state[0] = (state[0]! + a) >>> 0;
    state[1] = (state[1]! + b) >>> 0;
    state[2] = (state[2]! + c) >>> 0;
    state[3] = (state[3]! + d) >>> 0;
    state[4] = (state[4]! + e) >>> 0;
    state[5] = (state[5]! + f) >>> 0;
    state[6] = (state[6]! + g) >>> 0;
    state[7] = (state[7]! + h) >>> 0;
  }
}

/**
 * Finishes a hash whose state already absorbed `prefixBytes` bytes (a
 * multiple of 64) and now absorbs `message`.
 */
function finish(state: Uint32Array, prefixBytes: number, message: Uint8Array): Uint8Array {
  const w = new Uint32Array(64);
  const full = message.length - (message.length % 64);
  compress(state, message, 0, w);
  const rest = message.length - full;
  const tail = new Uint8Array(rest < 56 ? 64 : 128);
  tail.set(message.subarray(full));
  tail[rest] = 0x80;
  const bits = (prefixBytes + message.length) * 8;
  const view = new DataView(tail.buffer);
  view.setUint32(tail.length - 8, Math.floor(bits / 0x100000000));
  view.setUint32(tail.length - 4, bits >>> 0);
  compress(state, tail, 0, w);
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) outView.setUint32(i * 4, state[i]!);
  return out;
}

/**
 * SHA-256 digest of `message`.
 *
 * @example
 * ```ts
 * toHex(sha256(new TextEncoder().encode('abc')));
 * // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 * ```
 */
export function sha256(message: Uint8Array): Uint8Array {
  return finish(Uint32Array.from(INITIAL), 0, message);
}

/**
 * A keyed HMAC-SHA-256 function (RFC 2104). The inner and outer pad states
 * are computed once here, so each call costs two compressions plus the
 * message blocks.
 *
 * @example
 * ```ts
 * const mac = createHmacSha256(key);
 * toHex(mac(new TextEncoder().encode('jane@example.com'))).slice(0, 12);
 * ```
 */
export function createHmacSha256(key: Uint8Array): (message: Uint8Array) => Uint8Array {
  const block = new Uint8Array(64);
  block.set(key.length > 64 ? sha256(key) : key);
  const pad = new Uint8Array(64);
  const w = new Uint32Array(64);
  for (let i = 0; i < 64; i++) pad[i] = block[i]! ^ 0x36;
  const inner = Uint32Array.from(INITIAL);
  compress(inner, pad, 0, w);
  for (let i = 0; i < 64; i++) pad[i] = block[i]! ^ 0x5c;
  const outer = Uint32Array.from(INITIAL);
  compress(outer, pad, 0, w);
  block.fill(0);
  pad.fill(0);
  return (message) => finish(outer.slice(), 64, finish(inner.slice(), 64, message));
}

/**
 * HMAC-SHA-256 of `message` under `key`.
 *
 * @example
 * ```ts
 * toHex(hmacSha256(new TextEncoder().encode('key'), new TextEncoder().encode('message')));
 * ```
 */
export function hmacSha256(key: Uint8Array, message: Uint8Array): Uint8Array {
  return createHmacSha256(key)(message);
}

/**
 * Lower-case hexadecimal form of `bytes`.
 *
 * @example
 * ```ts
 * toHex(Uint8Array.of(0, 255)); // '00ff'
 * ```
 */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += (byte < 16 ? '0' : '') + byte.toString(16);
  return out;
}
