import { configError } from '../../internal/config.js';
import { type AddressRange, classifyHost } from './address.js';

/**
 * URL policy of one tool; see `urls` in `ToolDefinition`.
 *
 * @example
 * ```ts
 * const policy: UrlPolicy = { allow: ['api.github.com', '*.githubusercontent.com'] };
 * ```
 */
export interface UrlPolicy {
  /** Allowed hosts: exact names or IP literals, `*.example.com` for subdomains, or `'*'` for any public host. */
  readonly allow: readonly string[];
  /** Allowed schemes, without the colon. @default ['http', 'https'] */
  readonly schemes?: readonly string[];
  /**
   * Allow loopback, private, link-local, metadata and other non-public
   * destinations. Turns SSRF protection off for this tool.
   * @default false
   */
  readonly dangerouslyAllowPrivateNetwork?: boolean;
}

/** Outcome of {@link checkUrl}. */
export type UrlCheck =
  | {
      readonly ok: true;
      /** The URL as the WHATWG parser serialises it: fetch this, not the raw argument. */
      readonly href: string;
      /** Lowercased host name or IP literal, without brackets. */
      readonly host: string;
      /** Range of the host as written (a name is `public` until resolved). */
      readonly range: AddressRange;
    }
  | { readonly ok: false; readonly reason: string };

const MAX_URL_LENGTH = 8192;

/**
 * Checks a URL against a scheme and host allow-list, then against SSRF
 * rules that apply even when every host is allowed: loopback, private,
 * shared, link-local, cloud metadata, multicast and reserved destinations are
 * refused (IPv4 in decimal, octal, hex and short forms; IPv6, IPv4-mapped,
 * NAT64 and 6to4 forms; `localhost` and single-label names) unless
 * `dangerouslyAllowPrivateNetwork` is set. Backslashes, whitespace, control
 * characters and credentials are refused outright: they are where URL parsers
 * disagree (OWASP SSRF Prevention Cheat Sheet; Orange Tsai, "A New Era of
 * SSRF", 2017). Host names are not resolved here; use the Node helper to check
 * the resolved address as well.
 *
 * @example
 * ```ts
 * checkUrl('https://api.github.com/repos', { allow: ['api.github.com'] }); // { ok: true, ... }
 * checkUrl('http://0x7f000001/', { allow: ['*'] }); // { ok: false, reason: 'URL points to a loopback address' }
 * ```
 */
export function checkUrl(value: unknown, policy: UrlPolicy): UrlCheck {
  return checkUrlCompiled(value, compileUrlPolicy(policy));
}

/** A URL policy with canonical host entries, built once per tool. */
export interface CompiledUrlPolicy {
  readonly allow: readonly string[];
  readonly schemes: readonly string[];
  readonly dangerouslyAllowPrivateNetwork: boolean;
}

/**
 * Canonicalises a policy's host entries.
 *
 * @throws {ParapetConfigError} when an entry is not a host, `*.host` or `*`.
 */
export function compileUrlPolicy(policy: UrlPolicy): CompiledUrlPolicy {
  const allow: string[] = [];
  policy.allow.forEach((entry, index) => {
    const canonical = typeof entry === 'string' ? canonicalHostEntry(entry) : undefined;
    if (canonical === undefined) {
      throw configError(
        'url policy',
        `allow[${index}]`,
        'expected a host name, an IP literal, `*.domain` or `*`',
      );
    }
    allow.push(canonical);
  });
  return {
    allow,
    schemes: (policy.schemes ?? ['http', 'https']).map((s) => s.toLowerCase()),
    dangerouslyAllowPrivateNetwork: policy.dangerouslyAllowPrivateNetwork === true,
  };
}

/** {@link checkUrl} with a compiled policy. */
export function checkUrlCompiled(value: unknown, policy: CompiledUrlPolicy): UrlCheck {
  const fail = (reason: string): UrlCheck => ({ ok: false, reason });
  if (typeof value !== 'string') return fail('URL is not a string');
  if (value.length === 0 || value.length > MAX_URL_LENGTH) return fail('URL is empty or too long');
  // Controls, whitespace and backslashes are silently removed or
  // reinterpreted by WHATWG parsing, and read differently by other parsers.
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c <= 0x20 || c === 0x7f || c === 0x5c || (c >= 0x80 && c <= 0xa0)) {
      return fail('URL contains whitespace, a control character or a backslash');
    }
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail('URL is not a valid absolute URL');
  }
  const scheme = url.protocol.slice(0, -1).toLowerCase();
  if (!policy.schemes.includes(scheme)) return fail('URL scheme is not allowed');
  if (url.username !== '' || url.password !== '') return fail('URL contains credentials');
  if (url.hostname === '') return fail('URL has no host');
  const classified = classifyHost(url.hostname);
  const host = classified.ip?.address ?? classified.host;
  if (!hostAllowed(host, classified.ip?.address, policy.allow)) {
    return fail('URL host is not allowed');
  }
  if (classified.range !== 'public' && !policy.dangerouslyAllowPrivateNetwork) {
    return fail(`URL points to ${describeRange(classified.range)}`);
  }
  return { ok: true, href: url.href, host, range: classified.range };
}

/** True when `host` (canonical, as {@link canonicalHostEntry} writes hosts) matches a canonical allow-list entry. */
export function hostAllowed(
  host: string,
  ip: string | undefined,
  allow: readonly string[],
): boolean {
  for (const entry of allow) {
    if (entry === '*') return true;
    if (entry.startsWith('*.')) {
      // `*.example.com` matches subdomains only, never an IP literal.
      if (ip === undefined && host.endsWith(entry.slice(1))) return true;
    } else if (entry === host || (ip !== undefined && entry === ip)) {
      return true;
    }
  }
  return false;
}

/**
 * Canonical form of a host allow-list entry, as the URL parser would write
 * the host (lowercase, punycode, IPv4 as a dotted quad, IPv6 compressed,
 * no brackets or trailing dot), or undefined when it is not a host.
 *
 * @example
 * ```ts
 * canonicalHostEntry('*.B\u00FCcher.example'); // '*.xn--bcher-kva.example'
 * ```
 */
export function canonicalHostEntry(entry: string): string | undefined {
  if (entry === '*') return '*';
  const wildcard = entry.startsWith('*.');
  let name = wildcard ? entry.slice(2) : entry;
  if (name.includes(':') && !name.startsWith('[')) name = `[${name}]`;
  if (name === '' || /[/?#@\\\s%]/.test(name)) return undefined;
  let url: URL;
  try {
    url = new URL(`http://${name}/`);
  } catch {
    return undefined;
  }
  if (url.port !== '' || url.hostname === '') return undefined;
  const classified = classifyHost(url.hostname);
  if (wildcard && classified.ip !== undefined) return undefined;
  const canonical = classified.ip?.address ?? classified.host;
  return wildcard ? `*.${canonical}` : canonical;
}

/** Human wording of a non-public range, for reasons. */
export function describeRange(range: AddressRange): string {
  switch (range) {
    case 'metadata':
      return 'a cloud metadata address';
    case 'loopback':
      return 'a loopback address';
    case 'link_local':
      return 'a link-local address';
    case 'private':
      return 'a private-network address';
    case 'shared':
      return 'a shared (carrier-grade NAT) address';
    case 'unspecified':
      return 'an unspecified address';
    case 'multicast':
      return 'a multicast address';
    case 'broadcast':
      return 'a broadcast address';
    case 'documentation':
      return 'a documentation address';
    case 'benchmarking':
      return 'a benchmarking address';
    case 'reserved':
      return 'a reserved address';
    case 'public':
      return 'a public address';
  }
}
