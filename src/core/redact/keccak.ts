/**
 * Keccak-256 (the pre-standard padding Ethereum uses, not SHA3-256), needed
 * only to verify EIP-55 mixed-case checksums of Ethereum addresses. Lanes
 * are kept as pairs of 32-bit halves so the permutation stays in int math.
 *
 * @module
 */

let roundConstants: Uint32Array | undefined;

/** Round constants of Keccak-f[1600] as [low, high] pairs, built on first use. */
function rc(): Uint32Array {
  if (roundConstants !== undefined) return roundConstants;
  // Generated with the LFSR of the Keccak reference (x^8 + x^6 + x^5 + x^4 + 1).
  const out = new Uint32Array(48);
  let r = 1;
  for (let round = 0; round < 24; round++) {
    let lo = 0;
    let hi = 0;
    for (let j = 0; j < 7; j++) {
      const bit = r & 1;
      r = r & 0x80 ? ((r << 1) ^ 0x71) & 0xff : (r << 1) & 0xff;
      if (bit === 0) continue;
      const position = (1 << j) - 1;
      if (position < 32) lo |= 1 << position;
      else hi |= 1 << (position - 32);
    }
    out[round * 2] = lo >>> 0;
    out[round * 2 + 1] = hi >>> 0;
  }
  roundConstants = out;
  return out;
}

const ROTATIONS = [
  0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14,
] as const;

function permute(s: Uint32Array): void {
  const c = new Uint32Array(10);
  const b = new Uint32Array(50);
  const k = rc();
  for (let round = 0; round < 24; round++) {
    // theta
    for (let x = 0; x < 5; x++) {
      c[x * 2] = s[x * 2]! ^ s[x * 2 + 10]! ^ s[x * 2 + 20]! ^ s[x * 2 + 30]! ^ s[x * 2 + 40]!;
      c[x * 2 + 1] =
        s[x * 2 + 1]! ^ s[x * 2 + 11]! ^ s[x * 2 + 21]! ^ s[x * 2 + 31]! ^ s[x * 2 + 41]!;
    }
    for (let x = 0; x < 5; x++) {
      const nx = ((x + 1) % 5) * 2;
      const px = ((x + 4) % 5) * 2;
      const lo = c[px]! ^ ((c[nx]! << 1) | (c[nx + 1]! >>> 31));
      const hi = c[px + 1]! ^ ((c[nx + 1]! << 1) | (c[nx]! >>> 31));
      for (let y = 0; y < 25; y += 5) {
        s[(y + x) * 2] = s[(y + x) * 2]! ^ lo;
        s[(y + x) * 2 + 1] = s[(y + x) * 2 + 1]! ^ hi;
      }
    }
    // rho and pi
    for (let x = 0; x < 5; x++) {
      for (let y = 0; y < 5; y++) {
        const from = x + 5 * y;
        const to = y + 5 * ((2 * x + 3 * y) % 5);
        const shift = ROTATIONS[from]!;
        let lo = s[from * 2]!;
        let hi = s[from * 2 + 1]!;
        if (shift >= 32) {
          const t = lo;
          lo = hi;
          hi = t;
        }
        const n = shift % 32;
        if (n !== 0) {
          const nlo = (lo << n) | (hi >>> (32 - n));
          const nhi = (hi << n) | (lo >>> (32 - n));
          lo = nlo;
          hi = nhi;
        }
        b[to * 2] = lo;
        b[to * 2 + 1] = hi;
      }
    }
    // chi
    for (let y = 0; y < 25; y += 5) {
      for (let x = 0; x < 5; x++) {
        const i = (y + x) * 2;
        const i1 = (y + ((x + 1) % 5)) * 2;
        const i2 = (y + ((x + 2) % 5)) * 2;
        s[i] = b[i]! ^ (~b[i1]! & b[i2]!);
        s[i + 1] = b[i + 1]! ^ (~b[i1 + 1]! & b[i2 + 1]!);
      }
    }
    // iota
    s[0] = s[0]! ^ k[round * 2]!;
    s[1] = s[1]! ^ k[round * 2 + 1]!;
  }
}

/**
 * Keccak-256 digest of `message` (rate 136 bytes, padding `0x01 ... 0x80`).
 *
 * @example
 * ```ts
 * toHex(keccak256(new Uint8Array(0)));
 * // 'c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470'
 * ```
 */
export function keccak256(message: Uint8Array): Uint8Array {
  return sponge256(message, 0x01);
}

/**
 * The Keccak[c=512] sponge with a 256-bit output and the given domain
 * padding byte: `0x01` is Keccak-256, `0x06` is SHA3-256 (FIPS 202), which
 * lets tests check the permutation against a standard implementation.
 */
export function sponge256(message: Uint8Array, pad: number): Uint8Array {
  const rate = 136;
  const state = new Uint32Array(50);
  const padded = new Uint8Array((Math.floor(message.length / rate) + 1) * rate);
  padded.set(message);
  padded[message.length] = pad;
  padded[padded.length - 1] = padded[padded.length - 1]! | 0x80;
  for (let offset = 0; offset < padded.length; offset += rate) {
    for (let i = 0; i < rate / 4; i++) {
      const j = offset + i * 4;
      state[i] =
        state[i]! ^
        (padded[j]! | (padded[j + 1]! << 8) | (padded[j + 2]! << 16) | (padded[j + 3]! << 24));
    }
    permute(state);
  }
  const out = new Uint8Array(32);
  for (let i = 0; i < 8; i++) {
    const word = state[i]!;
    out[i * 4] = word & 0xff;
    out[i * 4 + 1] = (word >>> 8) & 0xff;
    out[i * 4 + 2] = (word >>> 16) & 0xff;
    out[i * 4 + 3] = word >>> 24;
  }
  return out;
}
