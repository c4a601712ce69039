import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TokenBucketResult } from '../../../src/core/limit/bucket.js';
import {
  createRateLimiter,
  STORE_ERROR_RETRY_MS,
  takeAll,
} from '../../../src/core/limit/limiter.js';
import { createMemoryStore } from '../../../src/core/limit/memory-store.js';
import type { RateLimitStore } from '../../../src/core/limit/store.js';
import {
  ParapetConfigError,
  ParapetError,
  ParapetInputError,
  ParapetStoreError,
} from '../../../src/errors.js';
import { testClock } from './clock.js';

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => {
  unhandled.push(reason);
};
beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
});
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
  expect(unhandled).toEqual([]);
});

function configError(run: () => unknown): ParapetConfigError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ParapetConfigError);
    return error as ParapetConfigError;
  }
  throw new Error('expected a ParapetConfigError');
}

const failing = (error: unknown): RateLimitStore => ({
  take() {
    return Promise.reject(error);
  },
});

describe('createRateLimiter options', () => {
  it('rejects non-positive and unbounded numbers by path, without clamping', () => {
    const error = configError(() =>
      createRateLimiter({ capacity: 0, refillPerSecond: -1, maxKeys: Number.POSITIVE_INFINITY }),
    );
    expect(error.code).toBe('ERR_PARAPET_CONFIG');
    expect(error.issues.map((issue) => issue.path).sort()).toEqual([
      'capacity',
      'maxKeys',
      'refillPerSecond',
    ]);
    expect(error.message).toMatch(/^Invalid rate limiter options \(3 problems\)/);
  });

  it('rejects a fractional capacity and a refill slower than one fill per 366 days', () => {
    expect(
      configError(() => createRateLimiter({ capacity: 1.5, refillPerSecond: 1 })).issues,
    ).toEqual([{ path: 'capacity', message: 'Invalid input: expected int, received number' }]);
    const slow = configError(() =>
      createRateLimiter({ capacity: 1_000_000, refillPerSecond: 0.001 }),
    );
    expect(slow.issues).toEqual([
      {
        path: 'refillPerSecond',
        message: 'too slow: an empty bucket must refill within 31622400 seconds (366 days)',
      },
    ]);
  });

  it('suggests the right name for a misspelt option', () => {
    const error = configError(() =>
      createRateLimiter({ capacity: 1, refillPerSecond: 1, onStoreErorr: 'open' } as never),
    );
    expect(error.issues).toEqual([
      { path: 'onStoreErorr', message: 'unknown option; did you mean `onStoreError`?' },
    ]);
  });

  it('refuses names that would break headers or keys, and stores without take', () => {
    const error = configError(() =>
      createRateLimiter({
        name: 'per "minute"',
        capacity: 1,
        refillPerSecond: 1,
        store: {} as RateLimitStore,
      }),
    );
    expect(error.issues.map((issue) => issue.path)).toEqual(['name', 'store']);
  });

  it('freezes the resolved options but keeps the store and clock usable', async () => {
    const store = createMemoryStore({ maxKeys: 10 });
    const now = testClock();
    const limiter = createRateLimiter({ capacity: 2, refillPerSecond: 1, store, now });
    expect(Object.isFrozen(limiter.options)).toBe(true);
    expect(limiter.options.store).toBe(store);
    expect(limiter.options.now).toBe(now);
    expect(limiter.policy).toEqual({
      name: 'default',
      capacity: 2,
      refillPerSecond: 1,
      unit: 'requests',
    });
    await limiter.take('a');
    expect(store.size).toBe(1);
  });

  it('never freezes a store the caller owns', async () => {
    const store = {
      calls: 0,
      take(): TokenBucketResult {
        this.calls++;
        return { allowed: true, remaining: 0, retryAfterMs: 0, resetMs: 1000 };
      },
    };
    const limiter = createRateLimiter({ capacity: 2, refillPerSecond: 1, store });
    expect(Object.isFrozen(store)).toBe(false);
    expect((await limiter.take('k')).error).toBeUndefined();
    expect(store.calls).toBe(1);
  });

  it('refuses two different policies under one name on one store', () => {
    const store = createMemoryStore();
    createRateLimiter({ name: 'requests', capacity: 10, refillPerSecond: 1, store });
    createRateLimiter({ name: 'requests', capacity: 10, refillPerSecond: 1, store });
    const error = configError(() =>
      createRateLimiter({ name: 'requests', capacity: 20, refillPerSecond: 1, store }),
    );
    expect(error.issues[0]?.path).toBe('name');
    expect(() =>
      createRateLimiter({
        name: 'requests',
        capacity: 20,
        refillPerSecond: 1,
        store: createMemoryStore(),
      }),
    ).not.toThrow();
  });
});

describe('rate limiter', () => {
  it('admits bursts up to capacity, then refills with time', async () => {
    const now = testClock();
    const limiter = createRateLimiter({ capacity: 3, refillPerSecond: 1, now });
    const first = await limiter.take('203.0.113.7');
    expect(first).toEqual({
      allowed: true,
      remaining: 2,
      retryAfterMs: 0,
      resetMs: 1000,
      cost: 1,
      policy: limiter.policy,
      error: undefined,
    });
    expect((await limiter.take('203.0.113.7', 2)).remaining).toBe(0);
    const refused = await limiter.take('203.0.113.7');
    expect(refused).toMatchObject({ allowed: false, remaining: 0, retryAfterMs: 1000 });
    expect((await limiter.take('198.51.100.1')).allowed).toBe(true);
    now.advance(999);
    expect((await limiter.take('203.0.113.7')).allowed).toBe(false);
    now.advance(1);
    expect((await limiter.take('203.0.113.7')).allowed).toBe(true);
  });

  it('refunds up to capacity and charges into debt', async () => {
    const now = testClock();
    const limiter = createRateLimiter({ capacity: 100, refillPerSecond: 10, unit: 'tokens', now });
    await limiter.take('k', 90);
    expect(await limiter.refund('k', 30)).toMatchObject({ allowed: true, remaining: 40, cost: 30 });
    expect((await limiter.refund('k', 1000)).remaining).toBe(100);
    const debt = await limiter.charge('k', 150);
    expect(debt).toMatchObject({ allowed: true, remaining: 0, resetMs: 15_000 });
    expect((await limiter.peek('k')).allowed).toBe(false);
    const refused = await limiter.take('k', 10);
    expect(refused.retryAfterMs).toBe(6000);
    now.advance(6000);
    expect((await limiter.take('k', 10)).allowed).toBe(true);
  });

  it('peeks without taking', async () => {
    const limiter = createRateLimiter({ capacity: 5, refillPerSecond: 1, now: testClock() });
    await limiter.take('k', 2);
    expect(await limiter.peek('k')).toMatchObject({ allowed: true, remaining: 3, cost: 0 });
    expect((await limiter.peek('k')).remaining).toBe(3);
  });

  it('refuses a cost above capacity with an infinite wait', async () => {
    const limiter = createRateLimiter({ capacity: 5, refillPerSecond: 1, now: testClock() });
    const result = await limiter.take('k', 6);
    expect(result.allowed).toBe(false);
    expect(result.retryAfterMs).toBe(Number.POSITIVE_INFINITY);
  });

  it('rejects bad keys and costs with ParapetInputError, never touching the store', async () => {
    const take = vi.fn();
    const limiter = createRateLimiter({ capacity: 5, refillPerSecond: 1, store: { take } });
    const cases: [Promise<unknown>, string][] = [
      [limiter.take(''), 'rate-limit key must be a string of 1 to 1024 characters'],
      [limiter.take('x'.repeat(1025)), 'rate-limit key must be a string of 1 to 1024 characters'],
      [
        limiter.take(42 as unknown as string),
        'rate-limit key must be a string of 1 to 1024 characters',
      ],
      [limiter.take('k', -1), 'cost must be a finite number >= 0'],
      [limiter.take('k', Number.NaN), 'cost must be a finite number >= 0'],
      [limiter.take('k', Number.POSITIVE_INFINITY), 'cost must be a finite number >= 0'],
      [limiter.refund('k', -1), 'refund amount must be a finite number >= 0'],
      [limiter.charge('k', Number.NaN), 'charge amount must be a finite number >= 0'],
    ];
    for (const [promise, message] of cases) {
      const error = await promise.then(
        () => undefined,
        (reason: unknown) => reason,
      );
      expect(error).toBeInstanceOf(ParapetInputError);
      expect(error).toMatchObject({ code: 'ERR_PARAPET_INPUT', message });
    }
    expect(take).not.toHaveBeenCalled();
  });

  it('rejects with a config error when the clock fails, never throwing synchronously', async () => {
    const nan = createRateLimiter({ capacity: 5, refillPerSecond: 1, now: () => Number.NaN });
    await expect(nan.take('k')).rejects.toMatchObject({
      code: 'ERR_PARAPET_CONFIG',
      issues: [{ path: 'now', message: 'the clock returned a non-finite time' }],
    });
    const broken = new Error('clock source gone');
    const throwing = createRateLimiter({
      capacity: 5,
      refillPerSecond: 1,
      now: () => {
        throw broken;
      },
    });
    const pending = throwing.take('k');
    await expect(pending).rejects.toMatchObject({
      code: 'ERR_PARAPET_CONFIG',
      issues: [{ path: 'now', message: 'the clock threw' }],
      cause: broken,
    });
  });

  it('rejects bad keys and a failing clock alike on its own store and on a shared one', async () => {
    const clocks: [() => number, string][] = [
      [() => Number.NaN, 'the clock returned a non-finite time'],
      [() => Number.POSITIVE_INFINITY, 'the clock returned a non-finite time'],
      [
        () => {
          throw new Error('clock source gone');
        },
        'the clock threw',
      ],
    ];
    for (const store of [undefined, createMemoryStore({ maxKeys: 10 })]) {
      const limiter = createRateLimiter({ capacity: 5, refillPerSecond: 1, store });
      for (const key of ['', 'x'.repeat(1025), 7 as unknown as string]) {
        for (const call of [
          limiter.take(key),
          limiter.refund(key, 1),
          limiter.charge(key, 1),
          limiter.peek(key),
        ]) {
          await expect(call).rejects.toMatchObject({
            code: 'ERR_PARAPET_INPUT',
            message: 'rate-limit key must be a string of 1 to 1024 characters',
          });
        }
      }
      expect((await limiter.take('x'.repeat(1024))).allowed).toBe(true);
      for (const [now, message] of clocks) {
        const broken = createRateLimiter({ capacity: 5, refillPerSecond: 1, store, now });
        await expect(broken.take('k')).rejects.toBeInstanceOf(ParapetConfigError);
        await expect(broken.peek('k')).rejects.toMatchObject({
          code: 'ERR_PARAPET_CONFIG',
          issues: [{ path: 'now', message }],
        });
      }
    }
  });

  it('turns a store failure into a closed answer and an error event by default', async () => {
    const onError = vi.fn();
    const cause = new Error('connection reset');
    const limiter = createRateLimiter({
      capacity: 5,
      refillPerSecond: 1,
      store: failing(cause),
      onError,
    });
    const result = await limiter.take('k');
    expect(result).toMatchObject({
      allowed: false,
      remaining: 0,
      retryAfterMs: STORE_ERROR_RETRY_MS,
      resetMs: 0,
    });
    expect(result.error).toBeInstanceOf(ParapetStoreError);
    expect(result.error).toMatchObject({
      code: 'ERR_PARAPET_STORE',
      message: 'rate-limit store failed',
      cause,
    });
    expect(onError).toHaveBeenCalledExactlyOnceWith(result.error);
  });

  it('admits on store failure when configured open, and keeps timeouts as they are', async () => {
    const timeout = new ParapetStoreError(
      'ERR_PARAPET_STORE_TIMEOUT',
      'Redis did not answer within 5 ms',
    );
    const limiter = createRateLimiter({
      capacity: 5,
      refillPerSecond: 1,
      store: failing(timeout),
      onStoreError: 'open',
    });
    const result = await limiter.take('k');
    expect(result).toMatchObject({ allowed: true, retryAfterMs: 0 });
    expect(result.error).toBe(timeout);
    // A failed refund is reported as not applied, whatever onStoreError says.
    expect((await limiter.refund('k', 1)).allowed).toBe(false);
  });

  it('wraps synchronous throws, non-Error rejections and malformed results', async () => {
    const stores: RateLimitStore[] = [
      {
        take() {
          throw new TypeError('boom');
        },
      },
      failing('a string, not an Error'),
      failing(undefined),
      { take: () => null as unknown as TokenBucketResult },
      { take: () => ({ nope: true }) as unknown as TokenBucketResult },
      { take: () => Promise.resolve(null as unknown as TokenBucketResult) },
    ];
    for (const store of stores) {
      const limiter = createRateLimiter({ capacity: 5, refillPerSecond: 1, store });
      const result = await limiter.take('k');
      expect(result.allowed).toBe(false);
      expect(result.error).toBeInstanceOf(ParapetError);
      expect(result.error?.code).toBe('ERR_PARAPET_STORE');
    }
  });

  it('ignores a listener that throws', async () => {
    const limiter = createRateLimiter({
      capacity: 5,
      refillPerSecond: 1,
      store: failing(new Error('down')),
      onError: () => {
        throw new Error('logger broke');
      },
    });
    await expect(limiter.take('k')).resolves.toMatchObject({ allowed: false });
  });

  it('keeps buckets of different names apart on a shared store', async () => {
    const store = createMemoryStore();
    const now = testClock();
    const a = createRateLimiter({ name: 'a', capacity: 1, refillPerSecond: 1, store, now });
    const b = createRateLimiter({ name: 'b', capacity: 1, refillPerSecond: 1, store, now });
    expect((await a.take('k')).allowed).toBe(true);
    expect((await b.take('k')).allowed).toBe(true);
    expect((await a.take('k')).allowed).toBe(false);
  });
});

describe('takeAll', () => {
  function pair() {
    const now = testClock();
    const requests = createRateLimiter({ name: 'requests', capacity: 10, refillPerSecond: 1, now });
    const tokens = createRateLimiter({
      name: 'tokens',
      unit: 'tokens',
      capacity: 1000,
      refillPerSecond: 10,
      now,
    });
    return { now, requests, tokens };
  }

  it('admits when every policy admits', async () => {
    const { requests, tokens } = pair();
    const outcome = await takeAll('k', [{ limiter: requests }, { limiter: tokens, cost: 600 }]);
    expect(outcome.allowed).toBe(true);
    expect(outcome.refunded).toBe(false);
    expect(outcome.results.map((r) => r.remaining)).toEqual([9, 400]);
  });

  it('refunds the policies that admitted when one refuses', async () => {
    const { requests, tokens } = pair();
    await takeAll('k', [{ limiter: requests }, { limiter: tokens, cost: 600 }]);
    const outcome = await takeAll('k', [{ limiter: requests }, { limiter: tokens, cost: 600 }]);
    expect(outcome.allowed).toBe(false);
    expect(outcome.refunded).toBe(true);
    expect(outcome.retryAfterMs).toBe(20_000);
    expect(outcome.results.map((r) => r.allowed)).toEqual([true, false]);
    expect((await requests.peek('k')).remaining).toBe(9);
    expect((await tokens.peek('k')).remaining).toBe(400);
  });

  it('refunds and rejects when one take has a bad cost', async () => {
    const { requests, tokens } = pair();
    await expect(
      takeAll('k', [{ limiter: requests }, { limiter: tokens, cost: -5 }]),
    ).rejects.toBeInstanceOf(ParapetInputError);
    expect((await requests.peek('k')).remaining).toBe(10);
  });

  it('refunds when a policy fails closed, not when it fails open', async () => {
    const { now, requests } = pair();
    const closed = createRateLimiter({
      name: 'c',
      capacity: 5,
      refillPerSecond: 1,
      store: failing(new Error('x')),
      now,
    });
    const open = createRateLimiter({
      name: 'o',
      capacity: 5,
      refillPerSecond: 1,
      store: failing(new Error('x')),
      onStoreError: 'open',
      now,
    });
    const refused = await takeAll('k', [{ limiter: requests }, { limiter: closed }]);
    expect(refused).toMatchObject({
      allowed: false,
      refunded: true,
      retryAfterMs: STORE_ERROR_RETRY_MS,
    });
    expect((await requests.peek('k')).remaining).toBe(10);
    const admitted = await takeAll('k', [{ limiter: requests }, { limiter: open }]);
    expect(admitted.allowed).toBe(true);
    expect((await requests.peek('k')).remaining).toBe(9);
  });
});
