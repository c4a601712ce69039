import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { createCanary } from '../../../src/core/prompt/canary.js';
import { hostile } from '../../arbitraries.js';

const separator = fc.constantFrom('', ' ', '\n', '\u200b', '-', ' \u2060');
const caseOf = fc.constantFrom('lower', 'upper', 'mixed');

function disguise(token: string, sep: string, casing: string): string {
  const chars = [...token.replace(/-/g, '')].map((c, i) =>
    casing === 'upper' || (casing === 'mixed' && i % 2 === 0) ? c.toUpperCase() : c,
  );
  return chars.join(sep);
}

describe('canary properties', () => {
  test.prop([
    hostile(10),
    hostile(10),
    separator,
    caseOf,
    fc.array(fc.nat({ max: 200 }), { maxLength: 6 }),
  ])(
    'a disguised token is found however the output is chunked',
    (before, after, sep, casing, cuts) => {
      const canary = createCanary();
      const output = `${before}${disguise(canary.token, sep, casing)}${after}`;
      const points = [...new Set(cuts.map((c) => Math.min(c, output.length)))].sort(
        (a, b) => a - b,
      );
      const monitor = canary.monitor();
      let last = 0;
      for (const p of points) {
        monitor.push(output.slice(last, p));
        last = p;
      }
      monitor.push(output.slice(last));
      expect(monitor.end().leaked).toBe(true);
      expect(canary.check(output).leaked).toBe(true);
    },
  );

  test.prop([fc.uint8Array({ minLength: 1, maxLength: 120 }), fc.nat({ max: 2 })])(
    'a token inside base64 or hex of any surrounding bytes is found',
    (noise, cut) => {
      const canary = createCanary();
      const text = Buffer.concat([
        Buffer.from(noise.subarray(0, cut)),
        Buffer.from(canary.token),
        Buffer.from(noise),
      ]);
      expect(canary.check(text.toString('base64')).leaked).toBe(true);
      expect(canary.check(text.toString('base64url')).leaked).toBe(true);
      expect(canary.check(text.toString('hex')).leaked).toBe(true);
    },
  );

  test.prop([fc.oneof(hostile(40), fc.stringMatching(/^[0-9a-f -]{0,300}$/))])(
    'text that does not hold the token is not flagged',
    (text) => {
      const canary = createCanary();
      fc.pre(!text.includes(canary.token.slice(0, 8)));
      expect(canary.check(text)).toMatchObject({ leaked: false, flagged: false });
    },
  );
});
