/**
 * Rate limiter benchmarks. `take` on one hot key and over 1 000 000 keys:
 * parapet's memory store, rate-limiter-flexible's RateLimiterMemory and a
 * bare Map bucket (the practical limit), all with the same promise-returning
 * call; then heap per key at 1 000 000 keys for each. parapet comes from the
 * built bundle ('parapet' is aliased to dist/; run `npm run build` first).
 *
 * The Redis part starts its own redis-server on a free port and compares
 * 50 concurrent callers on one ioredis connection: parapet's Redis store
 * (imported from source, src/stores/redis.ts, since the parapet/redis
 * subpath is not in the build yet; the work is on the server) against
 * rate-limiter-flexible's RateLimiterRedis.
 */
import { Redis } from 'ioredis';
import { createRateLimiter } from 'parapet';
import { RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';
import { afterAll, bench, describe, expect } from 'vitest';
import { createRedisStore } from '../src/stores/redis.js';
import { startRedisServer } from '../test/stores/redis-server.js';
import { clientKey, heapPerKey } from './limit-heap.js';
import { MapBucket } from './limit-map-bucket.js';

const KEYS = 1_000_000;
const keys = Array.from({ length: KEYS }, (_, i) => clientKey(i));
// Budgets large enough that every timed call is admitted: the comparison is
// of the common path, not of rejections (which rate-limiter-flexible throws).
const CAPACITY = 1_000_000_000;
const RATE = 1_000_000;

// Correct answers first: each contender admits its capacity, then refuses.
{
  const small = createRateLimiter({ capacity: 3, refillPerSecond: 0.001, now: () => 0 });
  const map = new MapBucket(3, 0.001);
  const rlf = new RateLimiterMemory({ points: 3, duration: 3600 });
  for (let i = 0; i < 3; i++) {
    expect((await small.take('k')).allowed).toBe(true);
    expect((await map.take('k')).allowed).toBe(true);
    await rlf.consume('k');
  }
  expect((await small.take('k')).allowed).toBe(false);
  expect((await map.take('k')).allowed).toBe(false);
  await expect(rlf.consume('k')).rejects.toMatchObject({ remainingPoints: 0 });
}

function contenders(maxKeys: number) {
  return {
    parapet: createRateLimiter({ capacity: CAPACITY, refillPerSecond: RATE, maxKeys }),
    rlf: new RateLimiterMemory({ points: CAPACITY, duration: 3600 }),
    map: new MapBucket(CAPACITY, RATE),
  };
}

describe('limit take, one hot key', () => {
  const { parapet, rlf, map } = contenders(100_000);
  bench('parapet memory store', async () => {
    await parapet.take('203.0.113.7');
  });
  bench('rate-limiter-flexible RateLimiterMemory', async () => {
    await rlf.consume('203.0.113.7');
  });
  bench('Map bucket (practical limit)', async () => {
    await map.take('203.0.113.7');
  });
});

describe('limit take, 1M keys in rotation', () => {
  // Every store holds all 1M keys, so each call is a lookup in a big table.
  const { parapet, rlf, map } = contenders(KEYS);
  let a = 0;
  let b = 0;
  let c = 0;
  bench('parapet memory store', async () => {
    await parapet.take(keys[a++ % KEYS]!);
  });
  bench('rate-limiter-flexible RateLimiterMemory', async () => {
    await rlf.consume(keys[b++ % KEYS]!);
  });
  bench('Map bucket (practical limit)', async () => {
    await map.take(keys[c++ % KEYS]!);
  });
});

describe('limit take, 1M keys through the default 100k-key store (every call evicts)', () => {
  const parapet = createRateLimiter({ capacity: CAPACITY, refillPerSecond: RATE });
  let a = 0;
  bench('parapet memory store, maxKeys 100 000', async () => {
    await parapet.take(keys[a++ % KEYS]!);
  });
});

// Heap per key at 1M keys, printed once per run.
{
  const parapet = await heapPerKey(
    () => createRateLimiter({ capacity: 100, refillPerSecond: 1, maxKeys: KEYS }),
    (limiter, key) => limiter.take(key),
    KEYS,
  );
  const map = await heapPerKey(
    () => new MapBucket(100, 1),
    (bucket, key) => bucket.take(key),
    KEYS,
  );
  const rlf = await heapPerKey(
    () => new RateLimiterMemory({ points: 100, duration: 60 }),
    (limiter, key) => limiter.consume(key),
    KEYS,
  );
  const row = (name: string, bytes: number): string =>
    `  ${name.padEnd(42)} ${bytes.toFixed(0).padStart(5)} B/key`;
  console.log(
    [
      'heap per key, 1 000 000 keys:',
      row('parapet memory store (maxKeys 1 000 000)', parapet),
      row('rate-limiter-flexible RateLimiterMemory', rlf),
      row('Map bucket', map),
    ].join('\n'),
  );
}

// Redis: 50 concurrent callers on loopback.
const server = await startRedisServer();
afterAll(async () => {
  await server.stop();
});
const CALLERS = 50;
const callers = Array.from({ length: CALLERS }, (_, i) => `caller-${i}`);
const parapetClient = new Redis({ port: server.port, host: '127.0.0.1' });
const rlfClient = new Redis({ port: server.port, host: '127.0.0.1' });
afterAll(() => {
  parapetClient.disconnect();
  rlfClient.disconnect();
});
const redisLimiter = createRateLimiter({
  name: 'bench',
  capacity: CAPACITY,
  refillPerSecond: RATE,
  store: createRedisStore({ client: parapetClient, timeoutMs: 5000 }),
});
const rlfRedis = new RateLimiterRedis({
  storeClient: rlfClient,
  points: CAPACITY,
  duration: 3600,
  keyPrefix: 'rlf-bench',
});
{
  const result = await redisLimiter.take('check');
  expect(result).toMatchObject({ allowed: true, remaining: CAPACITY - 1, error: undefined });
  expect((await rlfRedis.consume('check')).remainingPoints).toBe(CAPACITY - 1);
}

describe(`limit take on Redis, ${CALLERS} concurrent callers (x${CALLERS} for takes/s)`, () => {
  bench('parapet Redis store', async () => {
    await Promise.all(callers.map((key) => redisLimiter.take(key)));
  });
  bench('rate-limiter-flexible RateLimiterRedis', async () => {
    await Promise.all(callers.map((key) => rlfRedis.consume(key)));
  });
});
