import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { shannonEntropy } from '../../../src/core/redact/entropy.js';

/**
 * Shannon entropy summed position by position (each symbol at its first
 * occurrence), the order whose rounding every entropy floor was tuned on:
 * the result must match it to the last bit.
 */
function reference(text: string): number {
  const n = text.length;
  if (n === 0) return 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let sum = 0;
  const seen = new Set<number>();
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || seen.has(c)) continue;
    seen.add(c);
    const k = counts.get(c)!;
    sum += k * Math.log2(k);
  }
  for (const [c, k] of counts) if (c >= 128) sum += k * Math.log2(k);
  return Math.max(0, Math.log2(n) - sum / n);
}

describe('shannonEntropy', () => {
  it('measures bits per character', () => {
    expect(shannonEntropy('')).toBe(0);
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBe(2);
    expect(shannonEntropy('aabbccdd')).toBe(2);
  });

  test.prop([
    fc.oneof(
      fc.string({ unit: fc.constantFrom(...'abcdefABCDEF0123456789+/_-'), maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 120 }),
      fc.string({
        unit: fc.constantFrom('a', 'b', '\u00e9', '\u4e00'),
        minLength: 1000,
        maxLength: 3000,
      }),
    ),
  ])('equals the position-by-position sum to the last bit', (text) => {
    expect(shannonEntropy(text)).toBe(reference(text));
  });
});
