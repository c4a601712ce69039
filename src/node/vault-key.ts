import { scrypt } from 'node:crypto';
import { z } from 'zod';
import { ParapetInputError } from '../errors.js';
import { parseOptions } from '../internal/config.js';

/**
 * scrypt cost parameters for {@link deriveVaultKey}. The defaults are the
 * OWASP Password Storage Cheat Sheet minimum for scrypt (N = 2^17, r = 8,
 * p = 1): 128 MiB of memory and roughly a tenth of a second per derivation
 * on a current server core. Raise `cost` if you can afford it; never lower
 * it in production.
 *
 * @example
 * ```ts
 * const key = await deriveVaultKey(process.env.VAULT_PASSPHRASE!, { salt, cost: 2 ** 18 });
 * ```
 */
export const vaultKeyDerivationSchema = z.strictObject({
  /** Random salt of at least 16 bytes, stored next to the vault (it is not secret). */
  salt: z.custom<Uint8Array>((v) => v instanceof Uint8Array && v.length >= 16, {
    message: 'must be a Uint8Array of at least 16 random bytes',
  }),
  /** scrypt N (CPU and memory cost), a power of two from 2^14 to 2^22. @default 131072 (2^17) */
  cost: z
    .number()
    .int()
    .min(2 ** 14)
    .max(2 ** 22)
    .refine((n) => (n & (n - 1)) === 0, { message: 'must be a power of two' })
    .default(2 ** 17),
  /** scrypt r (block size). @default 8 */
  blockSize: z.number().int().min(8).max(32).default(8),
  /** scrypt p (parallelisation). @default 1 */
  parallelization: z.number().int().min(1).max(16).default(1),
});

/** Options accepted by {@link deriveVaultKey}. */
export type VaultKeyDerivationOptions = z.input<typeof vaultKeyDerivationSchema>;

/** Shortest passphrase accepted, in characters. */
export const MIN_PASSPHRASE_LENGTH = 12;

/**
 * Derives a 32-byte vault key from a passphrase with scrypt (RFC 7914),
 * for deployments that hold a passphrase rather than a random key. A random
 * key from `generateVaultKey` is stronger; prefer it when you can.
 * Node only (`parapet/node`).
 *
 * @example
 * ```ts
 * import { deriveVaultKey } from 'parapet/node';
 * import { createVault } from 'parapet';
 *
 * const salt = Buffer.from(process.env.VAULT_SALT!, 'base64'); // 16 random bytes, made once
 * const key = await deriveVaultKey(process.env.VAULT_PASSPHRASE!, { salt });
 * const vault = createVault({ keys: [{ id: 'main', key }], currentKeyId: 'main' });
 * ```
 *
 * @throws {ParapetConfigError} when the salt or a cost parameter is invalid.
 * @throws {ParapetInputError} when the passphrase is not a string of at least 12 characters.
 */
export async function deriveVaultKey(
  passphrase: string,
  options: VaultKeyDerivationOptions,
): Promise<Uint8Array> {
  const { salt, cost, blockSize, parallelization } = parseOptions(
    vaultKeyDerivationSchema,
    options,
    'vault key derivation',
  );
  if (typeof passphrase !== 'string' || [...passphrase].length < MIN_PASSPHRASE_LENGTH) {
    throw new ParapetInputError(
      `the passphrase must be at least ${MIN_PASSPHRASE_LENGTH} characters`,
    );
  }
  // scrypt needs 128 * N * r * p bytes; Node refuses above `maxmem` (32 MiB by default).
  const maxmem = 128 * cost * blockSize * parallelization + 2 ** 20;
  const key = await new Promise<Buffer>((resolve, reject) => {
    scrypt(
      passphrase.normalize('NFC'),
      salt,
      32,
      { N: cost, r: blockSize, p: parallelization, maxmem },
      (error, derived) => (error === null ? resolve(derived) : reject(error)),
    );
  });
  const out = new Uint8Array(key);
  key.fill(0);
  return out;
}
