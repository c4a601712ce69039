import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  fromBase64Loose,
  fromBase64UrlStrict,
  fromUtf8,
  randomBytes,
  toBase64,
  toBase64Url,
  toHex,
  utf8,
} from '../../../src/core/vault/bytes.js';

describe('bytes', () => {
  it('encodes the RFC 4648 section 10 vectors', () => {
    const cases = ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'];
    const expected = ['', 'Zg==', 'Zm8=', 'Zm9v', 'Zm9vYg==', 'Zm9vYmE=', 'Zm9vYmFy'];
    expect(cases.map((c) => toBase64(utf8(c)))).toEqual(expected);
    expect(toBase64Url(utf8('foob'))).toBe('Zm9vYg');
    expect(toBase64Url(Uint8Array.of(0xfb, 0xff))).toBe('-_8');
    expect(toHex(Uint8Array.of(0, 15, 255))).toBe('000fff');
  });

  it('rejects non-canonical base64url (non-zero trailing bits), padding and foreign characters', () => {
    expect(fromBase64UrlStrict('Zg')).toEqual(utf8('f'));
    expect(fromBase64UrlStrict('Zh')).toBeUndefined();
    expect(fromBase64UrlStrict('Zg==')).toBeUndefined();
    expect(fromBase64UrlStrict('Zm9v+')).toBeUndefined();
    expect(fromBase64UrlStrict('Z')).toBeUndefined();
    expect(fromBase64UrlStrict('Zm9 v')).toBeUndefined();
  });

  it('decodes loose base64 in either alphabet but not both', () => {
    expect(fromBase64Loose(' Zm9vYg== ')).toEqual(utf8('foob'));
    expect(fromBase64Loose('Zm9vYg')).toEqual(utf8('foob'));
    expect(fromBase64Loose('-_8')).toEqual(Uint8Array.of(0xfb, 0xff));
    expect(fromBase64Loose('+/8=')).toEqual(Uint8Array.of(0xfb, 0xff));
    expect(fromBase64Loose('+_8')).toBeUndefined();
    expect(fromBase64Loose('Zm9=v')).toBeUndefined();
  });

  it('decodes UTF-8 strictly', () => {
    expect(fromUtf8(utf8('caf\u00e9 \u{1f600}'))).toBe('caf\u00e9 \u{1f600}');
    expect(() => fromUtf8(Uint8Array.of(0xc3))).toThrow(TypeError);
  });

  it('draws random bytes beyond the Web Crypto quota', () => {
    const bytes = randomBytes(70_000);
    expect(bytes.length).toBe(70_000);
    expect(bytes.subarray(65_536).some((b) => b !== 0)).toBe(true);
  });

  test.prop([fc.uint8Array({ maxLength: 200 })])('base64url round-trips canonically', (bytes) => {
    const text = toBase64Url(bytes);
    expect(fromBase64UrlStrict(text)).toEqual(bytes);
    expect(Buffer.from(bytes).toString('base64url')).toBe(text);
    expect(Buffer.from(bytes).toString('base64')).toBe(toBase64(bytes));
  });
});
