import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRateLimiter, type RateLimitResult } from '../../src/core/limit/limiter.js';
import { createRedisStore } from '../../src/stores/redis.js';
import { flavors } from './clients.js';
import { type RedisServer, startRedisServer } from './redis-server.js';

let server: RedisServer;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => {
  unhandled.push(reason);
};

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  server = await startRedisServer();
});

afterAll(async () => {
  await server?.stop();
  process.off('unhandledRejection', onUnhandled);
  expect(unhandled).toEqual([]);
});

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const cases = flavors.flatMap((flavor) =>
  [true, false].map((failFast) => ({
    flavor,
    failFast,
    label: `${flavor.name}, ${failFast ? 'failing fast' : 'queueing'} while disconnected`,
  })),
);

describe.each(cases)('Redis store when Redis dies ($label)', ({ flavor, failFast }) => {
  it('answers per onStoreError while Redis is down, then recovers after a restart', async () => {
    const conn = await flavor.connect(server.port, { failFast });
    try {
      const store = createRedisStore({ client: conn.client, timeoutMs: 750 });
      const tag = `${flavor.name}-${failFast}`;
      const open = createRateLimiter({
        name: `open-${tag}`,
        capacity: 1000,
        refillPerSecond: 1,
        store,
        onStoreError: 'open',
      });
      const closed = createRateLimiter({
        name: `closed-${tag}`,
        capacity: 1000,
        refillPerSecond: 1,
        store,
        onStoreError: 'closed',
      });

      const until = async (check: () => boolean, what: string): Promise<void> => {
        for (let waited = 0; !check(); waited += 20) {
          if (waited > 15_000) throw new Error(`timed out waiting for ${what}`);
          await sleep(20);
        }
      };

      // A steady stream of takes, the way a busy server calls the limiter.
      // Each entry records the phase its calls started in; the 'stopping' and
      // 'restarting' phases separate calls that may straddle a kill or restart.
      const log: { phase: string; open: RateLimitResult; closed: RateLimitResult }[] = [];
      let phase = 'up';
      let running = true;
      const loop = (async () => {
        while (running) {
          const started = phase;
          const [o, c] = await Promise.all([open.take('client'), closed.take('client')]);
          log.push({ phase: started, open: o, closed: c });
          await sleep(5);
        }
      })();
      const enter = async (next: string): Promise<void> => {
        phase = next;
        await until(() => log.some((entry) => entry.phase === next), `a call in phase ${next}`);
      };
      await until(() => log.length >= 5, 'takes while Redis is up');
      await enter('stopping');
      await server.kill();
      phase = 'down';
      await until(
        () =>
          log.filter((entry) => entry.phase === 'down' && entry.open.error !== undefined).length >=
          3,
        'failed takes while Redis is down',
      );
      phase = 'restarting';
      await server.restart();
      await enter('restarted');
      await until(
        () =>
          log.filter(
            (e) =>
              e.phase === 'restarted' && e.open.error === undefined && e.closed.error === undefined,
          ).length >= 3,
        'recovery after the restart',
      );
      running = false;
      await loop;

      const up = log.filter((entry) => entry.phase === 'up');
      for (const entry of up) {
        expect(entry.open).toMatchObject({ allowed: true, error: undefined });
        expect(entry.closed).toMatchObject({ allowed: true, error: undefined });
      }
      const failures = log.filter(
        (entry) => entry.open.error !== undefined || entry.closed.error !== undefined,
      );
      expect(failures.length).toBeGreaterThanOrEqual(3);
      for (const entry of failures) {
        for (const [result, allowed] of [
          [entry.open, true],
          [entry.closed, false],
        ] as const) {
          if (result.error === undefined) continue;
          expect(result.allowed).toBe(allowed);
          expect(['ERR_PARAPET_STORE', 'ERR_PARAPET_STORE_TIMEOUT']).toContain(result.error.code);
        }
      }
      // The restarted server lost the script and the buckets: the store reloaded
      // the script by itself (NOSCRIPT -> EVAL) and counts from a full bucket,
      // less at most every call made since the kill (a queueing client replays
      // the ones that timed out).
      const last = log[log.length - 1]!;
      expect(last.open).toMatchObject({ allowed: true, error: undefined });
      const sinceKill = log.filter((entry) => entry.phase !== 'up');
      expect(last.closed.remaining).toBeLessThan(1000);
      expect(last.closed.remaining).toBeGreaterThanOrEqual(1000 - sinceKill.length);
    } finally {
      await conn.close();
      if (!server.running) await server.restart();
    }
  });
});
