import { createSanitizer, normalize } from 'parapet';
import { bench, describe, expect } from 'vitest';
import { adversarialText, englishAscii, KB, MB, mixedUnicode, sized } from './fixtures.js';

const sanitizer = createSanitizer({ maxLength: 2 * MB });

for (const [label, size] of [
  ['1KB', KB],
  ['64KB', 64 * KB],
  ['1MB', MB],
] as const) {
  const ascii = englishAscii(size);
  const mixed = mixedUnicode(size);

  // Correct output first: timing a wrong answer proves nothing.
  expect(normalize(ascii).text).toBe(ascii.toLowerCase().replace(/\n\n/g, '\n'));
  expect(sanitizer.sanitize(ascii).changed).toBe(false);
  expect(normalize(mixed).stats.legitimate).toBeGreaterThan(0);
  expect(normalize(mixed).stats.invisible).toBe(0);
  expect(sanitizer.sanitize(mixed).text).toBe(mixed);

  describe(`text ${label}`, () => {
    bench(sized(`normalize ascii ${label}`, ascii), () => {
      normalize(ascii);
    });
    bench(sized(`sanitize ascii ${label}`, ascii), () => {
      sanitizer.sanitize(ascii);
    });
    bench(sized(`normalize mixed ${label}`, mixed), () => {
      normalize(mixed);
    });
    bench(sized(`sanitize mixed ${label}`, mixed), () => {
      sanitizer.sanitize(mixed);
    });
  });
}

describe('text adversarial 1MB', () => {
  for (const [name, input] of Object.entries(adversarialText(MB))) {
    const n = normalize(input);
    expect(n.text.length).toBeLessThanOrEqual(input.length);
    const s = sanitizer.sanitize(input);
    expect(s.text.length).toBeLessThanOrEqual(input.length);
    bench(sized(`normalize ${name} 1MB`, input), () => {
      normalize(input);
    });
    bench(sized(`sanitize ${name} 1MB`, input), () => {
      sanitizer.sanitize(input);
    });
  }
});
