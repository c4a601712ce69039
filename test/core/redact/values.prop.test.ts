import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { pathLike } from '../../../src/core/redact/values.js';

describe('pathLike', () => {
  it('reads rooted paths, drives and relative paths with an extension', () => {
    expect(pathLike('/etc/ssl/private/server.key')).toBe(true);
    expect(pathLike('C:\\Users\\me\\pw.txt')).toBe(true);
    expect(pathLike('./config/keys.json')).toBe(true);
    expect(pathLike('config.keys.json')).toBe(false);
    expect(pathLike('aB3dE5fG7hJ9kL1mN3pQ')).toBe(false);
  });

  test.prop([fc.string({ unit: fc.constantFrom(...'aZ09._-~:/\\ +'), maxLength: 40 })])(
    'is no path without a separator, and never a path with a space',
    (value) => {
      if (!value.includes('/') && !value.includes('\\')) expect(pathLike(value)).toBe(false);
      if (value.includes(' ')) expect(pathLike(value)).toBe(false);
    },
  );

  it('counts separators against capitals (random base64 with a slash is no path)', () => {
    expect(pathLike('/aB/cD')).toBe(true);
    expect(pathLike('aBcDeFgH/IjKlMnOp')).toBe(false);
  });
});
