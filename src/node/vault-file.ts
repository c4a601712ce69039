import { randomBytes } from 'node:crypto';
import { open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Vault } from '../core/vault/vault.js';
import { ParapetInputError } from '../errors.js';

/**
 * Writes a vault's sealed store (or an exported JSON string) to `path`
 * atomically: to a temporary file in the same directory, created with mode
 * 0600, flushed to disk, then renamed over `path`, so readers see the old
 * file or the new one, never a torn write, and the file is readable by its
 * owner only. Node only (`parapet/node`).
 *
 * @example
 * ```ts
 * import { writeVaultFile } from 'parapet/node';
 * vault.store('stripe/key', process.env.STRIPE_KEY!, { level: 'high' });
 * await writeVaultFile('/var/lib/app/vault.json', vault);
 * ```
 */
export async function writeVaultFile(path: string, source: Vault | string): Promise<void> {
  if (typeof path !== 'string' || path === '')
    throw new ParapetInputError('path must be a non-empty string');
  const json = typeof source === 'string' ? source : source.exportStore();
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${randomBytes(8).toString('hex')}.tmp`);
  // `wx` refuses to follow or reuse an existing file at the temporary name.
  const handle = await open(temp, 'wx', 0o600);
  try {
    // The mode passed to open is filtered by the umask; set it exactly.
    await handle.chmod(0o600);
    await handle.writeFile(json, 'utf8');
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dir);
}

/**
 * Reads a vault file written by {@link writeVaultFile} and loads it into
 * `vault` (all or nothing; every entry is opened first). Returns the number
 * of secrets loaded.
 *
 * @example
 * ```ts
 * import { readVaultFile } from 'parapet/node';
 * await readVaultFile('/var/lib/app/vault.json', vault);
 * ```
 *
 * @throws {ParapetVaultError} `ERR_PARAPET_VAULT` when the file is not a store this vault can open.
 */
export async function readVaultFile(
  path: string,
  vault: Vault,
  options?: { readonly mode?: 'replace' | 'merge' },
): Promise<number> {
  const json = await readFile(path, 'utf8');
  return vault.importStore(json, options);
}

/** Makes the rename durable (POSIX); a no-op where directories cannot be opened (Windows). */
async function syncDirectory(dir: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Best effort: the data itself was already flushed before the rename.
  } finally {
    await handle?.close();
  }
}
