import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { classifyAddress, classifyIPv4 } from '../../../src/core/tools/address.js';
import { containPath } from '../../../src/core/tools/path.js';
import { checkUrl } from '../../../src/core/tools/url.js';
import { hostile } from '../../arbitraries.js';

const pathPiece = fc.constantFrom(
  '..',
  '.',
  '/',
  '\\',
  '//',
  'a',
  'b.md',
  '%2e',
  '%2f',
  '%252e',
  '\uff0f',
  '\u2215',
  '\uff0e',
  '\u2024',
  ':',
  'C:',
  '\u0000',
  ' ',
  '...',
  'con',
  '\u202e',
);
const pathInput = fc.oneof(
  fc.array(pathPiece, { maxLength: 12 }).map((p) => p.join('')),
  fc.array(fc.oneof(pathPiece, hostile(3)), { maxLength: 8 }).map((p) => p.join('')),
);

// Biased towards the special ranges, which uniform 32-bit numbers rarely hit.
const ipv4 = fc.oneof(
  fc.nat({ max: 0xffffffff }),
  fc
    .tuple(
      fc.constantFrom(
        0x7f000000,
        0x0a000000,
        0xac100000,
        0xc0a80000,
        0xa9fe0000,
        0x64400000,
        0,
        0xe0000000,
        0xf0000000,
      ),
      fc.nat({ max: 0xffff }),
    )
    .map(([base, offset]) => (base + offset) >>> 0),
  fc.constantFrom(0xa9fea9fe, 0xa9feaa02, 0x646464c8, 0xffffffff, 0x7f000001),
);

/** Every textual form of IPv4 `n` that inet_aton or a URL parser accepts. */
function ipv4Forms(n: number): string[] {
  const b = [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
  const oct = (x: number) => `0${x.toString(8)}`;
  const hex = (x: number) => `0x${x.toString(16)}`;
  const low24 = n & 0xffffff;
  const low16 = n & 0xffff;
  const h = (x: number) => x.toString(16);
  return [
    b.join('.'),
    String(n),
    hex(n),
    oct(n),
    b.map(hex).join('.'),
    b.map(oct).join('.'),
    `${b[0]}.${low24}`,
    `${hex(b[0]!)}.${hex(low24)}`,
    `${b[0]}.${b[1]}.${low16}`,
    `${b.join('.')}.`,
    `::ffff:${b.join('.')}`,
    `::ffff:${h((n >>> 16) & 0xffff)}:${h(n & 0xffff)}`,
    `[0:0:0:0:0:ffff:${b.join('.')}]`,
    `64:ff9b::${b.join('.')}`,
  ];
}

describe('tool guard properties', () => {
  test.prop([pathInput])('a contained path never leaves the root', (input) => {
    const result = containPath('/srv/root', input);
    if (!result.ok) return;
    expect(result.path === '/srv/root' || result.path.startsWith('/srv/root/')).toBe(true);
    expect(result.path).toBe(result.relative === '' ? '/srv/root' : `/srv/root/${result.relative}`);
    for (const segment of result.relative.split('/')) {
      expect(['..', '.']).not.toContain(segment);
      expect(segment).not.toMatch(/[\\:%\u0000]/);
      expect(segment.normalize('NFKC')).not.toMatch(/[/\\]|^\.\.$/);
    }
  });

  test.prop([ipv4])('every textual form of an IPv4 address classifies like the address', (n) => {
    const expected = classifyIPv4(n);
    for (const form of ipv4Forms(n)) expect(classifyAddress(form)?.range, form).toBe(expected);
  });

  test.prop([ipv4])(
    "under ['*'], a URL in any IPv4 form is allowed exactly when the address is public",
    (n) => {
      const isPublic = classifyIPv4(n) === 'public';
      for (const form of ipv4Forms(n)) {
        const host = form.includes(':') && !form.startsWith('[') ? `[${form}]` : form;
        const result = checkUrl(`http://${host}/x`, { allow: ['*'] });
        // 64:ff9b:: (NAT64) of a public address is public; of a private one, private.
        expect(result.ok, host).toBe(isPublic);
      }
    },
  );

  test.prop([fc.string({ maxLength: 60 }), fc.string({ maxLength: 60 })])(
    'checkUrl never throws and allows only http(s) URLs with a public host',
    (a, b) => {
      const result = checkUrl(`${a}${b}`, { allow: ['*'] });
      if (result.ok) {
        expect(result.href).toMatch(/^https?:\/\//);
        expect(result.range).toBe('public');
      }
    },
  );
});
