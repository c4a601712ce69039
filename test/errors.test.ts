import { describe, expect, it } from 'vitest';
import {
  ParapetConfigError,
  ParapetError,
  ParapetHttpError,
  ParapetInputError,
  ParapetStoreError,
  ParapetToolError,
  ParapetVaultError,
} from '../src/errors.js';

describe('errors', () => {
  it('give every class a stable code, name and the base class', () => {
    const cases: [ParapetError, string, string][] = [
      [
        new ParapetConfigError('x', [{ path: 'a.b', message: 'bad' }]),
        'ERR_PARAPET_CONFIG',
        'ParapetConfigError',
      ],
      [new ParapetInputError('bad'), 'ERR_PARAPET_INPUT', 'ParapetInputError'],
      [
        new ParapetStoreError('ERR_PARAPET_STORE_TIMEOUT', 't'),
        'ERR_PARAPET_STORE_TIMEOUT',
        'ParapetStoreError',
      ],
      [new ParapetVaultError('ERR_PARAPET_VAULT', 'v'), 'ERR_PARAPET_VAULT', 'ParapetVaultError'],
      [new ParapetToolError('t'), 'ERR_PARAPET_TOOL', 'ParapetToolError'],
      [new ParapetHttpError(413, 'h'), 'ERR_PARAPET_HTTP', 'ParapetHttpError'],
    ];
    for (const [error, code, name] of cases) {
      expect(error).toBeInstanceOf(ParapetError);
      expect(error).toBeInstanceOf(Error);
      expect(error.code).toBe(code);
      expect(error.name).toBe(name);
    }
  });

  it('keep the cause', () => {
    const cause = new Error('inner');
    expect(new ParapetStoreError('ERR_PARAPET_STORE', 'down', { cause }).cause).toBe(cause);
    expect('cause' in new ParapetInputError('x')).toBe(false);
  });

  it('list each config problem on its own line', () => {
    const error = new ParapetConfigError('parapet', [
      { path: 'sanitize.maxLength', message: 'too small' },
      { path: '', message: 'bad root' },
    ]);
    expect(error.message).toBe(
      'Invalid parapet options (2 problems):\n  - sanitize.maxLength: too small\n  - (root): bad root',
    );
    expect(Object.isFrozen(error.issues)).toBe(true);
  });
});
