import { createHash, createHmac } from 'node:crypto';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { keccak256, sponge256 } from '../../../src/core/redact/keccak.js';
import { createHmacSha256, hmacSha256, sha256, toHex } from '../../../src/core/redact/sha256.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (n: number, value: number): Uint8Array => new Uint8Array(n).fill(value);

describe('sha256', () => {
  it('matches the FIPS 180-4 example messages', () => {
    expect(toHex(sha256(utf8('abc')))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(toHex(sha256(utf8('')))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(toHex(sha256(utf8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(toHex(sha256(bytes(1_000_000, 0x61)))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });

  test.prop([fc.uint8Array({ maxLength: 300 })])('agrees with node:crypto', (message) => {
    expect(toHex(sha256(message))).toBe(createHash('sha256').update(message).digest('hex'));
  });
});

describe('hmacSha256', () => {
  // RFC 4231, test cases 1-4, 6 and 7 (5 checks truncation: compared on 16 bytes).
  const cases: [string, Uint8Array, Uint8Array, string][] = [
    [
      '1',
      bytes(20, 0x0b),
      utf8('Hi There'),
      'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
    ],
    [
      '2',
      utf8('Jefe'),
      utf8('what do ya want for nothing?'),
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    ],
    [
      '3',
      bytes(20, 0xaa),
      bytes(50, 0xdd),
      '773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe',
    ],
    [
      '4',
      Uint8Array.from({ length: 25 }, (_, i) => i + 1),
      bytes(50, 0xcd),
      '82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b',
    ],
    [
      '6',
      bytes(131, 0xaa),
      utf8('Test Using Larger Than Block-Size Key - Hash Key First'),
      '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
    ],
    [
      '7',
      bytes(131, 0xaa),
      utf8(
        'This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.',
      ),
      '9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2',
    ],
  ];
  it.each(cases)('matches RFC 4231 test case %s', (_name, key, data, expected) => {
    expect(toHex(hmacSha256(key, data))).toBe(expected);
  });

  it('matches RFC 4231 test case 5 truncated to 128 bits', () => {
    expect(toHex(hmacSha256(bytes(20, 0x0c), utf8('Test With Truncation'))).slice(0, 32)).toBe(
      'a3b6167473100ee06e0c796c2955552b',
    );
  });

  test.prop([fc.uint8Array({ maxLength: 200 }), fc.uint8Array({ maxLength: 300 })])(
    'agrees with node:crypto for any key and message, and reuses its pads',
    (key, message) => {
      const expected = createHmac('sha256', key).update(message).digest('hex');
      const mac = createHmacSha256(key);
      expect(toHex(mac(message))).toBe(expected);
      expect(toHex(mac(message))).toBe(expected);
    },
  );
});

describe('keccak256', () => {
  it('matches the published Keccak-256 digests', () => {
    expect(toHex(keccak256(utf8('')))).toBe(
      'c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470',
    );
    expect(toHex(keccak256(utf8('abc')))).toBe(
      '4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45',
    );
  });

  test.prop([fc.uint8Array({ maxLength: 500 })])(
    'runs the same permutation as SHA3-256 (node:crypto) across block boundaries',
    (message) => {
      expect(toHex(sponge256(message, 0x06))).toBe(
        createHash('sha3-256').update(message).digest('hex'),
      );
    },
  );
});
