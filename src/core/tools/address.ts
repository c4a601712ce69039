/**
 * IP address parsing and classification for SSRF protection. Pure string
 * work: no DNS. Ranges follow the IANA special-purpose registries (RFC 6890
 * and its updates); anything not known to be globally routable is treated as
 * non-public.
 */

/** Where an address points, from the point of view of SSRF. Only `public` may be fetched by default. */
export type AddressRange =
  | 'public'
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'shared'
  | 'link_local'
  | 'metadata'
  | 'multicast'
  | 'broadcast'
  | 'documentation'
  | 'benchmarking'
  | 'reserved';

/** A parsed IP literal with its range. */
export interface AddressClass {
  readonly family: 4 | 6;
  /** Canonical text: dotted quad, or RFC 5952 IPv6 (without brackets or zone). */
  readonly address: string;
  readonly range: AddressRange;
  /** The IPv4 address an IPv6 form embeds (mapped, compatible, NAT64, 6to4), when it decided the range. */
  readonly embedded?: string;
}

/**
 * Parses IPv4 the way `inet_aton` and the WHATWG URL standard do: one to four
 * parts, each decimal, octal (leading `0`) or hex (`0x`), the last part
 * filling the remaining bytes, one trailing dot allowed. `2130706433`,
 * `0x7f.1`, `0177.0.0.1` and `127.1` are all 127.0.0.1: an SSRF filter that
 * only knows dotted decimal is bypassed by them.
 */
export function parseIPv4(text: string): number | undefined {
  let parts = text.split('.');
  if (parts.length > 1 && parts[parts.length - 1] === '') parts = parts.slice(0, -1);
  if (parts.length === 0 || parts.length > 4) return undefined;
  const values: number[] = [];
  for (const part of parts) {
    const value = parseIPv4Part(part);
    if (value === undefined) return undefined;
    values.push(value);
  }
  const last = values.length - 1;
  for (let i = 0; i < last; i++) if (values[i]! > 255) return undefined;
  if (values[last]! >= 256 ** (4 - last)) return undefined;
  let n = values[last]!;
  for (let i = 0; i < last; i++) n += values[i]! * 256 ** (3 - i);
  return n;
}

function parseIPv4Part(part: string): number | undefined {
  if (part === '' || part.length > 40) return undefined;
  let radix = 10;
  let digits = part;
  if (/^0[xX]/.test(part)) {
    radix = 16;
    digits = part.slice(2);
    if (digits === '') return 0;
  } else if (part.length > 1 && part[0] === '0') {
    radix = 8;
    digits = part.slice(1);
  }
  const valid = radix === 16 ? /^[0-9a-fA-F]+$/ : radix === 8 ? /^[0-7]+$/ : /^[0-9]+$/;
  if (!valid.test(digits)) return undefined;
  const value = Number.parseInt(digits, radix);
  return Number.isSafeInteger(value) ? value : Number.POSITIVE_INFINITY;
}

/**
 * Parses an IPv6 address (RFC 4291 section 2.2 text forms: `::` compression,
 * a trailing dotted IPv4, an optional `%zone`, optional brackets) into eight
 * 16-bit groups.
 */
export function parseIPv6(text: string): Uint16Array | undefined {
  let t = text;
  if (t.startsWith('[') && t.endsWith(']')) t = t.slice(1, -1);
  const zone = t.indexOf('%');
  if (zone >= 0) t = t.slice(0, zone);
  if (t.length < 2 || t.length > 45 || !/^[0-9a-fA-F:.]+$/.test(t)) return undefined;
  const halves = t.split('::');
  if (halves.length > 2) return undefined;
  const groupsOf = (half: string): number[] | undefined => {
    if (half === '') return [];
    const out: number[] = [];
    const pieces = half.split(':');
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i]!;
      if (piece.includes('.')) {
        // Dotted IPv4 is allowed only as the last 32 bits, in strict dotted-decimal.
        if (
          i !== pieces.length - 1 ||
          !/^[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}$/.test(piece)
        ) {
          return undefined;
        }
        const bytes = piece.split('.').map(Number);
        if (bytes.some((b) => b > 255)) return undefined;
        out.push((bytes[0]! << 8) | bytes[1]!, (bytes[2]! << 8) | bytes[3]!);
      } else {
        if (!/^[0-9a-fA-F]{1,4}$/.test(piece)) return undefined;
        out.push(Number.parseInt(piece, 16));
      }
    }
    return out;
  };
  const head = groupsOf(halves[0]!);
  const tail = halves.length === 2 ? groupsOf(halves[1]!) : [];
  if (head === undefined || tail === undefined) return undefined;
  const groups = new Uint16Array(8);
  if (halves.length === 2) {
    if (head.length + tail.length > 7) return undefined;
    groups.set(head, 0);
    groups.set(tail, 8 - tail.length);
  } else {
    if (head.length !== 8) return undefined;
    groups.set(head, 0);
  }
  return groups;
}

// [first address, prefix length, range] per IANA IPv4 special-purpose registry (RFC 6890).
const V4_RANGES: readonly (readonly [number, number, AddressRange])[] = [
  [0x00000000, 8, 'unspecified'], // 0.0.0.0/8 "this network"
  [0x0a000000, 8, 'private'], // 10.0.0.0/8 (RFC 1918)
  [0x64400000, 10, 'shared'], // 100.64.0.0/10 carrier-grade NAT (RFC 6598)
  [0x7f000000, 8, 'loopback'], // 127.0.0.0/8
  [0xa9fe0000, 16, 'link_local'], // 169.254.0.0/16 (RFC 3927)
  [0xac100000, 12, 'private'], // 172.16.0.0/12 (RFC 1918)
  [0xc0000000, 24, 'reserved'], // 192.0.0.0/24 IETF protocol assignments
  [0xc0000200, 24, 'documentation'], // 192.0.2.0/24 TEST-NET-1 (RFC 5737)
  [0xc0586300, 24, 'reserved'], // 192.88.99.0/24 6to4 relay anycast (RFC 7526)
  [0xc0a80000, 16, 'private'], // 192.168.0.0/16 (RFC 1918)
  [0xc6120000, 15, 'benchmarking'], // 198.18.0.0/15 (RFC 2544)
  [0xc6336400, 24, 'documentation'], // 198.51.100.0/24 TEST-NET-2
  [0xcb007100, 24, 'documentation'], // 203.0.113.0/24 TEST-NET-3
  [0xe0000000, 4, 'multicast'], // 224.0.0.0/4
  [0xffffffff, 32, 'broadcast'], // 255.255.255.255
  [0xf0000000, 4, 'reserved'], // 240.0.0.0/4
];

/** Range of an IPv4 address given as a 32-bit unsigned integer. */
export function classifyIPv4(n: number): AddressRange {
  // Cloud instance metadata services: AWS, GCP, Azure, OpenStack, Oracle
  // (169.254.169.254), AWS ECS task metadata (169.254.170.2) and Alibaba
  // Cloud (100.100.100.200). Named separately because they are the classic
  // SSRF target (OWASP SSRF Prevention Cheat Sheet).
  if (n === 0xa9fea9fe || n === 0xa9feaa02 || n === 0x646464c8) return 'metadata';
  for (const [base, bits, range] of V4_RANGES) {
    if (n >= base && n < base + 2 ** (32 - bits)) return range;
  }
  return 'public';
}

function v4Text(n: number): string {
  return `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

function v6Text(groups: Uint16Array): string {
  // RFC 5952: lowercase, no leading zeros, the longest run (>= 2) of zero groups as `::`.
  let bestStart = -1;
  let bestLength = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength && j - i >= 2) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = Array.from(groups, (g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

/** Classifies eight IPv6 groups; IPv4 embedded by translation mechanisms is classified as IPv4. */
export function classifyIPv6(groups: Uint16Array): { range: AddressRange; embedded?: string } {
  const g = (i: number) => groups[i]!;
  const zeroTo = (end: number) => groups.subarray(0, end).every((x) => x === 0);
  const low32 = ((g(6) << 16) | g(7)) >>> 0;
  const embedded = (n: number) => ({ range: classifyIPv4(n), embedded: v4Text(n) });
  if (zeroTo(8)) return { range: 'unspecified' };
  if (zeroTo(7) && g(7) === 1) return { range: 'loopback' };
  // ::ffff:a.b.c.d (IPv4-mapped, RFC 4291 2.5.5.2) reaches the IPv4 host on dual-stack sockets.
  if (zeroTo(5) && g(5) === 0xffff) return embedded(low32);
  // ::a.b.c.d (IPv4-compatible, deprecated) and ::ffff:0:a.b.c.d (SIIT, RFC 6052 2.1).
  if (zeroTo(6)) return embedded(low32);
  if (zeroTo(4) && g(4) === 0xffff && g(5) === 0) return embedded(low32);
  // 64:ff9b::/96 well-known NAT64 prefix (RFC 6052) translates to the embedded IPv4.
  if (g(0) === 0x64 && g(1) === 0xff9b && g(2) === 0 && g(3) === 0 && g(4) === 0 && g(5) === 0) {
    return embedded(low32);
  }
  // 64:ff9b:1::/48 local-use NAT64 (RFC 8215).
  if (g(0) === 0x64 && g(1) === 0xff9b && g(2) === 1) return { range: 'private' };
  // 2002::/16 6to4 (RFC 3056) embeds an IPv4 address in bits 16..47.
  if (g(0) === 0x2002) return embedded(((g(1) << 16) | g(2)) >>> 0);
  // fd00:ec2::254, the AWS instance metadata service over IPv6.
  if (
    g(0) === 0xfd00 &&
    g(1) === 0x0ec2 &&
    g(7) === 0x254 &&
    groups.subarray(2, 7).every((x) => x === 0)
  ) {
    return { range: 'metadata' };
  }
  if ((g(0) & 0xfe00) === 0xfc00) return { range: 'private' };
  if ((g(0) & 0xffc0) === 0xfe80) return { range: 'link_local' };
  if ((g(0) & 0xffc0) === 0xfec0) return { range: 'private' };
  if ((g(0) & 0xff00) === 0xff00) return { range: 'multicast' };
  if (g(0) === 0x2001 && g(1) === 0x0db8) return { range: 'documentation' };
  if (g(0) === 0x3fff && (g(1) & 0xf000) === 0) return { range: 'documentation' };
  // 2001::/23 holds IETF protocol assignments (Teredo, ORCHID, benchmarking...).
  if (g(0) === 0x2001 && g(1) < 0x0200) return { range: 'reserved' };
  // Only 2000::/3 is global unicast; 100::/64 (discard) and the rest are not routable.
  if ((g(0) & 0xe000) !== 0x2000) return { range: 'reserved' };
  return { range: 'public' };
}

/**
 * Classifies an IP literal: IPv4 in any `inet_aton` form, or IPv6 with or
 * without brackets and zone. Returns undefined for anything that is not an
 * IP literal (a host name).
 *
 * @example
 * ```ts
 * classifyAddress('0x7f.1')?.range; // 'loopback'
 * classifyAddress('[::ffff:169.254.169.254]')?.range; // 'metadata'
 * classifyAddress('example.com'); // undefined
 * ```
 */
export function classifyAddress(text: string): AddressClass | undefined {
  if (typeof text !== 'string') return undefined;
  if (text.includes(':')) {
    const groups = parseIPv6(text);
    if (groups === undefined) return undefined;
    const { range, embedded } = classifyIPv6(groups);
    return {
      family: 6,
      address: v6Text(groups),
      range,
      ...(embedded === undefined ? {} : { embedded }),
    };
  }
  // A host is parsed as IPv4 only when its last label is numeric, as in the
  // WHATWG URL "ends in a number" rule; `1.2.3.com` stays a host name.
  const n = parseIPv4(text);
  if (n === undefined) return undefined;
  return { family: 4, address: v4Text(n), range: classifyIPv4(n) };
}

// Names that resolve to the local machine or to a metadata service wherever
// they are looked up (RFC 6761 for localhost; cloud provider documentation).
const LOCAL_NAMES = new Set([
  'localhost',
  'localhost.localdomain',
  'ip6-localhost',
  'ip6-loopback',
]);
const METADATA_NAMES = new Set([
  'metadata',
  'metadata.google.internal',
  'metadata.goog',
  'instance-data',
  'instance-data.ec2.internal',
]);
// Suffixes reserved for private use or never delegated in public DNS
// (RFC 6761, RFC 6762 .local, RFC 8375 home.arpa, ICANN's .internal).
const PRIVATE_SUFFIXES = [
  '.localhost',
  '.local',
  '.internal',
  '.home.arpa',
  '.localdomain',
  '.lan',
  '.intranet',
  '.corp',
];

/** A host name or IP literal, classified without DNS. */
export interface HostClass {
  /** Lowercased host without brackets or trailing dot. */
  readonly host: string;
  readonly range: AddressRange;
  /** Set when the host is an IP literal. */
  readonly ip?: AddressClass;
}

/**
 * Classifies a URL host without DNS: IP literals by range; `localhost`,
 * metadata names, private-use suffixes and single-label names (which resolve
 * through search domains to internal hosts) as non-public; any other name as
 * public. A public name can still resolve to a private address: check the
 * resolved address too (the Node helper does), and connect to that address.
 *
 * @example
 * ```ts
 * classifyHost('Metadata.Google.Internal.').range; // 'metadata'
 * classifyHost('jenkins').range; // 'private' (single-label names resolve through search domains)
 * classifyHost('api.example.com').range; // 'public'
 * ```
 */
export function classifyHost(host: string): HostClass {
  let h = host.toLowerCase();
  if (h.startsWith('[') && h.endsWith(']')) h = h.slice(1, -1);
  while (h.endsWith('.')) h = h.slice(0, -1);
  const ip = classifyAddress(h);
  if (ip !== undefined) return { host: h, range: ip.range, ip };
  if (LOCAL_NAMES.has(h)) return { host: h, range: 'loopback' };
  if (METADATA_NAMES.has(h)) return { host: h, range: 'metadata' };
  if (h === '' || !h.includes('.')) return { host: h, range: 'private' };
  // A name whose last label is numeric is an IPv4 form that did not parse
  // (`1.2.3.4.5`, `0x1.0x100000000`): URL parsers reject it, resolvers vary.
  if (/^(?:0x[0-9a-f]*|[0-9]+)$/.test(h.slice(h.lastIndexOf('.') + 1))) {
    return { host: h, range: 'reserved' };
  }
  for (const suffix of PRIVATE_SUFFIXES)
    if (h.endsWith(suffix)) return { host: h, range: 'private' };
  return { host: h, range: 'public' };
}
