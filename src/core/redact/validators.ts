/**
 * Validators named by secret rules (`validate: 'jwt'` ...). Each takes the
 * matched secret and answers whether its structure or checksum holds. They
 * never throw.
 *
 * @module
 */

import { base58Check, base62Crc32Token } from './checksums.js';
import type { SecretValidatorName } from './rules.js';

/** Decodes base64 or base64url (padding optional) to a binary string; undefined when invalid. */
export function decodeBase64(text: string): string | undefined {
  if (text.length % 4 === 1 || !/^[A-Za-z0-9+/_-]*={0,2}$/.test(text)) return undefined;
  let normal = text.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  while (normal.length % 4 !== 0) normal += '=';
  try {
    return atob(normal);
  } catch {
    return undefined;
  }
}

function isPrintable(text: string): boolean {
  return /^[\x20-\x7e\t\r\n]*$/.test(text);
}

/**
 * The last JWT header segment checked and its verdict. Tokens of one issuer
 * share their header (`{"alg":"RS256","typ":"JWT"}`), so a text full of
 * them decodes and parses it once. A header names the algorithm and key id,
 * never a secret.
 */
let lastHeader = '';
let lastHeaderValid = false;

/** A JWS compact token whose header is base64url JSON naming an `alg`. */
function jwt(value: string): boolean {
  const dot = value.indexOf('.');
  if (dot < 0) return false;
  const segment = value.slice(0, dot);
  if (segment.length > 0 && segment === lastHeader) return lastHeaderValid;
  const valid = jwtHeader(segment);
  // A copy: the slice itself would keep the caller's whole input alive.
  lastHeader = ` ${segment}`.slice(1);
  lastHeaderValid = valid;
  return valid;
}

function jwtHeader(segment: string): boolean {
  const header = decodeBase64(segment);
  if (header === undefined || !isPrintable(header)) return false;
  try {
    const parsed: unknown = JSON.parse(header);
    return (
      typeof parsed === 'object' &&
      parsed !== null &&
      typeof (parsed as Record<string, unknown>)['alg'] === 'string'
    );
  } catch {
    return false;
  }
}

/**
 * `Basic` credentials decode to printable `user:password`, and not to a
 * documentation example (`username:password`, `<user>:<pass>`).
 */
function basicCredentials(value: string): boolean {
  const decoded = decodeBase64(value);
  return (
    decoded !== undefined &&
    decoded.length >= 3 &&
    isPrintable(decoded) &&
    decoded.includes(':') &&
    !EXAMPLE_CREDENTIALS.test(decoded)
  );
}

const EXAMPLE_CREDENTIALS =
  /^<?(?:user|username|your[_-]?user(?:name)?|login|name)>?:<?(?:pass|password|your[_-]?pass(?:word)?|secret)>?$/i;

/** The first segment of a Discord token is the base64 of a snowflake user id. */
function discordToken(value: string): boolean {
  const id = decodeBase64(value.slice(0, value.indexOf('.')));
  return id !== undefined && /^[1-9][0-9]{16,19}$/.test(id);
}

/** AWS key ids use the RFC 4648 base32 alphabet after the four-letter prefix. */
function awsKeyId(value: string): boolean {
  return /^[A-Z2-7]{16}$/.test(value.slice(4));
}

/** GitHub-format tokens (and npm's): CRC32 of the random part in the last six characters. */
function githubCrc32(value: string): boolean {
  return base62Crc32Token(value.slice(value.indexOf('_') + 1));
}

/**
 * A Bitcoin WIF private key: Base58Check with version 0x80 and 32 bytes of
 * key, followed by 0x01 when the public key is compressed.
 */
function bitcoinWif(value: string): boolean {
  const payload = base58Check(value);
  if (payload === undefined || payload[0] !== 0x80) return false;
  return payload.length === 33 || (payload.length === 34 && payload[33] === 1);
}

const VALIDATORS: Readonly<Record<SecretValidatorName, (value: string) => boolean>> = {
  'github-crc32': githubCrc32,
  jwt,
  'basic-credentials': basicCredentials,
  'discord-token': discordToken,
  'aws-key-id': awsKeyId,
  'bitcoin-wif': bitcoinWif,
};

/**
 * Runs the validator called `name` on `value`.
 *
 * @example
 * ```ts
 * validateSecret('jwt', 'eyJhbGciOiJIUzI1NiJ9.e30.sig'); // true
 * ```
 */
export function validateSecret(name: SecretValidatorName, value: string): boolean {
  return VALIDATORS[name](value);
}
