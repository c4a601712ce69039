import { describe, expect, it } from 'vitest';
import {
  type AddressRange,
  classifyAddress,
  classifyHost,
  parseIPv4,
  parseIPv6,
} from '../../../src/core/tools/address.js';

// SSRF address-form table: every way of writing a non-public address that a
// URL parser or resolver accepts, and public controls.
const TABLE: readonly [string, AddressRange, string][] = [
  // IPv4 loopback in every inet_aton form
  ['127.0.0.1', 'loopback', '127.0.0.1'],
  ['127.1', 'loopback', '127.0.0.1'],
  ['127.0.1', 'loopback', '127.0.0.1'],
  ['2130706433', 'loopback', '127.0.0.1'],
  ['0x7f000001', 'loopback', '127.0.0.1'],
  ['0X7F000001', 'loopback', '127.0.0.1'],
  ['017700000001', 'loopback', '127.0.0.1'],
  ['0177.0.0.1', 'loopback', '127.0.0.1'],
  ['0x7f.0.0.1', 'loopback', '127.0.0.1'],
  ['0x7f.1', 'loopback', '127.0.0.1'],
  ['0177.0000.0000.0001', 'loopback', '127.0.0.1'],
  ['127.0.0.1.', 'loopback', '127.0.0.1'],
  ['127.255.255.254', 'loopback', '127.255.255.254'],
  // unspecified
  ['0', 'unspecified', '0.0.0.0'],
  ['0.0.0.0', 'unspecified', '0.0.0.0'],
  ['0x0', 'unspecified', '0.0.0.0'],
  // RFC 1918 and friends
  ['10.0.0.1', 'private', '10.0.0.1'],
  ['012.0.0.1', 'private', '10.0.0.1'],
  ['167772161', 'private', '10.0.0.1'],
  ['172.16.0.1', 'private', '172.16.0.1'],
  ['172.31.255.255', 'private', '172.31.255.255'],
  ['192.168.1.1', 'private', '192.168.1.1'],
  ['0xc0a80101', 'private', '192.168.1.1'],
  ['3232235777', 'private', '192.168.1.1'],
  ['100.64.0.1', 'shared', '100.64.0.1'],
  ['169.254.1.1', 'link_local', '169.254.1.1'],
  // cloud metadata
  ['169.254.169.254', 'metadata', '169.254.169.254'],
  ['2852039166', 'metadata', '169.254.169.254'],
  ['0xa9fea9fe', 'metadata', '169.254.169.254'],
  ['0251.0376.0251.0376', 'metadata', '169.254.169.254'],
  ['169.254.43518', 'metadata', '169.254.169.254'],
  ['169.254.170.2', 'metadata', '169.254.170.2'],
  ['100.100.100.200', 'metadata', '100.100.100.200'],
  // other special ranges
  ['224.0.0.1', 'multicast', '224.0.0.1'],
  ['255.255.255.255', 'broadcast', '255.255.255.255'],
  ['240.0.0.1', 'reserved', '240.0.0.1'],
  ['192.0.0.8', 'reserved', '192.0.0.8'],
  ['192.0.2.1', 'documentation', '192.0.2.1'],
  ['198.18.0.1', 'benchmarking', '198.18.0.1'],
  // IPv6
  ['::1', 'loopback', '::1'],
  ['[::1]', 'loopback', '::1'],
  ['0:0:0:0:0:0:0:1', 'loopback', '::1'],
  ['::', 'unspecified', '::'],
  ['fe80::1', 'link_local', 'fe80::1'],
  ['fe80::1%eth0', 'link_local', 'fe80::1'],
  ['febf::1', 'link_local', 'febf::1'],
  ['fc00::1', 'private', 'fc00::1'],
  ['fd12:3456::1', 'private', 'fd12:3456::1'],
  ['fec0::1', 'private', 'fec0::1'],
  ['ff02::1', 'multicast', 'ff02::1'],
  ['fd00:ec2::254', 'metadata', 'fd00:ec2::254'],
  ['2001:db8::1', 'documentation', '2001:db8::1'],
  ['2001::1', 'reserved', '2001::1'],
  ['100::1', 'reserved', '100::1'],
  // IPv4 embedded in IPv6
  ['::ffff:127.0.0.1', 'loopback', '::ffff:7f00:1'],
  ['::ffff:7f00:1', 'loopback', '::ffff:7f00:1'],
  ['[::ffff:169.254.169.254]', 'metadata', '::ffff:a9fe:a9fe'],
  ['0:0:0:0:0:ffff:a9fe:a9fe', 'metadata', '::ffff:a9fe:a9fe'],
  ['::ffff:10.0.0.1', 'private', '::ffff:a00:1'],
  ['::127.0.0.1', 'loopback', '::7f00:1'],
  ['::ffff:0:127.0.0.1', 'loopback', '::ffff:0:7f00:1'],
  ['64:ff9b::127.0.0.1', 'loopback', '64:ff9b::7f00:1'],
  ['64:ff9b::a9fe:a9fe', 'metadata', '64:ff9b::a9fe:a9fe'],
  ['64:ff9b:1::1', 'private', '64:ff9b:1::1'],
  ['2002:7f00:1::', 'loopback', '2002:7f00:1::'],
  ['2002:c0a8:101::1', 'private', '2002:c0a8:101::1'],
  // public controls
  ['8.8.8.8', 'public', '8.8.8.8'],
  ['134744072', 'public', '8.8.8.8'],
  ['1.1.1.1', 'public', '1.1.1.1'],
  ['172.32.0.1', 'public', '172.32.0.1'],
  ['2606:4700:4700::1111', 'public', '2606:4700:4700::1111'],
  ['::ffff:8.8.8.8', 'public', '::ffff:808:808'],
  ['64:ff9b::8.8.8.8', 'public', '64:ff9b::808:808'],
  ['2002:808:808::1', 'public', '2002:808:808::1'],
];

describe('classifyAddress (SSRF address-form table)', () => {
  for (const [input, range, canonical] of TABLE) {
    it(`${input} is ${range}`, () => {
      const result = classifyAddress(input);
      expect(result?.range).toBe(range);
      expect(result?.address).toBe(canonical);
    });
  }

  it('reports the embedded IPv4 address that decided an IPv6 range', () => {
    expect(classifyAddress('::ffff:127.0.0.1')).toEqual({
      family: 6,
      address: '::ffff:7f00:1',
      range: 'loopback',
      embedded: '127.0.0.1',
    });
  });

  it('returns undefined for host names and malformed literals', () => {
    for (const input of [
      'example.com',
      '1.2.3.com',
      '256.1.1.1',
      '1.2.3.4.5',
      '4294967296',
      '08.0.0.1',
      '1..1',
      '::1::',
      '1:2:3:4:5:6:7:8:9',
      '12345::1',
      '::1.2.3',
      '::256.1.1.1',
      'gggg::1',
      '',
    ]) {
      expect(classifyAddress(input), input).toBeUndefined();
    }
  });

  it('parses the inet_aton forms exactly', () => {
    expect(parseIPv4('1.16777215')).toBe(0x01ffffff);
    expect(parseIPv4('1.16777216')).toBeUndefined();
    expect(parseIPv4('0x')).toBe(0);
    expect(parseIPv4('1.2.3.4.')).toBe(0x01020304);
    expect(parseIPv4('1.2.3.4..')).toBeUndefined();
    expect(parseIPv6('1::')).toEqual(Uint16Array.of(1, 0, 0, 0, 0, 0, 0, 0));
    expect(parseIPv6('1:2:3:4:5:6:1.2.3.4')).toEqual(
      Uint16Array.of(1, 2, 3, 4, 5, 6, 0x102, 0x304),
    );
  });
});

describe('classifyHost', () => {
  const hosts: readonly [string, AddressRange][] = [
    ['localhost', 'loopback'],
    ['LOCALHOST.', 'loopback'],
    ['api.localhost', 'private'],
    ['metadata.google.internal', 'metadata'],
    ['metadata', 'metadata'],
    ['instance-data', 'metadata'],
    ['printer.local', 'private'],
    ['db.internal', 'private'],
    ['router.home.arpa', 'private'],
    ['jenkins', 'private'],
    ['1.2.3.4.5', 'reserved'],
    ['example.0x10', 'reserved'],
    ['[::1]', 'loopback'],
    ['example.com', 'public'],
    ['example.com.', 'public'],
    ['xn--bcher-kva.example', 'public'],
  ];
  for (const [host, range] of hosts) {
    it(`${host} is ${range}`, () => expect(classifyHost(host).range).toBe(range));
  }
});
