import { crc32 as zlibCrc32 } from 'node:zlib';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  base58Check,
  base58CheckEncode,
  base58Decode,
  base58Encode,
  base62,
  base62Crc32Token,
  bech32Address,
  crc32,
  eip55,
  iban,
  ibanCheckDigits,
  luhn,
  luhnCheckDigit,
  medicare,
  medicareCheckDigit,
  tfn,
  verhoeff,
  verhoeffCheckDigit,
} from '../../../src/core/redact/checksums.js';

const digits = (min: number, max: number) =>
  fc.stringMatching(new RegExp(`^[0-9]{${min},${max}}$`));

describe('luhn', () => {
  it('accepts the ISO/IEC 7812 example and the networks published test numbers', () => {
    for (const n of [
      '79927398713',
      '4111111111111111',
      '5555555555554444',
      '378282246310005',
      '6011111111111117',
      '3530111333300000',
    ]) {
      expect(luhn(n), n).toBe(true);
    }
  });

  it('rejects a wrong check digit, non-digits and one digit', () => {
    expect(luhn('79927398710')).toBe(false);
    expect(luhn('4111111111111112')).toBe(false);
    expect(luhn('4111-1111')).toBe(false);
    expect(luhn('0')).toBe(false);
  });

  test.prop([digits(1, 18), fc.nat(), fc.integer({ min: 1, max: 9 })])(
    'the computed check digit passes and every single-digit change fails',
    (payload, at, delta) => {
      const number = payload + luhnCheckDigit(payload);
      expect(luhn(number)).toBe(true);
      const i = at % number.length;
      const changed = number.slice(0, i) + ((Number(number[i]) + delta) % 10) + number.slice(i + 1);
      expect(luhn(changed)).toBe(false);
    },
  );
});

describe('iban', () => {
  it('accepts published examples (ECBS, national banks)', () => {
    for (const n of [
      'GB82WEST12345698765432',
      'DE89370400440532013000',
      'FR1420041010050500013M02606',
      'NL91ABNA0417164300',
      'CH9300762011623852957',
    ]) {
      expect(iban(n), n).toBe(true);
    }
  });

  it('rejects a wrong check, a wrong length and an unknown country', () => {
    expect(iban('GB82WEST12345698765431')).toBe(false);
    expect(iban('GB82WEST1234569876543')).toBe(false);
    expect(iban('QQ82WEST12345698765432')).toBe(false);
  });

  test.prop([digits(18, 18), fc.nat(), fc.integer({ min: 1, max: 9 })])(
    'computed check digits pass mod-97 and a substitution fails',
    (bban, at, delta) => {
      const good = `DE${ibanCheckDigits('DE', bban)}${bban}`;
      expect(iban(good)).toBe(true);
      const i = 4 + (at % 18);
      const bad = good.slice(0, i) + ((Number(good[i]) + delta) % 10) + good.slice(i + 1);
      expect(iban(bad)).toBe(false);
    },
  );
});

describe('crc32 and GitHub-format token checksums', () => {
  it('gives the CRC-32/ISO-HDLC check value', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
    expect(crc32('')).toBe(0);
  });

  test.prop([fc.string({ unit: 'grapheme-ascii', maxLength: 80 })])('agrees with zlib', (text) => {
    expect(crc32(text)).toBe(zlibCrc32(text));
  });

  it('encodes base62 with the digits-upper-lower alphabet and zero padding', () => {
    expect(base62(0, 6)).toBe('000000');
    expect(base62(61, 2)).toBe('0z');
    expect(base62(62, 1)).toBe('10');
    expect(base62(0xffffffff, 6)).toBe('4gfFC3');
  });

  test.prop([fc.stringMatching(/^[A-Za-z0-9]{30}$/), fc.nat(35)])(
    'accepts a body whose last six characters are its CRC32 and rejects a one-character change',
    (random, at) => {
      const body = random + base62(crc32(random), 6);
      expect(base62Crc32Token(body)).toBe(true);
      const c = body[at]!;
      const bad = body.slice(0, at) + (c === 'A' ? 'B' : 'A') + body.slice(at + 1);
      expect(base62Crc32Token(bad)).toBe(false);
    },
  );
});

describe('verhoeff', () => {
  it('accepts the textbook examples and rejects their mutations', () => {
    expect(verhoeff('2363')).toBe(true);
    expect(verhoeff('12340')).toBe(true);
    expect(verhoeff('2364')).toBe(false);
    expect(verhoeffCheckDigit('236')).toBe('3');
    expect(verhoeffCheckDigit('1234')).toBe('0');
  });

  test.prop([digits(2, 15), fc.nat(), fc.integer({ min: 1, max: 9 })])(
    'detects every single-digit error and adjacent transposition',
    (payload, at, delta) => {
      const number = payload + verhoeffCheckDigit(payload);
      expect(verhoeff(number)).toBe(true);
      const i = at % number.length;
      const changed = number.slice(0, i) + ((Number(number[i]) + delta) % 10) + number.slice(i + 1);
      expect(verhoeff(changed)).toBe(false);
      const j = at % (number.length - 1);
      if (number[j] !== number[j + 1]) {
        const swapped = number.slice(0, j) + number[j + 1] + number[j] + number.slice(j + 2);
        expect(verhoeff(swapped)).toBe(false);
      }
    },
  );
});

describe('tfn and medicare', () => {
  it('accepts published Tax File Numbers and rejects a changed digit', () => {
    expect(tfn('123456782')).toBe(true);
    expect(tfn('876543210')).toBe(true);
    expect(tfn('123456789')).toBe(false);
    expect(tfn('12345678')).toBe(false);
  });

  it('accepts Medicare numbers with a valid ninth digit, with or without the issue number', () => {
    expect(medicare('2123456701')).toBe(true);
    expect(medicare('2428778132')).toBe(true);
    expect(medicare('24287781321')).toBe(true);
    expect(medicare('2428778142')).toBe(false);
    expect(medicare('7428778132')).toBe(false);
  });

  test.prop([fc.integer({ min: 2, max: 6 }), digits(7, 7), fc.integer({ min: 0, max: 9 })])(
    'the computed Medicare check digit passes; any other fails',
    (first, rest, other) => {
      const payload = `${first}${rest}`;
      const check = medicareCheckDigit(payload);
      expect(medicare(`${payload}${check}1`)).toBe(true);
      if (String(other) !== check) expect(medicare(`${payload}${other}1`)).toBe(false);
    },
  );
});

describe('crypto addresses', () => {
  it('checks Base58Check addresses (Bitcoin genesis and a P2SH example)', () => {
    expect(base58Check('1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa')?.[0]).toBe(0);
    expect(base58Check('3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy')?.[0]).toBe(5);
    expect(base58Check('1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb')).toBeUndefined();
    expect(base58Decode('0OIl')).toBeUndefined();
  });

  test.prop([fc.uint8Array({ maxLength: 40 })])(
    'base58 round-trips, leading zeros included',
    (bytes) => {
      expect(base58Decode(base58Encode(bytes))).toEqual(bytes);
      expect(
        base58Check(base58CheckEncode(bytes.length === 0 ? Uint8Array.of(0) : bytes)),
      ).toBeDefined();
    },
  );

  it('checks BIP-173 (Bech32) and BIP-350 (Bech32m) vectors', () => {
    expect(bech32Address('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4')).toBe(true);
    expect(bech32Address('bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3')).toBe(
      true,
    );
    expect(bech32Address('bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0')).toBe(
      true,
    );
    expect(bech32Address('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5')).toBe(false);
    expect(bech32Address('bc1bw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4')).toBe(false);
  });

  it('checks the EIP-55 test vectors and rejects a flipped case', () => {
    for (const a of [
      '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
      '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
      '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB',
      '0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb',
    ]) {
      expect(eip55(a), a).toBe(true);
    }
    expect(eip55('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD')).toBe(false);
    expect(eip55('0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed')).toBe(true);
    expect(eip55('0x5aaeb6053f3e94c9b9a09f33669435e7ef1bea')).toBe(false);
  });
});
