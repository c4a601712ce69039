import { createHash } from 'node:crypto';
import { fc } from '@fast-check/vitest';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/core/limit/limiter.js';
import { createMemoryStore } from '../../src/core/limit/memory-store.js';
import { createRedisStore, TOKEN_BUCKET_SCRIPT } from '../../src/stores/redis.js';
import { testClock } from '../core/limit/clock.js';
import { type ClientFlavor, flavors, type TestClient } from './clients.js';
import { type RedisServer, startRedisServer } from './redis-server.js';

let server: RedisServer;
let admin: Redis;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => {
  unhandled.push(reason);
};

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  server = await startRedisServer();
  admin = new Redis({ port: server.port, host: '127.0.0.1' });
});

afterAll(async () => {
  admin?.disconnect();
  await server?.stop();
  process.off('unhandledRejection', onUnhandled);
  expect(unhandled).toEqual([]);
});

let names = 0;
/** A policy name no other test has used, so tests never share buckets. */
const fresh = (): string => `p${++names}`;

describe.each(flavors)('Redis store with $name', (flavor: ClientFlavor) => {
  let conn: TestClient;
  beforeAll(async () => {
    conn = await flavor.connect(server.port);
  });
  afterAll(async () => {
    await conn?.close();
  });

  it('decides exactly as the memory store for any sequence of calls', async () => {
    const op = fc.record({
      dt: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 10_000 })),
      key: fc.constantFrom('a', 'b'),
      kind: fc.constantFrom('take', 'refund', 'charge', 'peek'),
      amount: fc.oneof(
        fc.integer({ min: 0, max: 12 }),
        fc.double({ min: 0, max: 12, noNaN: true }),
      ),
    });
    // Slow refills: Redis expires a key by its own clock (a second after the
    // bucket would be full) while the test clock stands still between steps,
    // so most fill times stay far above the wall time a run takes.
    const policy = fc.record({
      capacity: fc.integer({ min: 1, max: 10 }),
      refillPerSecond: fc.constantFrom(0.05, 0.1, 1 / 7, 0.3),
    });
    await fc.assert(
      fc.asyncProperty(policy, fc.array(op, { maxLength: 30 }), async (numbers, ops) => {
        const now = testClock();
        const name = fresh();
        const redis = createRateLimiter({
          ...numbers,
          name,
          now,
          store: createRedisStore({ client: conn.client, clock: 'caller' }),
        });
        const memory = createRateLimiter({ ...numbers, name, now, store: createMemoryStore() });
        for (const { dt, key, kind, amount } of ops) {
          now.advance(dt);
          const call = (limiter: typeof redis) =>
            kind === 'take'
              ? limiter.take(key, amount)
              : kind === 'refund'
                ? limiter.refund(key, amount)
                : kind === 'charge'
                  ? limiter.charge(key, amount)
                  : limiter.peek(key);
          const [fromRedis, fromMemory] = await Promise.all([call(redis), call(memory)]);
          expect(fromRedis.error).toBeUndefined();
          expect(fromRedis).toEqual(fromMemory);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('keeps state under <prefix><policy>:{<key>}, expiring a second after full, and deletes full buckets', async () => {
    const store = createRedisStore({ client: conn.client, clock: 'caller', prefix: 'test:rl:' });
    const name = fresh();
    const now = testClock(5_000_000);
    const limiter = createRateLimiter({ name, capacity: 10, refillPerSecond: 1, store, now });
    await limiter.take('203.0.113.7', 3);
    const key = `test:rl:${name}:{203.0.113.7}`;
    expect(store.keyFor('203.0.113.7', limiter.policy)).toBe(key);
    expect(await admin.get(key)).toBe('7 5000000');
    // Full in 3 s, plus the one-second margin.
    const ttl = await admin.pttl(key);
    expect(ttl).toBeGreaterThan(3000);
    expect(ttl).toBeLessThanOrEqual(4000);
    await limiter.refund('203.0.113.7', 3);
    expect(await admin.exists(key)).toBe(0);
  });

  it('keeps callers from moving the cluster hash tag', async () => {
    const store = createRedisStore({ client: conn.client });
    const policy = { name: 'requests', capacity: 1, refillPerSecond: 1 };
    expect(store.keyFor('a}{b%', policy)).toBe('parapet:rl:requests:{a%7D%7Bb%25}');
    expect(store.keyFor('a%7D', policy)).not.toBe(store.keyFor('a}', policy));
    // Every policy of one caller shares one hash tag, so one cluster slot.
    const tag = (key: string): string => key.slice(key.indexOf('{') + 1, key.indexOf('}'));
    expect(tag(store.keyFor('sub:42', policy))).toBe(
      tag(store.keyFor('sub:42', { ...policy, name: 'tokens' })),
    );
  });

  it('falls back to EVAL when the server lost the script (SCRIPT FLUSH)', async () => {
    const sha = createHash('sha1').update(TOKEN_BUCKET_SCRIPT).digest('hex');
    const limiter = createRateLimiter({
      name: fresh(),
      capacity: 5,
      refillPerSecond: 1,
      store: createRedisStore({ client: conn.client }),
    });
    expect((await limiter.take('k')).remaining).toBe(4);
    await admin.call('SCRIPT', 'FLUSH');
    expect(await admin.call('SCRIPT', 'EXISTS', sha)).toEqual([0]);
    const after = await limiter.take('k');
    expect(after.error).toBeUndefined();
    expect(after.remaining).toBe(3);
    expect(await admin.call('SCRIPT', 'EXISTS', sha)).toEqual([1]);
  });

  it('refills on the server clock by default, ignoring the caller clock', async () => {
    const store = createRedisStore({ client: conn.client });
    const name = fresh();
    const limiter = createRateLimiter({
      name,
      capacity: 10,
      refillPerSecond: 1,
      store,
      now: () => 0,
    });
    const before = Date.now();
    await limiter.take('k', 4);
    const after = Date.now();
    const [, updatedAt] = String(await admin.get(store.keyFor('k', limiter.policy))).split(' ');
    // Same machine, so the server's clock and ours agree to well within a second.
    expect(Number(updatedAt)).toBeGreaterThan(before - 1000);
    expect(Number(updatedAt)).toBeLessThan(after + 1000);
  });

  it('admits exactly the capacity to 50 concurrent clients x 200 takes on one key', async () => {
    const clients = await Promise.all(
      Array.from({ length: 50 }, () => flavor.connect(server.port)),
    );
    try {
      const name = fresh();
      const limiters = clients.map(({ client }) =>
        createRateLimiter({
          name,
          capacity: 2500,
          refillPerSecond: 1,
          now: () => 1_000_000, // frozen: nothing refills during the run
          store: createRedisStore({ client, clock: 'caller', timeoutMs: 10_000 }),
        }),
      );
      const admitted = await Promise.all(
        limiters.map(async (limiter) => {
          let count = 0;
          for (let i = 0; i < 200; i++) {
            const result = await limiter.take('shared');
            expect(result.error).toBeUndefined();
            if (result.allowed) count++;
          }
          return count;
        }),
      );
      expect(admitted.reduce((a, b) => a + b, 0)).toBe(2500);
      expect((await limiters[0]!.peek('shared')).remaining).toBe(0);
    } finally {
      await Promise.all(clients.map((c) => c.close()));
    }
  });

  it('admits no more than capacity + rate x elapsed on the server clock under the same load', async () => {
    const clients = await Promise.all(
      Array.from({ length: 50 }, () => flavor.connect(server.port)),
    );
    try {
      const name = fresh();
      const rate = 500;
      const limiters = clients.map(({ client }) =>
        createRateLimiter({
          name,
          capacity: 2000,
          refillPerSecond: rate,
          store: createRedisStore({ client, timeoutMs: 10_000 }),
        }),
      );
      const serverMs = async (): Promise<number> => {
        const [s, us] = await admin.time();
        return Number(s) * 1000 + Number(us) / 1000;
      };
      const start = await serverMs();
      const admitted = await Promise.all(
        limiters.map(async (limiter) => {
          let count = 0;
          for (let i = 0; i < 200; i++) if ((await limiter.take('shared')).allowed) count++;
          return count;
        }),
      );
      const elapsed = (await serverMs()) - start;
      const total = admitted.reduce((a, b) => a + b, 0);
      expect(total).toBeGreaterThanOrEqual(2000);
      expect(total).toBeLessThanOrEqual(2000 + Math.floor((rate * elapsed) / 1000));
    } finally {
      await Promise.all(clients.map((c) => c.close()));
    }
  });
});
