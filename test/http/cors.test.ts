import { describe, expect, it } from 'vitest';
import { compileCors, corsOptionsSchema } from '../../src/http/cors.js';

const policy = (options: object = {}) => compileCors(corsOptionsSchema.parse(options));

describe('cors', () => {
  it('ignores requests without an Origin header', () => {
    expect(policy().check('POST', undefined, 'api.example.com', undefined)).toEqual({
      kind: 'none',
      headers: {},
    });
  });

  it('denies every foreign origin by default, preflight or not', () => {
    const p = policy();
    expect(p.check('POST', 'https://evil.example', 'api.example.com', undefined)).toMatchObject({
      kind: 'denied',
      preflight: false,
    });
    expect(p.check('OPTIONS', 'https://evil.example', 'api.example.com', 'POST')).toMatchObject({
      kind: 'denied',
      preflight: true,
    });
  });

  it('allows same-origin requests without configuration', () => {
    const result = policy().check('POST', 'https://api.example.com', 'api.example.com', undefined);
    expect(result.kind).toBe('allowed');
    expect(policy().check('POST', 'http://localhost:8080', 'localhost:8080', undefined).kind).toBe(
      'allowed',
    );
    expect(
      policy().check('POST', 'https://api.example.com:443', 'api.example.com', undefined).kind,
    ).toBe('allowed');
    expect(policy().check('POST', 'http://localhost:8081', 'localhost:8080', undefined).kind).toBe(
      'denied',
    );
  });

  it('answers an allowed preflight with methods, headers and max age', () => {
    const result = policy({ origins: ['https://app.example.com'], credentials: true }).check(
      'OPTIONS',
      'https://app.example.com',
      'api.example.com',
      'POST',
    );
    expect(result).toEqual({
      kind: 'allowed',
      preflight: true,
      headers: {
        vary: 'Origin',
        'access-control-allow-origin': 'https://app.example.com',
        'access-control-allow-credentials': 'true',
        'access-control-allow-methods': 'GET, HEAD, POST',
        'access-control-allow-headers': 'authorization, content-type, x-api-key, x-request-id',
        'access-control-max-age': '600',
      },
    });
  });

  it('matches wildcard subdomains but not the apex or look-alike hosts', () => {
    const p = policy({ origins: ['https://*.example.com'] });
    expect(p.check('GET', 'https://a.example.com', 'api.test', undefined).kind).toBe('allowed');
    expect(p.check('GET', 'https://a.b.example.com', 'api.test', undefined).kind).toBe('allowed');
    expect(p.check('GET', 'https://example.com', 'api.test', undefined).kind).toBe('denied');
    expect(p.check('GET', 'https://evilexample.com', 'api.test', undefined).kind).toBe('denied');
    expect(p.check('GET', 'http://a.example.com', 'api.test', undefined).kind).toBe('denied');
    expect(p.check('GET', 'https://a.example.com:8443', 'api.test', undefined).kind).toBe('denied');
    expect(p.check('GET', 'https://a.example.com.evil.test', 'api.test', undefined).kind).toBe(
      'denied',
    );
  });

  it('adds Vary: Origin to denials and exposes rate-limit headers on allowed requests', () => {
    const p = policy({ origins: ['https://app.example.com'] });
    expect(p.check('GET', 'https://x.test', 'api.test', undefined).headers).toEqual({
      vary: 'Origin',
    });
    expect(p.check('GET', 'https://app.example.com', 'api.test', undefined).headers).toMatchObject({
      'access-control-expose-headers': 'ratelimit, ratelimit-policy, retry-after, x-request-id',
    });
  });

  it('rejects malformed origin patterns at construction', () => {
    expect(() => corsOptionsSchema.parse({ origins: ['*'] })).toThrow();
    expect(() => corsOptionsSchema.parse({ origins: ['https://example.com/'] })).toThrow();
    expect(() => corsOptionsSchema.parse({ origins: ['https://a.*.example.com'] })).toThrow();
  });
});
