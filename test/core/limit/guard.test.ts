import { describe, expect, it, vi } from 'vitest';
import { createRateLimitGuard } from '../../../src/core/limit/guard.js';
import { createMemoryStore } from '../../../src/core/limit/memory-store.js';
import type { RateLimitStore } from '../../../src/core/limit/store.js';
import { ParapetConfigError, ParapetStoreError } from '../../../src/errors.js';
import { testClock } from './clock.js';

const chat = (content: string, maxTokens: number) => ({
  model: 'gpt-4o',
  messages: [{ role: 'user', content }],
  max_tokens: maxTokens,
});

function llmGuard(now = testClock()) {
  return createRateLimitGuard({
    key: { by: 'apiKey', allowList: { ips: ['10.0.0.0/8'] } },
    now,
    policies: [
      { name: 'requests', capacity: 3, refillPerSecond: 1 },
      { name: 'tokens', unit: 'tokens', capacity: 1000, refillPerSecond: 10 },
    ],
  });
}

describe('createRateLimitGuard', () => {
  it('limits 60 requests a minute per IP by default', async () => {
    const guard = createRateLimitGuard({ now: testClock() });
    expect(guard.limiters.map((l) => l.policy)).toEqual([
      { name: 'requests', capacity: 60, refillPerSecond: 1, unit: 'requests' },
    ]);
    const decision = await guard.check({ ip: '203.0.113.9' });
    expect(decision).toMatchObject({
      allowed: true,
      bypassed: false,
      key: 'ip:203.0.113.9',
      estimatedTokens: 0,
      retryAfterMs: 0,
      headers: { 'RateLimit-Policy': '"requests";q=60;w=60', RateLimit: '"requests";r=59;t=1' },
    });
  });

  it('takes a request and the estimated tokens, then settles with the reported usage', async () => {
    const guard = llmGuard();
    const body = chat('Hello there!', 100); // 'user' + 'Hello there!' = 4 tokens, + 100
    const decision = await guard.check({ ip: '203.0.113.9', apiKey: 'sk-a' }, body);
    expect(decision.allowed).toBe(true);
    expect(decision.estimatedTokens).toBe(104);
    expect(decision.results.map((r) => r.remaining)).toEqual([2, 896]);
    const [settled] = await decision.settle({
      prompt_tokens: 10,
      completion_tokens: 20,
      total_tokens: 30,
    });
    expect(settled).toMatchObject({ actualTokens: 30, adjustment: -74 });
    expect((await guard.limiters[1]!.peek(decision.key!)).remaining).toBe(970);
    // A second settle of the same decision changes nothing.
    expect(await decision.settle({ total_tokens: 0 })).toEqual([]);
    expect((await guard.limiters[1]!.peek(decision.key!)).remaining).toBe(970);
  });

  it('refuses when any policy refuses, refunds the others, and says when to retry', async () => {
    const guard = llmGuard();
    const caller = { apiKey: 'sk-b' };
    expect((await guard.check(caller, chat('x', 900))).allowed).toBe(true);
    const refused = await guard.check(caller, chat('x', 900));
    expect(refused.allowed).toBe(false);
    expect(refused.estimatedTokens).toBe(0);
    expect(refused.retryAfterMs).toBe(80_400);
    expect(refused.headers).toMatchObject({ 'Retry-After': '81' });
    expect(refused.headers['RateLimit']).toBe('"requests";r=2;t=1, "tokens";r=0;t=81');
    expect((await guard.limiters[0]!.peek(refused.key!)).remaining).toBe(2);
    expect(await refused.settle({ total_tokens: 5 })).toEqual([]);
  });

  it('tells a request that can never fit from one that must wait', async () => {
    const guard = llmGuard();
    const decision = await guard.check({ apiKey: 'sk-e' }, chat('x', 5000));
    expect(decision.allowed).toBe(false);
    expect(decision.retryAfterMs).toBe(Number.POSITIVE_INFINITY);
    expect(decision.headers).not.toHaveProperty('Retry-After');
    expect((await guard.limiters[0]!.peek(decision.key!)).remaining).toBe(3);
  });

  it('bypasses allow-listed callers without touching any bucket', async () => {
    const guard = llmGuard();
    const decision = await guard.check({ ip: '10.1.2.3', apiKey: 'sk-c' }, chat('x', 5000));
    expect(decision).toEqual({
      allowed: true,
      bypassed: true,
      key: undefined,
      estimatedTokens: 0,
      results: [],
      retryAfterMs: 0,
      headers: {},
      settle: expect.any(Function),
    });
    expect(await decision.settle({ total_tokens: 5 })).toEqual([]);
  });

  it('settles a streamed answer once even when usage comes from two places', async () => {
    const guard = llmGuard();
    const decision = await guard.check({ apiKey: 'sk-d' }, chat('x', 500));
    const results = await Promise.all([
      decision.settle({ total_tokens: 100 }),
      decision.settle({ total_tokens: 100 }),
    ]);
    expect(results.map((r) => r.length)).toEqual([1, 0]);
    expect((await guard.limiters[1]!.peek(decision.key!)).remaining).toBe(900);
  });

  it('shares one store between policies and sends legacy headers on request', async () => {
    const store = createMemoryStore({ maxKeys: 100 });
    const guard = createRateLimitGuard({
      store,
      now: testClock(),
      legacyHeaders: true,
      policies: [
        { name: 'burst', capacity: 5, refillPerSecond: 5 },
        { name: 'minute', capacity: 60, refillPerSecond: 1 },
      ],
    });
    const decision = await guard.check({ ip: '198.51.100.7' });
    expect(store.size).toBe(2);
    expect(decision.headers).toMatchObject({
      'X-RateLimit-Limit': '5',
      'X-RateLimit-Remaining': '4',
      'X-RateLimit-Reset': '1',
    });
  });

  it('never freezes a store the caller owns', async () => {
    const store = {
      calls: 0,
      take(): { allowed: boolean; remaining: number; retryAfterMs: number; resetMs: number } {
        this.calls++;
        return { allowed: true, remaining: 0, retryAfterMs: 0, resetMs: 1000 };
      },
    };
    const guard = createRateLimitGuard({ store, now: testClock() });
    expect(Object.isFrozen(store)).toBe(false);
    expect((await guard.check({ ip: '198.51.100.7' })).allowed).toBe(true);
    expect(store.calls).toBe(1);
  });

  it('fails closed on store errors by default and reports them', async () => {
    const onError = vi.fn();
    const store: RateLimitStore = {
      take: () => Promise.reject(new Error('ECONNREFUSED')),
    };
    const guard = createRateLimitGuard({ store, onError, now: testClock() });
    const decision = await guard.check({ ip: '198.51.100.7' });
    expect(decision.allowed).toBe(false);
    expect(decision.results[0]?.error).toBeInstanceOf(ParapetStoreError);
    expect(decision.headers).toEqual({ 'Retry-After': '1' });
    expect(onError).toHaveBeenCalledOnce();
  });

  it('rejects duplicate policy names and bad nested options by path', () => {
    let error: unknown;
    try {
      createRateLimitGuard({
        key: { by: 'cookie' as never },
        policies: [
          { name: 'a', capacity: 1, refillPerSecond: 1 },
          { name: 'a', capacity: 0, refillPerSecond: 1 },
        ],
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ParapetConfigError);
    expect((error as ParapetConfigError).issues.map((issue) => issue.path)).toEqual([
      'key.by',
      'policies[1].capacity',
      'policies[1].name',
    ]);
  });

  it('explains a duplicate policy name', () => {
    expect(() =>
      createRateLimitGuard({
        policies: [
          { name: 'a', capacity: 1, refillPerSecond: 1 },
          { name: 'a', capacity: 2, refillPerSecond: 1 },
        ],
      }),
    ).toThrow(/policies\[1\]\.name: duplicate policy name/);
  });
});
