import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { rateLimitHeaders } from '../../../src/core/limit/headers.js';
import type { RateLimitPolicy, RateLimitResult } from '../../../src/core/limit/limiter.js';
import { ParapetStoreError } from '../../../src/errors.js';

const requests: RateLimitPolicy = {
  name: 'requests',
  capacity: 60,
  refillPerSecond: 1,
  unit: 'requests',
};
const tokens: RateLimitPolicy = {
  name: 'tokens',
  capacity: 100_000,
  refillPerSecond: 100_000 / 86_400,
  unit: 'tokens',
};

function result(policy: RateLimitPolicy, fields: Partial<RateLimitResult>): RateLimitResult {
  return {
    allowed: true,
    remaining: 0,
    retryAfterMs: 0,
    resetMs: 0,
    cost: 1,
    policy,
    error: undefined,
    ...fields,
  };
}

describe('rateLimitHeaders', () => {
  it('describes one admitting policy', () => {
    expect(rateLimitHeaders(result(requests, { remaining: 59, resetMs: 1000 }))).toEqual({
      'RateLimit-Policy': '"requests";q=60;w=60',
      RateLimit: '"requests";r=59;t=1',
    });
  });

  it('lists every policy, marks token units, and sets Retry-After from the refusing one', () => {
    const headers = rateLimitHeaders([
      result(requests, { remaining: 59, resetMs: 1000 }),
      result(tokens, { allowed: false, remaining: 700, retryAfterMs: 41_001, resetMs: 80_000_000 }),
    ]);
    expect(headers).toEqual({
      'RateLimit-Policy': '"requests";q=60;w=60, "tokens";q=100000;w=86400;qu="tokens"',
      RateLimit: '"requests";r=59;t=1, "tokens";r=0;t=42',
      'Retry-After': '42',
    });
  });

  it('gives no wait for a request that can never fit', () => {
    const headers = rateLimitHeaders(
      result(requests, { allowed: false, remaining: 60, retryAfterMs: Number.POSITIVE_INFINITY }),
    );
    expect(headers).toEqual({
      'RateLimit-Policy': '"requests";q=60;w=60',
      RateLimit: '"requests";r=0',
    });
  });

  it('rounds sub-second waits up to one second', () => {
    const headers = rateLimitHeaders(result(requests, { allowed: false, retryAfterMs: 1 }));
    expect(headers['Retry-After']).toBe('1');
    expect(headers['RateLimit']).toBe('"requests";r=0;t=1');
  });

  it('leaves out results whose store failed, but still asks a closed refusal to retry', () => {
    const error = new ParapetStoreError('ERR_PARAPET_STORE', 'rate-limit store failed');
    expect(
      rateLimitHeaders(result(requests, { allowed: false, retryAfterMs: 1000, error })),
    ).toEqual({
      'Retry-After': '1',
    });
    expect(rateLimitHeaders(result(requests, { allowed: true, error }))).toEqual({});
    expect(rateLimitHeaders([])).toEqual({});
  });

  it('adds the legacy set for the most constraining policy on request', () => {
    const admitted = [
      result(requests, { remaining: 59, resetMs: 1000 }),
      result(tokens, { remaining: 10, resetMs: 86_000_000 }),
    ];
    expect(rateLimitHeaders(admitted, { legacy: true })).toMatchObject({
      'X-RateLimit-Limit': '100000',
      'X-RateLimit-Remaining': '10',
      'X-RateLimit-Reset': '86000',
    });
    const refused = [
      admitted[1]!,
      result(requests, { allowed: false, remaining: 3, retryAfterMs: 2500 }),
    ];
    expect(rateLimitHeaders(refused, { legacy: true })).toMatchObject({
      'X-RateLimit-Limit': '60',
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Reset': '3',
    });
    expect(rateLimitHeaders(admitted)).not.toHaveProperty('X-RateLimit-Limit');
  });

  it('escapes quotes and backslashes in policy names', () => {
    const odd = { ...requests, name: 'a"b\\c' };
    expect(rateLimitHeaders(result(odd, {}))['RateLimit-Policy']).toBe('"a\\"b\\\\c";q=60;w=60');
  });

  const policyArb = fc.record({
    name: fc.stringMatching(/^[a-z][a-z0-9_.-]{0,20}$/),
    capacity: fc.integer({ min: 1, max: 1e9 }),
    refillPerSecond: fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
    unit: fc.constantFrom<'requests' | 'tokens'>('requests', 'tokens'),
  });
  const resultArb = fc
    .tuple(
      policyArb,
      fc.boolean(),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.nat(1e9),
      fc.nat(1e9),
    )
    .map(([policy, allowed, share, retry, reset]) =>
      result(policy, {
        allowed,
        remaining: Math.floor(share * policy.capacity),
        retryAfterMs: allowed ? 0 : retry,
        resetMs: reset,
      }),
    );
  const ITEM = /^"[a-z][a-z0-9_.-]*";r=(\d+)(;t=(\d+))?$/;

  test.prop([fc.array(resultArb, { maxLength: 5 })])(
    'writes structured-field lists of non-negative integers; Retry-After covers every refusing window',
    (results) => {
      const headers = rateLimitHeaders(results);
      const items = headers['RateLimit'] === undefined ? [] : headers['RateLimit'].split(', ');
      expect(items).toHaveLength(results.length);
      const retryAfter = Number(headers['Retry-After'] ?? 0);
      items.forEach((item, i) => {
        const match = ITEM.exec(item);
        expect(match).not.toBeNull();
        if (!results[i]!.allowed) {
          expect(match![1]).toBe('0');
          expect(retryAfter).toBeGreaterThanOrEqual(Number(match![3]));
        }
      });
      for (const policy of (headers['RateLimit-Policy'] ?? '').split(', ').filter(Boolean)) {
        expect(policy).toMatch(/^"[a-z][a-z0-9_.-]*";q=\d+;w=[1-9]\d*(;qu="tokens")?$/);
      }
      expect('Retry-After' in headers).toBe(results.some((r) => !r.allowed));
    },
  );
});
