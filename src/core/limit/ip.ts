/**
 * IP address parsing for rate-limit keys and allow-lists. Every address is
 * held as eight 16-bit groups; IPv4 (and IPv4-mapped IPv6) is stored as
 * `::ffff:a.b.c.d`, so one comparison serves both families.
 */

/** A parsed address. */
export interface IpAddress {
  /** Eight 16-bit groups. */
  readonly groups: readonly number[];
  /** True for IPv4 and IPv4-mapped IPv6 addresses. */
  readonly v4: boolean;
}

/** A parsed CIDR range over the eight-group form. */
export interface IpRange {
  readonly groups: readonly number[];
  /** Prefix length over 128 bits (an IPv4 /8 is 104). */
  readonly prefix: number;
}

const V4_PART = /^(0|[1-9][0-9]{0,2})$/;
const V6_GROUP = /^[0-9a-fA-F]{1,4}$/;

function parseV4(text: string): number[] | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const bytes: number[] = [];
  for (const part of parts) {
    // Leading zeros are refused: some parsers read them as octal.
    if (!V4_PART.test(part)) return undefined;
    const value = Number(part);
    if (value > 255) return undefined;
    bytes.push(value);
  }
  return bytes;
}

function parseV6(text: string): number[] | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const compressed = halves.length === 2;
  const head = halves[0] === '' ? [] : halves[0]!.split(':');
  const tail = compressed && halves[1] !== '' ? halves[1]!.split(':') : [];
  // An embedded IPv4 address may only be the last textual component.
  const lastPart = compressed ? tail : head;
  let embedded: number[] | undefined;
  const last = lastPart[lastPart.length - 1];
  if (last?.includes('.')) {
    embedded = parseV4(last);
    if (embedded === undefined) return undefined;
    lastPart.pop();
  }
  for (const group of [...head, ...tail]) {
    if (!V6_GROUP.test(group)) return undefined;
  }
  const explicit = head.length + tail.length + (embedded === undefined ? 0 : 2);
  if (compressed ? explicit > 7 : explicit !== 8) return undefined;
  const groups: number[] = [];
  for (const group of head) groups.push(Number.parseInt(group, 16));
  for (let i = explicit; i < 8; i++) groups.push(0);
  for (const group of tail) groups.push(Number.parseInt(group, 16));
  if (embedded !== undefined) {
    groups.push((embedded[0]! << 8) | embedded[1]!, (embedded[2]! << 8) | embedded[3]!);
  }
  return groups;
}

/**
 * Parses an IPv4 address (strict dotted quad) or an IPv6 address (any
 * valid textual form, optionally in brackets or with a zone id, which is
 * ignored). Returns `undefined` for anything else.
 */
export function parseIp(text: string): IpAddress | undefined {
  let value = text.trim();
  if (value.length === 0 || value.length > 64) return undefined;
  if (!value.includes(':')) {
    const bytes = parseV4(value);
    if (bytes === undefined) return undefined;
    return {
      groups: [0, 0, 0, 0, 0, 0xffff, (bytes[0]! << 8) | bytes[1]!, (bytes[2]! << 8) | bytes[3]!],
      v4: true,
    };
  }
  if (value.startsWith('[') && value.endsWith(']')) value = value.slice(1, -1);
  const zone = value.indexOf('%');
  if (zone !== -1) value = value.slice(0, zone);
  const groups = parseV6(value);
  if (groups === undefined) return undefined;
  const mapped =
    groups[0] === 0 &&
    groups[1] === 0 &&
    groups[2] === 0 &&
    groups[3] === 0 &&
    groups[4] === 0 &&
    groups[5] === 0xffff;
  return { groups, v4: mapped };
}

/** Keeps the first `prefix` of 128 bits and zeroes the rest. */
export function maskGroups(groups: readonly number[], prefix: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < 8; i++) {
    const bits = Math.max(0, Math.min(16, prefix - i * 16));
    const mask = bits === 0 ? 0 : (0xffff << (16 - bits)) & 0xffff;
    out.push(groups[i]! & mask);
  }
  return out;
}

/**
 * Parses `address` or `address/prefix` (IPv4 prefixes 0-32, IPv6 0-128).
 * Returns `undefined` when the text is not a valid address or range.
 */
export function parseIpRange(text: string): IpRange | undefined {
  const slash = text.indexOf('/');
  const address = parseIp(slash === -1 ? text : text.slice(0, slash));
  if (address === undefined) return undefined;
  const max = address.v4 ? 32 : 128;
  let prefix = max;
  if (slash !== -1) {
    const digits = text.slice(slash + 1).trim();
    if (!/^(0|[1-9][0-9]{0,2})$/.test(digits)) return undefined;
    prefix = Number(digits);
    if (prefix > max) return undefined;
  }
  const bits = address.v4 ? prefix + 96 : prefix;
  return { groups: maskGroups(address.groups, bits), prefix: bits };
}

/** Whether `address` lies in `range`. */
export function ipInRange(address: IpAddress, range: IpRange): boolean {
  const masked = maskGroups(address.groups, range.prefix);
  for (let i = 0; i < 8; i++) if (masked[i] !== range.groups[i]) return false;
  return true;
}

/**
 * A canonical bucket name for a client address: the dotted quad for IPv4,
 * and for IPv6 the `/subnet` prefix the address belongs to, so that the
 * many addresses of one host share a bucket.
 *
 * @example
 * ```ts
 * ipKey(parseIp('2001:db8::1:2:3:4')!, 64); // '2001:db8:0:0::/64'
 * ```
 */
export function ipKey(address: IpAddress, ipv6Subnet: number): string {
  const g = address.groups;
  if (address.v4) return `${g[6]! >> 8}.${g[6]! & 0xff}.${g[7]! >> 8}.${g[7]! & 0xff}`;
  if (ipv6Subnet >= 128) return g.map((group) => group.toString(16)).join(':');
  const masked = maskGroups(g, ipv6Subnet);
  const kept = masked.slice(0, Math.ceil(ipv6Subnet / 16)).map((group) => group.toString(16));
  return `${kept.join(':')}${kept.length < 8 ? '::' : ''}/${ipv6Subnet}`;
}
