import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createVault } from '../../src/core/vault/vault.js';
import { readVaultFile, writeVaultFile } from '../../src/node/vault-file.js';

const vault = () =>
  createVault({ keys: [{ id: 'k', key: new Uint8Array(32).fill(4) }], currentKeyId: 'k' });
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parapet-vault-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('vault files', () => {
  it('writes the sealed store with mode 0600 and reads it back', async () => {
    const source = vault();
    source.store('db/password', 'hunter2', { level: 'high' });
    const path = join(dir, 'vault.json');
    await writeVaultFile(path, source);
    const text = await readFile(path, 'utf8');
    expect(text).toBe(source.exportStore());
    expect(text).not.toContain('hunter2');
    if (process.platform !== 'win32') expect((await stat(path)).mode & 0o777).toBe(0o600);
    const target = vault();
    expect(await readVaultFile(path, target)).toBe(1);
    expect(target.retrieve('db/password', { level: 'critical' })).toBe('hunter2');
  });

  it('replaces an existing file atomically and leaves no temporary file', async () => {
    const path = join(dir, 'vault.json');
    await writeFile(path, 'old contents', { mode: 0o644 });
    const source = vault();
    source.store('a', 'b', { level: 'low' });
    await writeVaultFile(path, source.exportStore());
    expect(await readFile(path, 'utf8')).toBe(source.exportStore());
    if (process.platform !== 'win32') expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(await readdir(dir)).toEqual(['vault.json']);
  });

  it('fails without leaving anything behind when the directory does not exist', async () => {
    await expect(writeVaultFile(join(dir, 'missing', 'vault.json'), '{}')).rejects.toMatchObject({
      code: 'ENOENT',
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a store file that was tampered with, with the generic vault error', async () => {
    const source = vault();
    source.store('a', 'b', { level: 'low' });
    const path = join(dir, 'vault.json');
    await writeVaultFile(path, source);
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.replace('"low"', '"high"'));
    await expect(readVaultFile(path, vault())).rejects.toMatchObject({
      code: 'ERR_PARAPET_VAULT',
      message: 'The vault could not open the data.',
    });
  });
});
