import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../src/core/redact/sha256.js';
import { sha256Bytes, sha256Hex } from '../src/internal/hash.js';
import { anyText } from './arbitraries.js';

const hex = (bytes: Uint8Array): string =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

describe('internal SHA-256', () => {
  it('matches the FIPS 180-2 test vectors', () => {
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hex(sha256Bytes('abc'))).toBe(sha256Hex('abc'));
    expect(sha256Bytes('abc')).toBeInstanceOf(Uint8Array);
    expect(sha256Bytes('abc').length).toBe(32);
  });

  // The native path and parapet's own implementation agree on any string,
  // lone surrogates included (both encode them as U+FFFD).
  test.prop([anyText()], { numRuns: 300 })('agrees with the portable implementation', (text) => {
    const portable = hex(sha256(new TextEncoder().encode(text)));
    expect(sha256Hex(text)).toBe(portable);
    expect(hex(sha256Bytes(text))).toBe(portable);
  });
});
