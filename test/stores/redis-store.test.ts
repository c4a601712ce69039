import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRateLimiter } from '../../src/core/limit/limiter.js';
import type { StorePolicy } from '../../src/core/limit/store.js';
import { ParapetConfigError, ParapetStoreError } from '../../src/errors.js';
import {
  createRedisStore,
  type IoRedisScriptClient,
  type NodeRedisScriptClient,
} from '../../src/stores/redis.js';

// Unit tests with scripted fake clients: timeouts, error mapping and the
// NOSCRIPT fallback, without a server. redis.test.ts covers the real thing.

const policy: StorePolicy = { name: 'requests', capacity: 10, refillPerSecond: 1 };
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
afterEach(() => {
  vi.restoreAllMocks();
});

function ioFake(evalsha: IoRedisScriptClient['evalsha'], evalFn?: IoRedisScriptClient['eval']) {
  return {
    evalsha: vi.fn(evalsha),
    eval: vi.fn(evalFn ?? (() => Promise.resolve([1, '9 0']))),
  };
}

async function storeError(promise: PromiseLike<unknown>): Promise<ParapetStoreError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ParapetStoreError);
    return error as ParapetStoreError;
  }
  throw new Error('expected the store to reject');
}

describe('createRedisStore', () => {
  it('validates its options', () => {
    const client = ioFake(() => Promise.resolve([1, '9 0']));
    const cases: [unknown, string[]][] = [
      [{ client: {} }, ['client']],
      [{ client, prefix: 'app:{rl}:' }, ['prefix']],
      [{ client, timeoutMs: 0 }, ['timeoutMs']],
      [{ client, timeoutMs: Number.POSITIVE_INFINITY }, ['timeoutMs']],
      [{ client, clock: 'local' }, ['clock']],
      [{ client, prefx: 'a' }, ['prefx']],
    ];
    for (const [options, paths] of cases) {
      let error: unknown;
      try {
        createRedisStore(options as never);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ParapetConfigError);
      expect((error as ParapetConfigError).issues.map((issue) => issue.path)).toEqual(paths);
    }
    expect(createRedisStore({ client }).options).toMatchObject({
      prefix: 'parapet:rl:',
      timeoutMs: 500,
      clock: 'server',
    });
  });

  it('calls ioredis with EVALSHA, one key and string arguments', async () => {
    const client = ioFake(() => Promise.resolve([0, '2.5 1234.5']));
    const store = createRedisStore({ client, clock: 'caller' });
    const result = await store.take('203.0.113.7', 1234.5, policy, 4, 'take');
    expect(result).toEqual({ allowed: false, remaining: 2, retryAfterMs: 1500, resetMs: 7500 });
    const [sha, numKeys, ...rest] = client.evalsha.mock.calls[0]!;
    expect(sha).toMatch(/^[0-9a-f]{40}$/);
    expect([numKeys, ...rest]).toEqual([
      1,
      'parapet:rl:requests:{203.0.113.7}',
      '10',
      '1',
      '4',
      'take',
      '1234.5',
    ]);
  });

  it('calls node-redis with evalSha and keys/arguments, passing no time for the server clock', async () => {
    const evalSha = vi.fn<NodeRedisScriptClient['evalSha']>(() => Promise.resolve([1, '10 99']));
    const client: NodeRedisScriptClient = { evalSha, eval: vi.fn() };
    await createRedisStore({ client }).take('k', 99, policy, -1, 'charge');
    expect(evalSha.mock.calls[0]![1]).toEqual({
      keys: ['parapet:rl:requests:{k}'],
      arguments: ['10', '1', '-1', 'charge', ''],
    });
  });

  it('retries once with EVAL on NOSCRIPT, and not on other errors', async () => {
    const noscript = Object.assign(new Error('NOSCRIPT No matching script. Please use EVAL.'), {
      name: 'ReplyError',
    });
    const client = ioFake(() => Promise.reject(noscript));
    const store = createRedisStore({ client });
    expect((await store.take('k', 0, policy, 1, 'take')).remaining).toBe(9);
    expect(client.eval).toHaveBeenCalledOnce();
    expect(client.eval.mock.calls[0]![0]).toContain("redis.call('GET', KEYS[1])");

    const oom = new Error('OOM command not allowed when used memory > maxmemory');
    const failing = ioFake(() => Promise.reject(oom));
    const error = await storeError(
      createRedisStore({ client: failing }).take('k', 0, policy, 1, 'take'),
    );
    expect(error).toMatchObject({
      code: 'ERR_PARAPET_STORE',
      message: 'Redis rate-limit command failed',
      cause: oom,
    });
    expect(failing.eval).not.toHaveBeenCalled();
  });

  it('times out a slow call, clears its timer and never holds the process open', async () => {
    const timers: NodeJS.Timeout[] = [];
    const realSetTimeout = globalThis.setTimeout;
    vi.spyOn(globalThis, 'setTimeout').mockImplementation(((fn: () => void, ms?: number) => {
      const timer = realSetTimeout(fn, ms);
      timers.push(timer);
      return timer;
    }) as typeof setTimeout);
    let late: (reason: unknown) => void = () => {};
    const client = ioFake(() => new Promise((_, reject) => (late = reject)));
    const store = createRedisStore({ client, timeoutMs: 20 });
    const error = await storeError(store.take('k', 0, policy, 1, 'take'));
    expect(error).toMatchObject({
      code: 'ERR_PARAPET_STORE_TIMEOUT',
      message: 'Redis did not answer within 20 ms',
    });
    expect(timers).toHaveLength(1);
    expect(timers[0]!.hasRef()).toBe(false);
    // The reply that finally fails after the timeout is absorbed, not unhandled.
    late(new Error('Connection is closed.'));
    await new Promise((resolve) => realSetTimeout(resolve, 10));

    const clear = vi.spyOn(globalThis, 'clearTimeout');
    await createRedisStore({ client: ioFake(() => Promise.resolve([1, '3 0'])) }).take(
      'k',
      0,
      policy,
      1,
      'take',
    );
    expect(clear).toHaveBeenCalledWith(timers[1]);
  });

  it('wraps a client that throws synchronously', async () => {
    const client = ioFake(() => {
      throw new Error('Connection is closed.');
    });
    const error = await storeError(createRedisStore({ client }).take('k', 0, policy, 1, 'take'));
    expect(error.code).toBe('ERR_PARAPET_STORE');
  });

  it('refuses malformed replies', async () => {
    for (const reply of [
      null,
      'OK',
      [1],
      [2, '3 0'],
      [1, 'NaN 0'],
      [1, 3],
      ['1', '3 0'],
      [1, '3'],
    ]) {
      const client = ioFake(() => Promise.resolve(reply));
      const error = await storeError(createRedisStore({ client }).take('k', 0, policy, 1, 'take'));
      expect(error).toMatchObject({
        code: 'ERR_PARAPET_STORE',
        message: 'Redis returned a malformed reply',
      });
    }
  });

  it('lets the limiter answer per onStoreError when Redis fails', async () => {
    const client = ioFake(() => Promise.reject(new Error('ECONNREFUSED')));
    const store = createRedisStore({ client });
    const open = createRateLimiter({
      name: 'o',
      capacity: 5,
      refillPerSecond: 1,
      store,
      onStoreError: 'open',
    });
    const closed = createRateLimiter({ name: 'c', capacity: 5, refillPerSecond: 1, store });
    expect(await open.take('k')).toMatchObject({
      allowed: true,
      error: { code: 'ERR_PARAPET_STORE' },
    });
    expect(await closed.take('k')).toMatchObject({
      allowed: false,
      error: { code: 'ERR_PARAPET_STORE' },
    });
  });
});
