import { scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createVault } from '../../src/core/vault/vault.js';
import { ParapetConfigError, ParapetInputError } from '../../src/errors.js';
import { deriveVaultKey } from '../../src/node/vault-key.js';

const salt = Uint8Array.from({ length: 16 }, (_, i) => i);
const FAST = { salt, cost: 2 ** 14 };

describe('deriveVaultKey', () => {
  it('is scrypt with the given parameters and a 32-byte output', async () => {
    const key = await deriveVaultKey('correct horse battery staple', {
      ...FAST,
      blockSize: 8,
      parallelization: 1,
    });
    expect(key).toBeInstanceOf(Uint8Array);
    expect(key.length).toBe(32);
    const reference = scryptSync('correct horse battery staple', salt, 32, {
      N: 2 ** 14,
      r: 8,
      p: 1,
    });
    expect(Buffer.from(key).equals(reference)).toBe(true);
  });

  it('uses the OWASP minimum (N = 2^17, r = 8, p = 1) by default, above the default memory cap of Node', async () => {
    const key = await deriveVaultKey('correct horse battery staple', { salt });
    const reference = scryptSync('correct horse battery staple', salt, 32, {
      N: 2 ** 17,
      r: 8,
      p: 1,
      maxmem: 256 * 2 ** 20,
    });
    expect(Buffer.from(key).equals(reference)).toBe(true);
  });

  it('normalises the passphrase to NFC, so composed and decomposed input agree', async () => {
    const composed = await deriveVaultKey('caf\u00e9 au lait, s\u2019il vous pla\u00eet', FAST);
    const decomposed = await deriveVaultKey('cafe\u0301 au lait, s\u2019il vous plai\u0302t', FAST);
    expect(composed).toEqual(decomposed);
  });

  it('differs by salt and opens a vault', async () => {
    const a = await deriveVaultKey('correct horse battery staple', FAST);
    const b = await deriveVaultKey('correct horse battery staple', {
      ...FAST,
      salt: new Uint8Array(16).fill(1),
    });
    expect(a).not.toEqual(b);
    const vault = createVault({ keys: [{ id: 'pw', key: a }], currentKeyId: 'pw' });
    expect(vault.open(vault.seal('x'))).toBe('x');
  });

  it('rejects short passphrases, short salts and weak or odd cost parameters', async () => {
    await expect(deriveVaultKey('short', FAST)).rejects.toThrow(
      new ParapetInputError('the passphrase must be at least 12 characters'),
    );
    await expect(
      deriveVaultKey('long enough passphrase', { salt: new Uint8Array(8) }),
    ).rejects.toThrow(ParapetConfigError);
    await expect(deriveVaultKey('long enough passphrase', { salt, cost: 2 ** 10 })).rejects.toThrow(
      ParapetConfigError,
    );
    await expect(
      deriveVaultKey('long enough passphrase', { salt, cost: 20_000 }),
    ).rejects.toMatchObject({
      code: 'ERR_PARAPET_CONFIG',
      issues: [{ path: 'cost', message: 'must be a power of two' }],
    });
  });
});
