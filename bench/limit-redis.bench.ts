/**
 * Redis rate limiter throughput: 50 concurrent callers on one ioredis
 * connection each, over loopback to a private redis-server started here.
 * parapet's limiter and Redis store come from the build (`parapet`,
 * `parapet/redis`; `npm run build` first). Compared with rate-limiter-flexible's RateLimiterRedis. One bench
 * iteration is 50 takes, so takes/s = 50 x hz.
 */
import { Redis } from 'ioredis';
import { createRateLimiter } from 'parapet';
import { createRedisStore } from 'parapet/redis';
import { RateLimiterRedis } from 'rate-limiter-flexible';
import { afterAll, bench, describe, expect } from 'vitest';
import { startRedisServer } from '../test/stores/redis-server.js';

const CALLERS = 50;
const CAPACITY = 1_000_000_000;
const server = await startRedisServer();
const parapetClient = new Redis({ port: server.port, host: '127.0.0.1' });
const rlfClient = new Redis({ port: server.port, host: '127.0.0.1' });
afterAll(async () => {
  parapetClient.disconnect();
  rlfClient.disconnect();
  await server.stop();
});

const callers = Array.from({ length: CALLERS }, (_, i) => `caller-${i}`);
const parapet = createRateLimiter({
  name: 'bench',
  capacity: CAPACITY,
  refillPerSecond: 1_000_000,
  store: createRedisStore({ client: parapetClient, timeoutMs: 5000 }),
});
const rlf = new RateLimiterRedis({
  storeClient: rlfClient,
  points: CAPACITY,
  duration: 3600,
  keyPrefix: 'rlf-bench',
});

// Correct answers first.
expect(await parapet.take('check')).toMatchObject({
  allowed: true,
  remaining: CAPACITY - 1,
  error: undefined,
});
expect((await rlf.consume('check')).remainingPoints).toBe(CAPACITY - 1);

describe(`limit take on Redis, ${CALLERS} concurrent callers (takes/s = ${CALLERS} x hz)`, () => {
  bench('parapet Redis store', async () => {
    await Promise.all(callers.map((key) => parapet.take(key)));
  });
  bench('rate-limiter-flexible RateLimiterRedis', async () => {
    await Promise.all(callers.map((key) => rlf.consume(key)));
  });
});
