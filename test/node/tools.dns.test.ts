import { describe, expect, it, vi } from 'vitest';

// Simulates DNS answers so rebinding-style cases run without a network.
vi.mock('node:dns/promises', () => ({
  lookup: vi.fn(async (host: string) => {
    const table: Record<string, string[]> = {
      'public.example': ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946'],
      'rebind.example': ['93.184.216.34', '10.0.0.7'],
      'meta.example': ['169.254.169.254'],
      'mapped.example': ['::ffff:127.0.0.1'],
    };
    const addresses = table[host];
    if (addresses === undefined) throw Object.assign(new Error('ENOTFOUND'), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  }),
}));

const { assertPublicUrl } = await import('../../src/node/tools.js');

describe('assertPublicUrl with resolution', () => {
  it('accepts a host whose every address is public', async () => {
    expect(await assertPublicUrl('https://public.example/a', { allow: ['*'] })).toBe(
      'https://public.example/a',
    );
  });

  it('refuses a host with any private, metadata or mapped-loopback address', async () => {
    await expect(assertPublicUrl('https://rebind.example/', { allow: ['*'] })).rejects.toThrow(
      'URL rejected: URL host resolves to a private-network address.',
    );
    await expect(assertPublicUrl('https://meta.example/', { allow: ['*'] })).rejects.toThrow(
      'URL rejected: URL host resolves to a cloud metadata address.',
    );
    await expect(assertPublicUrl('https://mapped.example/', { allow: ['*'] })).rejects.toThrow(
      'URL rejected: URL host resolves to a loopback address.',
    );
  });

  it('refuses a host that does not resolve, and skips lookup when private networks are allowed', async () => {
    await expect(assertPublicUrl('https://nx.example/', { allow: ['*'] })).rejects.toThrow(
      'URL rejected: URL host could not be resolved.',
    );
    expect(
      await assertPublicUrl('https://rebind.example/', {
        allow: ['*'],
        dangerouslyAllowPrivateNetwork: true,
      }),
    ).toBe('https://rebind.example/');
  });
});
