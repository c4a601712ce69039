/**
 * Offline validators for identifiers that carry a check digit or checksum:
 * Luhn (payment cards), ISO 13616 mod-97 (IBAN), CRC32 in base62 (GitHub and
 * npm tokens), Verhoeff (Aadhaar), the ATO weighted sum (Australian TFN),
 * the Medicare card check digit, Base58Check and Bech32/Bech32m (Bitcoin)
 * and EIP-55 (Ethereum). Each takes the bare characters and never throws.
 *
 * @module
 */

import { keccak256 } from './keccak.js';
import { sha256 } from './sha256.js';

/**
 * Luhn (ISO/IEC 7812-1 annex B) check over a string of ASCII digits.
 *
 * @example
 * ```ts
 * luhn('79927398713'); // true
 * luhn('79927398710'); // false
 * ```
 */
export function luhn(digits: string): boolean {
  if (digits.length < 2) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** The check digit that makes `payload` + digit pass {@link luhn}. */
export function luhnCheckDigit(payload: string): string {
  for (let d = 0; d <= 9; d++) if (luhn(payload + d)) return String(d);
  return '0';
}

/**
 * IBAN lengths by country (ISO 13616 registry, SWIFT release 2024), used to
 * reject well-formed strings of the wrong length before the mod-97 check.
 */
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24,
  AE: 23,
  AL: 28,
  AT: 20,
  AZ: 28,
  BA: 20,
  BE: 16,
  BG: 22,
  BH: 22,
  BI: 27,
  BR: 29,
  BY: 28,
  CH: 21,
  CR: 22,
  CY: 28,
  CZ: 24,
  DE: 22,
  DJ: 27,
  DK: 18,
  DO: 28,
  EE: 20,
  EG: 29,
  ES: 24,
  FI: 18,
  FK: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  GT: 28,
  HR: 21,
  HU: 28,
  IE: 22,
  IL: 23,
  IQ: 23,
  IS: 26,
  IT: 27,
  JO: 30,
  KW: 30,
  KZ: 20,
  LB: 28,
  LC: 32,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  LY: 25,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MN: 20,
  MR: 27,
  MT: 31,
  MU: 30,
  NI: 28,
  NL: 18,
  NO: 15,
  OM: 23,
  PK: 24,
  PL: 28,
  PS: 29,
  PT: 25,
  QA: 29,
  RO: 24,
  RS: 22,
  RU: 33,
  SA: 24,
  SC: 31,
  SD: 18,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  SO: 23,
  ST: 25,
  SV: 28,
  TL: 23,
  TN: 24,
  TR: 26,
  UA: 29,
  VA: 22,
  VG: 24,
  XK: 20,
  YE: 30,
};

/** Expected IBAN length for an ISO 3166 country code, if it issues IBANs. */
export function ibanLength(country: string): number | undefined {
  return Object.hasOwn(IBAN_LENGTHS, country) ? IBAN_LENGTHS[country] : undefined;
}

/** `value` (digits and upper-case letters, letters as 10..35) modulo 97. */
function mod97(value: string): number {
  let rest = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) rest = (rest * 10 + (c - 48)) % 97;
    else if (c >= 65 && c <= 90) rest = (rest * 100 + (c - 55)) % 97;
    else return -1;
  }
  return rest;
}

/**
 * ISO 13616 IBAN check: known country, registered length, mod-97 equals 1.
 * Takes the compact form (no spaces, upper case).
 *
 * @example
 * ```ts
 * iban('GB82WEST12345698765432'); // true
 * iban('GB82WEST12345698765433'); // false
 * ```
 */
export function iban(compact: string): boolean {
  const length = ibanLength(compact.slice(0, 2));
  if (length === undefined || compact.length !== length) return false;
  return mod97(compact.slice(4) + compact.slice(0, 4)) === 1;
}

/** The two check digits that make `country` + digits + `bban` a valid IBAN. */
export function ibanCheckDigits(country: string, bban: string): string {
  const check = 98 - mod97(`${bban}${country}00`);
  return check < 10 ? `0${check}` : String(check);
}

let crcTable: Uint32Array | undefined;

/**
 * CRC-32 (ISO-HDLC, the zlib polynomial) of the code units of `text`
 * (callers pass ASCII).
 *
 * @example
 * ```ts
 * crc32('123456789'); // 0xcbf43926
 * ```
 */
export function crc32(text: string): number {
  if (crcTable === undefined) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i++) {
    crc = crcTable[(crc ^ text.charCodeAt(i)) & 0xff]! ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** `value` in base62 (digits, upper, lower), left-padded with `0` to `width`. */
export function base62(value: number, width: number): string {
  let out = '';
  let n = value;
  while (n > 0) {
    out = BASE62[n % 62]! + out;
    n = Math.floor(n / 62);
  }
  return out.padStart(width, '0');
}

/**
 * GitHub-style token checksum (also used by npm): the last six characters
 * are the CRC32 of the random part, in base62. `body` is the token without
 * its prefix (`ghp_`, `npm_` ...).
 *
 * @example
 * ```ts
 * const random = 'zQWBuTSOoRi4A9spHcVY5ncnsDkxkJ';
 * base62Crc32Token(random + base62(crc32(random), 6)); // true
 * ```
 */
export function base62Crc32Token(body: string): boolean {
  if (body.length <= 6) return false;
  const random = body.slice(0, -6);
  return base62(crc32(random), 6) === body.slice(-6);
}

// Verhoeff tables (dihedral group D5): multiplication, permutation, inverse.
const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
] as const;
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
] as const;
const VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9] as const;

function verhoeffSum(digits: string, shift: number): number {
  let c = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (d < 0 || d > 9) return -1;
    c = VERHOEFF_D[c]![VERHOEFF_P[(i + shift) % 8]![d]!]!;
  }
  return c;
}

/**
 * Verhoeff check (the Aadhaar check digit).
 *
 * @example
 * ```ts
 * verhoeff('2363'); // true
 * verhoeff('2364'); // false
 * ```
 */
export function verhoeff(digits: string): boolean {
  return digits.length > 1 && verhoeffSum(digits, 0) === 0;
}

/** The Verhoeff check digit for `payload`. */
export function verhoeffCheckDigit(payload: string): string {
  const c = verhoeffSum(payload, 1);
  return c < 0 ? '0' : String(VERHOEFF_INV[c]);
}

const TFN_WEIGHTS_9 = [1, 4, 3, 7, 5, 8, 6, 9, 10] as const;
const TFN_WEIGHTS_8 = [10, 7, 8, 4, 6, 3, 5, 1] as const;

/**
 * Australian Tax File Number check: the weighted digit sum is divisible by
 * 11 (nine digits, or eight for older numbers).
 *
 * @example
 * ```ts
 * tfn('123456782'); // true
 * tfn('123456789'); // false
 * ```
 */
export function tfn(digits: string): boolean {
  const weights = digits.length === 9 ? TFN_WEIGHTS_9 : digits.length === 8 ? TFN_WEIGHTS_8 : [];
  if (weights.length === 0) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    sum += d * weights[i]!;
  }
  return sum % 11 === 0;
}

const MEDICARE_WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9] as const;

/**
 * Australian Medicare card number check: ten digits (an optional eleventh is
 * the individual reference), the first 2 to 6, the ninth the weighted sum of
 * the first eight modulo 10.
 *
 * @example
 * ```ts
 * medicare('2123456701'); // true
 * ```
 */
export function medicare(digits: string): boolean {
  if (digits.length !== 10 && digits.length !== 11) return false;
  if (!/^[2-6][0-9]{9,10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (digits.charCodeAt(i) - 48) * MEDICARE_WEIGHTS[i]!;
  return sum % 10 === digits.charCodeAt(8) - 48;
}

/** The Medicare check digit (ninth digit) for an eight-digit payload. */
export function medicareCheckDigit(payload: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (payload.charCodeAt(i) - 48) * MEDICARE_WEIGHTS[i]!;
  return String(sum % 10);
}

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** Decodes Bitcoin base58; undefined for a character outside the alphabet. */
export function base58Decode(text: string): Uint8Array | undefined {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let carry = BASE58.indexOf(text[i]!);
    if (carry < 0) return undefined;
    for (let j = 0; j < bytes.length; j++) {
      carry += bytes[j]! * 58;
      bytes[j] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  for (let i = 0; i < text.length && text[i] === '1'; i++) bytes.push(0);
  return Uint8Array.from(bytes.reverse());
}

/** Encodes bytes in Bitcoin base58. */
export function base58Encode(bytes: Uint8Array): string {
  const digits: number[] = [];
  for (const byte of bytes) {
    let carry = byte;
    for (let j = 0; j < digits.length; j++) {
      carry += digits[j]! << 8;
      digits[j] = carry % 58;
      carry = Math.floor(carry / 58);
    }
    while (carry > 0) {
      digits.push(carry % 58);
      carry = Math.floor(carry / 58);
    }
  }
  let out = '';
  for (let i = 0; i < bytes.length && bytes[i] === 0; i++) out += '1';
  for (let i = digits.length - 1; i >= 0; i--) out += BASE58[digits[i]!];
  return out;
}

/**
 * Base58Check payload (version byte + data) when the 4-byte double-SHA-256
 * checksum holds, else undefined.
 *
 * @example
 * ```ts
 * base58Check(address)?.[0]; // 0x00 for a P2PKH Bitcoin address
 * ```
 */
export function base58Check(text: string): Uint8Array | undefined {
  const bytes = base58Decode(text);
  if (bytes === undefined || bytes.length < 5) return undefined;
  const payload = bytes.subarray(0, bytes.length - 4);
  const check = sha256(sha256(payload));
  for (let i = 0; i < 4; i++) if (check[i] !== bytes[bytes.length - 4 + i]) return undefined;
  return payload;
}

/** Appends the double-SHA-256 checksum and base58-encodes (for test fixtures). */
export function base58CheckEncode(payload: Uint8Array): string {
  const check = sha256(sha256(payload));
  const full = new Uint8Array(payload.length + 4);
  full.set(payload);
  full.set(check.subarray(0, 4), payload.length);
  return base58Encode(full);
}

const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const BECH32_GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3] as const;

function bech32Polymod(values: readonly number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= BECH32_GEN[i]!;
  }
  return chk >>> 0;
}

function bech32Expand(hrp: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < hrp.length; i++) out.push(hrp.charCodeAt(i) >> 5);
  out.push(0);
  for (let i = 0; i < hrp.length; i++) out.push(hrp.charCodeAt(i) & 31);
  return out;
}

/**
 * BIP-173/BIP-350 check of a lower-case segwit address: the checksum
 * constant is 1 for witness version 0 (Bech32) and `0x2bc830a3` for later
 * versions (Bech32m).
 *
 * @example
 * ```ts
 * bech32Address('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'); // true
 * ```
 */
export function bech32Address(address: string): boolean {
  const sep = address.lastIndexOf('1');
  if (sep < 1 || address.length - sep < 7 || address.length > 90) return false;
  const hrp = address.slice(0, sep);
  const data: number[] = [];
  for (let i = sep + 1; i < address.length; i++) {
    const v = BECH32.indexOf(address[i]!);
    if (v < 0) return false;
    data.push(v);
  }
  const constant = bech32Polymod([...bech32Expand(hrp), ...data]);
  const version = data[0]!;
  return version === 0 ? constant === 1 : version <= 16 && constant === 0x2bc830a3;
}

/** Builds a Bech32 (version 0) or Bech32m address from 5-bit words (for test fixtures). */
export function bech32Encode(hrp: string, words: readonly number[]): string {
  const constant = words[0] === 0 ? 1 : 0x2bc830a3;
  const mod = bech32Polymod([...bech32Expand(hrp), ...words, 0, 0, 0, 0, 0, 0]) ^ constant;
  let out = `${hrp}1`;
  for (const w of words) out += BECH32[w]!;
  for (let i = 0; i < 6; i++) out += BECH32[(mod >>> (5 * (5 - i))) & 31]!;
  return out;
}

/**
 * EIP-55 mixed-case checksum of a `0x` Ethereum address. All-lower and
 * all-upper addresses carry no checksum and pass.
 *
 * @example
 * ```ts
 * eip55('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed'); // true
 * ```
 */
export function eip55(address: string): boolean {
  const hex = address.slice(2);
  if (!/^[0-9a-fA-F]{40}$/.test(hex)) return false;
  if (hex === hex.toLowerCase() || hex === hex.toUpperCase()) return true;
  return eip55Checksum(hex.toLowerCase()) === hex;
}

/** The EIP-55 mixed-case form of 40 lower-case hex digits (without `0x`). */
export function eip55Checksum(lowerHex: string): string {
  const hash = keccak256(new TextEncoder().encode(lowerHex));
  let out = '';
  for (let i = 0; i < 40; i++) {
    const nibble = (hash[i >> 1]! >> (i % 2 === 0 ? 4 : 0)) & 0xf;
    const c = lowerHex[i]!;
    out += nibble >= 8 ? c.toUpperCase() : c;
  }
  return out;
}
