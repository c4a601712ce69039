import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { pathLike } from '../../../src/core/redact/values.js';

/** `pathLike` as one walk over every unit, without the early answer for values with no separator. */
function reference(value: string): boolean {
  const alnum = (c: number) => (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122);
  let separators = 0;
  let capitals = 0;
  let p = 0;
  const drive = value.length > 2 && alnum(value.charCodeAt(0)) && value.charCodeAt(1) === 58;
  if (drive) p = 2;
  let lead = 0;
  if (value.charCodeAt(0) === 126) lead = 1;
  else while (lead < 2 && value.charCodeAt(lead) === 46) lead++;
  const first = value.charCodeAt(lead);
  const rooted = drive || first === 47 || first === 92;
  for (; p < value.length; p++) {
    const c = value.charCodeAt(p);
    if (c === 47 || c === 92) separators++;
    else if (c >= 65 && c <= 90) capitals++;
    else if (!(alnum(c) || c === 95 || c === 45 || c === 46 || c === 126)) return false;
  }
  if (separators === 0 || capitals > separators + 1) return false;
  return rooted || /\.[a-z][a-z0-9]{0,4}$/.test(value);
}

describe('pathLike', () => {
  it('reads rooted paths, drives and relative paths with an extension', () => {
    expect(pathLike('/etc/ssl/private/server.key')).toBe(true);
    expect(pathLike('C:\\Users\\me\\pw.txt')).toBe(true);
    expect(pathLike('./config/keys.json')).toBe(true);
    expect(pathLike('config.keys.json')).toBe(false);
    expect(pathLike('aB3dE5fG7hJ9kL1mN3pQ')).toBe(false);
  });

  test.prop([fc.string({ unit: fc.constantFrom(...'aZ09._-~:/\\ +'), maxLength: 40 })])(
    'answers as the full walk does',
    (value) => {
      expect(pathLike(value)).toBe(reference(value));
    },
  );
});
