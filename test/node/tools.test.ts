import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToolGuard } from '../../src/core/tools/guard.js';
import {
  assertPublicUrl,
  checkPathOnDisk,
  createNodeToolHooks,
  createSafeLookup,
  resolveHostAddresses,
  resolveWithinReal,
} from '../../src/node/tools.js';

let base: string;
let root: string;
const posix = process.platform !== 'win32';

beforeAll(async () => {
  base = await realpath(await mkdtemp(join(tmpdir(), 'parapet-tools-')));
  root = join(base, 'root');
  await mkdir(join(root, 'docs'), { recursive: true });
  await writeFile(join(root, 'docs', 'a.md'), 'hello');
  await writeFile(join(root, 'big.md'), 'x'.repeat(2000));
  await writeFile(join(base, 'secret.md'), 'outside');
  if (posix) {
    await symlink(join(base, 'secret.md'), join(root, 'escape.md'));
    await symlink(base, join(root, 'up'));
    await symlink(join(root, 'docs', 'a.md'), join(root, 'inner.md'));
  }
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('checkPathOnDisk and resolveWithinReal', () => {
  it('accepts real paths inside the root, including files not yet created', async () => {
    expect(await checkPathOnDisk(join(root, 'docs', 'a.md'), { root })).toBeUndefined();
    expect(await checkPathOnDisk(join(root, 'docs', 'new', 'b.md'), { root })).toBeUndefined();
    expect(await resolveWithinReal(root, 'docs/../docs/a.md')).toBe(join(root, 'docs', 'a.md'));
    expect(await resolveWithinReal(root, 'docs/new.md')).toBe(join(root, 'docs', 'new.md'));
  });

  it.runIf(posix)(
    'refuses symlinks that resolve outside the root, and follows those inside',
    async () => {
      expect(await checkPathOnDisk(join(root, 'escape.md'), { root })).toBe(
        'path resolves outside the root',
      );
      expect(await checkPathOnDisk(join(root, 'up', 'secret.md'), { root })).toBe(
        'path resolves outside the root',
      );
      expect(await checkPathOnDisk(join(root, 'up', 'not-yet.md'), { root })).toBe(
        'path resolves outside the root',
      );
      await expect(resolveWithinReal(root, 'escape.md')).rejects.toMatchObject({
        code: 'ERR_PARAPET_TOOL',
        message: 'Path rejected: path resolves outside the root.',
      });
      expect(await resolveWithinReal(root, 'inner.md')).toBe(join(root, 'docs', 'a.md'));
    },
  );

  it('enforces size limits and reports a missing root', async () => {
    expect(await checkPathOnDisk(join(root, 'big.md'), { root, maxBytes: 1000 })).toBe(
      'file is larger than allowed',
    );
    expect(
      await checkPathOnDisk(join(root, 'docs', 'a.md'), { root, maxBytes: 1000 }),
    ).toBeUndefined();
    expect(await checkPathOnDisk(join(root, 'x'), { root: join(base, 'nope') })).toBe(
      'the root directory does not exist',
    );
    await expect(resolveWithinReal(root, 'big.md', { maxBytes: 10 })).rejects.toThrow(
      'Path rejected: file is larger than allowed.',
    );
    await expect(resolveWithinReal(root, '../secret.md')).rejects.toThrow(
      'Path rejected: path escapes the root.',
    );
  });

  it.runIf(posix)('plugs into the tool guard through createNodeToolHooks', async () => {
    const guard = createToolGuard({
      tools: { read: { level: 'low', paths: { root, maxBytes: 1000 } } },
      ...createNodeToolHooks(),
    });
    expect(await guard.check({ name: 'read', args: { path: 'docs/a.md' } })).toMatchObject({
      decision: 'allow',
    });
    expect(await guard.check({ name: 'read', args: { path: 'escape.md' } })).toMatchObject({
      decision: 'deny',
      reasons: ['argument `path`: path resolves outside the root'],
    });
    expect(await guard.check({ name: 'read', args: { path: 'big.md' } })).toMatchObject({
      reasons: ['argument `path`: file is larger than allowed'],
    });
  });
});

describe('DNS-aware URL checks', () => {
  it('resolves localhost to loopback addresses', async () => {
    const addresses = await resolveHostAddresses('localhost');
    expect(addresses.length).toBeGreaterThan(0);
    for (const address of addresses) expect(['127.0.0.1', '::1']).toContain(address);
  });

  it('rejects loopback and metadata URLs before any lookup', async () => {
    await expect(assertPublicUrl('http://localhost:8080/', { allow: ['*'] })).rejects.toMatchObject(
      {
        code: 'ERR_PARAPET_TOOL',
        message: 'URL rejected: URL points to a loopback address.',
      },
    );
    await expect(assertPublicUrl('http://169.254.169.254/', { allow: ['*'] })).rejects.toThrow(
      'URL rejected: URL points to a cloud metadata address.',
    );
    expect(await assertPublicUrl('http://8.8.8.8/dns', { allow: ['*'] })).toBe(
      'http://8.8.8.8/dns',
    );
  });

  it('refuses to connect when a name resolves to a non-public address', async () => {
    const error = await new Promise<NodeJS.ErrnoException>((resolve, reject) => {
      const request = get(
        { host: 'localhost', port: 9, path: '/', lookup: createSafeLookup() },
        () => reject(new Error('connected')),
      );
      request.on('error', resolve);
    });
    expect(error.code).toBe('ERR_PARAPET_TOOL');
    expect(error.message).toBe('Refusing to connect: the host resolves to a loopback address.');
  });
});
