import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createKeyResolver, keyDigest } from '../../../src/core/limit/keys.js';
import { ParapetConfigError, ParapetInputError } from '../../../src/errors.js';

describe('createKeyResolver', () => {
  it('keys by client IP by default, grouping IPv6 by /64', () => {
    const resolve = createKeyResolver();
    expect(resolve({ ip: '203.0.113.7' })).toEqual({ bypass: false, key: 'ip:203.0.113.7' });
    expect(resolve({ ip: '::ffff:203.0.113.7' }).key).toBe('ip:203.0.113.7');
    expect(resolve({ ip: '2001:db8:1:2:aaaa::1' }).key).toBe('ip:2001:db8:1:2::/64');
    expect(resolve({ ip: '2001:DB8:1:2:ffff:ffff:ffff:ffff' }).key).toBe('ip:2001:db8:1:2::/64');
    expect(resolve({ ip: '2001:db8:1:3::1' }).key).toBe('ip:2001:db8:1:3::/64');
    expect(createKeyResolver({ ipv6Subnet: 128 })({ ip: '2001:db8::1' }).key).toBe(
      'ip:2001:db8:0:0:0:0:0:1',
    );
  });

  it('puts requests without a usable address into one shared bucket', () => {
    const resolve = createKeyResolver();
    for (const ip of [undefined, '', 'not-an-ip', '1.2.3.999', '010.0.0.1', 'x'.repeat(100)]) {
      expect(resolve({ ip }).key).toBe('ip:unknown');
    }
  });

  it('keys by a digest of the API key, never the key, and falls back to the IP', () => {
    const resolve = createKeyResolver({ by: 'apiKey' });
    const key = resolve({ ip: '203.0.113.7', apiKey: 'sk-live-0123456789abcdef' }).key;
    expect(key).toMatch(/^key:[0-9a-f]{16}$/);
    expect(key).not.toContain('0123456789');
    expect(resolve({ apiKey: 'sk-live-0123456789abcdef' }).key).toBe(key);
    expect(resolve({ apiKey: 'sk-live-0123456789abcdee' }).key).not.toBe(key);
    expect(resolve({ ip: '203.0.113.7' }).key).toBe('ip:203.0.113.7');
  });

  it('keys by the verified JWT subject, digesting very long ones', () => {
    const resolve = createKeyResolver({ by: 'jwtSubject' });
    expect(resolve({ jwtSubject: 'user_42', ip: '203.0.113.7' }).key).toBe('sub:user_42');
    expect(resolve({ jwtSubject: 'u'.repeat(300) }).key).toMatch(/^sub#[0-9a-f]{16}$/);
    expect(resolve({ jwtSubject: '', ip: '203.0.113.7' }).key).toBe('ip:203.0.113.7');
  });

  it('keys by a function, falling back to the IP when it returns undefined', () => {
    const resolve = createKeyResolver({
      by: ({ apiKey }) => (apiKey?.startsWith('team-') ? `team:${apiKey.slice(5, 9)}` : undefined),
    });
    expect(resolve({ apiKey: 'team-acme-1' }).key).toBe('team:acme');
    expect(resolve({ apiKey: 'solo', ip: '198.51.100.2' }).key).toBe('ip:198.51.100.2');
  });

  it('rejects what a key function must not return', () => {
    for (const bad of ['', 'k'.repeat(1025), 42]) {
      const resolve = createKeyResolver({ by: () => bad as string });
      expect(() => resolve({})).toThrow(ParapetInputError);
      expect(() => resolve({})).toThrow(
        'the key function must return undefined or a string of 1 to 1024 characters',
      );
    }
  });

  it('bypasses allow-listed addresses, ranges, API keys and subjects', () => {
    const resolve = createKeyResolver({
      by: 'apiKey',
      allowList: {
        ips: ['10.0.0.0/8', '192.0.2.1', '2001:db8:ffff::/48'],
        apiKeys: ['sk-internal'],
        subjects: ['svc-batch'],
      },
    });
    const bypass = { bypass: true, key: undefined };
    expect(resolve({ ip: '10.200.3.4' })).toEqual(bypass);
    expect(resolve({ ip: '::ffff:10.0.0.1' })).toEqual(bypass);
    expect(resolve({ ip: '192.0.2.1' })).toEqual(bypass);
    expect(resolve({ ip: '2001:db8:ffff:1::9' })).toEqual(bypass);
    expect(resolve({ ip: '203.0.113.1', apiKey: 'sk-internal' })).toEqual(bypass);
    expect(resolve({ ip: '203.0.113.1', jwtSubject: 'svc-batch' })).toEqual(bypass);
    expect(resolve({ ip: '192.0.2.2' }).bypass).toBe(false);
    expect(resolve({ ip: '11.0.0.1', apiKey: 'sk-internal-2' }).bypass).toBe(false);
  });

  it('rejects allow-list entries that are not addresses or ranges, by path', () => {
    let error: unknown;
    try {
      createKeyResolver({ allowList: { ips: ['10.0.0.0/8', '10.0.0.0/33', 'localhost'] } });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ParapetConfigError);
    expect((error as ParapetConfigError).issues).toEqual([
      { path: 'allowList.ips[1]', message: 'expected an IPv4 or IPv6 address or CIDR range' },
      { path: 'allowList.ips[2]', message: 'expected an IPv4 or IPv6 address or CIDR range' },
    ]);
  });

  it('refuses an identity that is not an object', () => {
    expect(() => createKeyResolver()(null as never)).toThrow(
      'rate-limit identity must be an object',
    );
  });
});

describe('keyDigest', () => {
  test.prop([fc.string({ maxLength: 200 })])('is 16 hex digits and stable', (text) => {
    const digest = keyDigest(text);
    expect(digest).toMatch(/^[0-9a-f]{16}$/);
    expect(keyDigest(text)).toBe(digest);
  });

  it('has no collisions across 200 000 similar keys', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200_000; i++)
      seen.add(keyDigest(`sk-live-${i.toString(36).padStart(8, '0')}`));
    expect(seen.size).toBe(200_000);
  });
});
