import { BlockList, isIP } from 'node:net';
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { ipInRange, ipKey, maskGroups, parseIp, parseIpRange } from '../../../src/core/limit/ip.js';

const group = fc.integer({ min: 0, max: 0xffff });
const groups = fc.array(group, { minLength: 8, maxLength: 8 });
const byte = fc.integer({ min: 0, max: 255 });
const v4 = fc.tuple(byte, byte, byte, byte).map((b) => b.join('.'));

/** Writes eight groups in one of the valid textual forms: full, zero-padded, compressed, or with an embedded IPv4 tail. */
function formatV6(g: readonly number[], style: number, zeroRun: [number, number]): string {
  const hex = g.map((x) => x.toString(16));
  if (style === 0) return hex.join(':');
  if (style === 1) return g.map((x) => x.toString(16).padStart(4, '0').toUpperCase()).join(':');
  if (style === 2) {
    const tail = `${g[6]! >> 8}.${g[6]! & 0xff}.${g[7]! >> 8}.${g[7]! & 0xff}`;
    return `${hex.slice(0, 6).join(':')}:${tail}`;
  }
  // Compress an arbitrary run of groups, whatever their values, after zeroing them.
  const [from, length] = zeroRun;
  const end = Math.min(8, from + Math.max(1, length));
  return `${hex.slice(0, from).join(':')}::${hex.slice(end).join(':')}`;
}

const v6Text = fc
  .tuple(
    groups,
    fc.integer({ min: 0, max: 3 }),
    fc.tuple(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 1, max: 8 })),
  )
  .map(([g, style, run]) => {
    if (style === 3) {
      const [from, length] = run;
      const end = Math.min(8, from + length);
      const zeroed = g.map((x, i) => (i >= from && i < end ? 0 : x));
      return { groups: zeroed, text: formatV6(zeroed, 3, run) };
    }
    return { groups: g, text: formatV6(g, style, run) };
  });

const ONES = [0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff];

/** The first `bits` bits of `high`, the rest of `low`. */
function splice(high: readonly number[], low: readonly number[], bits: number): number[] {
  const mask = maskGroups(ONES, bits);
  return high.map((x, i) => (x & mask[i]!) | (low[i]! & ~mask[i]! & 0xffff));
}

function hex(g: readonly number[]): string {
  return g.map((x) => x.toString(16)).join(':');
}

const noise = fc.string({
  unit: fc.constantFrom('0', '1', '9', 'a', 'F', 'g', ':', '.', '%', '/', '-'),
  maxLength: 45,
});

describe('ip parsing properties', () => {
  test.prop([
    fc.oneof(
      v4,
      v6Text.map((v) => v.text),
      noise,
    ),
  ])('accepts exactly what node:net accepts (zone ids aside)', (text) => {
    fc.pre(!text.includes('%'));
    expect(parseIp(text) !== undefined).toBe(isIP(text) !== 0);
  });

  test.prop([v6Text])(
    'reads every textual form of an address to the same groups',
    ({ groups: g, text }) => {
      const parsed = parseIp(text);
      expect(parsed?.groups).toEqual(g);
      expect(parseIp(`[${text}]`)?.groups).toEqual(g);
      expect(parseIp(`${text}%eth0`)?.groups).toEqual(g);
    },
  );

  test.prop([v4, v4, fc.integer({ min: 0, max: 32 })])(
    'matches IPv4 ranges as node:net BlockList does',
    (address, base, prefix) => {
      const list = new BlockList();
      list.addSubnet(base, prefix, 'ipv4');
      const range = parseIpRange(`${base}/${prefix}`)!;
      expect(ipInRange(parseIp(address)!, range)).toBe(list.check(address, 'ipv4'));
    },
  );

  test.prop([groups, groups, fc.integer({ min: 0, max: 128 }), fc.integer({ min: 0, max: 128 })])(
    'matches IPv6 ranges as node:net BlockList does',
    (base, low, prefix, shared) => {
      // The address takes its first `shared` bits from the range's base, so both answers occur.
      const text = hex(splice(base, low, shared));
      fc.pre(!parseIp(text)!.v4 && !parseIp(hex(base))!.v4);
      const list = new BlockList();
      list.addSubnet(hex(base), prefix, 'ipv6');
      const range = parseIpRange(`${hex(base)}/${prefix}`)!;
      expect(ipInRange(parseIp(text)!, range)).toBe(list.check(text, 'ipv6'));
    },
  );

  test.prop([groups, groups, fc.integer({ min: 1, max: 127 }), fc.integer({ min: 0, max: 128 })])(
    'gives two IPv6 addresses the same key exactly when they share the subnet prefix',
    (a, low, subnet, shared) => {
      const b = splice(a, low, shared);
      const pa = parseIp(hex(a))!;
      const pb = parseIp(hex(b))!;
      fc.pre(!pa.v4 && !pb.v4);
      const same = maskGroups(a, subnet).every((x, i) => x === maskGroups(b, subnet)[i]);
      expect(ipKey(pa, subnet) === ipKey(pb, subnet)).toBe(same);
    },
  );

  test.prop([v4])('treats IPv4-mapped IPv6 as the IPv4 address', (address) => {
    const mapped = parseIp(`::ffff:${address}`)!;
    expect(mapped.v4).toBe(true);
    expect(ipKey(mapped, 64)).toBe(address);
    expect(ipKey(parseIp(address)!, 64)).toBe(address);
  });
});
