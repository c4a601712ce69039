import { ParapetInputError } from '../../errors.js';
import { parseOptions } from '../../internal/config.js';
import { type IpRange, ipInRange, ipKey, parseIp, parseIpRange } from './ip.js';
import { MAX_KEY_LENGTH } from './limiter.js';
import {
  type RateLimitIdentity,
  type RateLimitKeyOptions,
  type ResolvedRateLimitKeyOptions,
  rateLimitKeyOptionsSchema,
} from './options.js';

/**
 * The bucket a request belongs to, or a bypass for allow-listed callers.
 *
 * @example
 * ```ts
 * const resolved = resolveKey({ ip: '203.0.113.7' });
 * if (!resolved.bypass) await limiter.take(resolved.key);
 * ```
 */
export type RateLimitKey =
  | { readonly bypass: false; readonly key: string }
  | { readonly bypass: true; readonly key: undefined };

/**
 * Maps an identity to its bucket key; see {@link createKeyResolver}.
 *
 * @example
 * ```ts
 * const resolveKey: KeyResolver = createKeyResolver({ by: 'apiKey' });
 * ```
 */
export type KeyResolver = (identity: RateLimitIdentity) => RateLimitKey;

/** Longest JWT subject kept verbatim in a key; longer ones are digested. */
const MAX_SUBJECT_LENGTH = 256;

const BYPASS: RateLimitKey = Object.freeze({ bypass: true, key: undefined });

/**
 * A 64-bit digest (two multiply-xorshift lanes) that keeps raw API keys out
 * of store key names, where `MONITOR`, `KEYS` and slow logs would show them.
 * Not a cryptographic hash: API keys are high-entropy secrets, so it need
 * not resist inversion, and limiting runs after authentication, so nobody
 * can pick a key that collides with someone else's bucket.
 */
export function keyDigest(text: string): string {
  let a = 0x9e3779b9 ^ text.length;
  let b = 0x85ebca6b;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0xcc9e2d51);
    b = (b << 15) | (b >>> 17);
  }
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b) ^ b;
  b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35) ^ a;
  a = Math.imul(a ^ (a >>> 16), 0x27d4eb2f);
  b = Math.imul(b ^ (b >>> 15), 0x165667b1);
  return hex32(a ^ (b >>> 7)) + hex32(b ^ (a >>> 11));
}

function hex32(value: number): string {
  return (value >>> 0).toString(16).padStart(8, '0');
}

/**
 * Creates a key resolver: it maps who is calling to the bucket their
 * requests draw from, or to a bypass when they are allow-listed.
 *
 * Keys look like `ip:203.0.113.7`, `ip:2001:db8:0:1::/64` (IPv6 clients are
 * grouped by `ipv6Subnet`), `key:<16 hex digits>` (a digest of the API key,
 * never the key), `sub:<subject>` or whatever a key function returns. When
 * the chosen source is absent the client IP is used, and requests with no
 * usable IP share the single bucket `ip:unknown`, so a malformed address
 * cannot buy a fresh bucket. An identity bypasses the limits when its IP is
 * in `allowList.ips` or its API key or subject is listed.
 *
 * @example
 * ```ts
 * const resolve = createKeyResolver({ by: 'apiKey', allowList: { ips: ['10.0.0.0/8'] } });
 * resolve({ ip: '198.51.100.4', apiKey: 'sk-live-123' }); // { bypass: false, key: 'key:...' }
 * resolve({ ip: '10.1.2.3' }); // { bypass: true, key: undefined }
 * ```
 *
 * @throws {ParapetConfigError} when an option is invalid (an allow-list entry that is not an address or range included).
 */
export function createKeyResolver(options?: RateLimitKeyOptions): KeyResolver {
  return compileKeyResolver(parseOptions(rateLimitKeyOptionsSchema, options, 'rate-limit key'));
}

/** Builds a key resolver from already-resolved options. */
export function compileKeyResolver(options: ResolvedRateLimitKeyOptions): KeyResolver {
  const ranges: IpRange[] = [];
  for (const entry of options.allowList.ips) {
    const range = parseIpRange(entry);
    // The schema already refused invalid entries; this keeps the types honest.
    if (range !== undefined) ranges.push(range);
  }
  const apiKeys = new Set(options.allowList.apiKeys);
  const subjects = new Set(options.allowList.subjects);
  const { by, ipv6Subnet } = options;

  function ipBucket(ip: string | undefined): string {
    if (typeof ip !== 'string') return 'ip:unknown';
    const address = parseIp(ip);
    return address === undefined ? 'ip:unknown' : `ip:${ipKey(address, ipv6Subnet)}`;
  }

  return function resolveKey(identity: RateLimitIdentity): RateLimitKey {
    if (typeof identity !== 'object' || identity === null) {
      throw new ParapetInputError('rate-limit identity must be an object');
    }
    const { ip, apiKey, jwtSubject } = identity;
    if (ranges.length > 0 && typeof ip === 'string') {
      const address = parseIp(ip);
      if (address !== undefined && ranges.some((range) => ipInRange(address, range))) return BYPASS;
    }
    if (typeof apiKey === 'string' && apiKeys.has(apiKey)) return BYPASS;
    if (typeof jwtSubject === 'string' && subjects.has(jwtSubject)) return BYPASS;
    let key: string | undefined;
    if (by === 'apiKey') {
      if (typeof apiKey === 'string' && apiKey !== '') key = `key:${keyDigest(apiKey)}`;
    } else if (by === 'jwtSubject') {
      if (typeof jwtSubject === 'string' && jwtSubject !== '') {
        key =
          jwtSubject.length <= MAX_SUBJECT_LENGTH
            ? `sub:${jwtSubject}`
            : `sub#${keyDigest(jwtSubject)}`;
      }
    } else if (typeof by === 'function') {
      const custom = by(identity);
      if (custom !== undefined) {
        if (typeof custom !== 'string' || custom === '' || custom.length > MAX_KEY_LENGTH) {
          throw new ParapetInputError(
            `the key function must return undefined or a string of 1 to ${MAX_KEY_LENGTH} characters`,
          );
        }
        key = custom;
      }
    }
    return { bypass: false, key: key ?? ipBucket(ip) };
  };
}
