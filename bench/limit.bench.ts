/**
 * Memory rate limiter benchmarks: `take` on one hot key, over 1 000 000
 * known keys and on fresh keys, for parapet's memory store,
 * rate-limiter-flexible's RateLimiterMemory and a bare Map bucket (the
 * practical limit), all with the same promise-returning call and awaited
 * the same way; then heap per key at 1 000 000 keys for each. parapet comes
 * from the built bundle ('parapet' is aliased to dist/; `npm run build`
 * first). Each timed store is built in its task's setup and dropped after
 * its run, so no task pays for another's million entries. Redis:
 * bench/limit-redis.bench.ts.
 *
 * One iteration is {@link TAKES} awaited calls: tinybench's bookkeeping per
 * iteration costs more than a hot-key take (about 190 ns here against
 * 120), and timed once per call it would squeeze every ratio towards 1.
 * Multiply the reported hz by TAKES for takes per second.
 */
import { createRateLimiter } from 'parapet';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { afterAll, bench, describe, expect } from 'vitest';
import { clientKey, collectGarbage, heapPerKey } from './limit-heap.js';
import { MapBucket } from './limit-map-bucket.js';

const KEYS = 1_000_000;
const keys = Array.from({ length: KEYS }, (_, i) => clientKey(i));
// Budgets large enough that every timed call is admitted: the comparison is
// of the common path, not of rejections (which rate-limiter-flexible throws).
const CAPACITY = 1_000_000_000;
const RATE = 1_000_000;
/** Awaited calls per timed iteration, the same for every contender. */
const TAKES = 100;

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

type Take = (key: string) => Promise<unknown>;
// rate-limiter-flexible runs last in every group: it arms a timer per key
// that keeps its entries alive for the policy's duration after the bench
// drops the limiter, so any contender timed after it would pay for a heap
// of its leftovers in every collection.
const contenders: Record<string, (maxKeys: number) => Take> = {
  'parapet memory store': (maxKeys) => {
    const limiter = createRateLimiter({ capacity: CAPACITY, refillPerSecond: RATE, maxKeys });
    return (key) => limiter.take(key);
  },
  'Map bucket (practical limit)': () => {
    const bucket = new MapBucket(CAPACITY, RATE);
    return (key) => bucket.take(key);
  },
  'rate-limiter-flexible RateLimiterMemory': () => {
    const limiter = new RateLimiterMemory({ points: CAPACITY, duration: 3600 });
    return (key) => limiter.consume(key);
  },
};

/**
 * A bench whose store is built (and optionally filled) before its first
 * warmup and dropped after its timed run.
 */
function benchStore(
  name: string,
  build: () => Take,
  call: (take: Take) => Promise<unknown>,
  fill = 0,
): void {
  let take: Take | undefined;
  const run = async (): Promise<void> => {
    for (let n = 0; n < TAKES; n++) await call(take!);
  };
  bench(name, run, {
    setup: async () => {
      if (take !== undefined) return;
      // The previous contender's store is garbage now: collect it here, so
      // that no contender pays for another's million entries.
      collectGarbage();
      take = build();
      for (let i = 0; i < fill; i++) await take(keys[i]!);
    },
    teardown: (_task, mode) => {
      if (mode === 'run') take = undefined;
    },
  });
}

describe('limit take, one hot key', () => {
  for (const [name, build] of Object.entries(contenders)) {
    benchStore(
      name,
      () => build(100_000),
      (take) => take('203.0.113.7'),
    );
  }
});

describe('limit take, fresh keys (first sight of each)', () => {
  const fresh = (): ((take: Take) => Promise<unknown>) => {
    let i = 0;
    return (take) => take(`fresh-${i++}`);
  };
  benchStore('parapet memory store', () => contenders['parapet memory store']!(KEYS), fresh());
  benchStore(
    'parapet memory store, default 100 000 keys (evicting)',
    () => contenders['parapet memory store']!(100_000),
    fresh(),
  );
  benchStore(
    'Map bucket (practical limit)',
    () => contenders['Map bucket (practical limit)']!(KEYS),
    fresh(),
  );
  // A fresh key is never seen again, so a one-second window changes nothing
  // for the calls timed here, and its per-key timers end within a second
  // instead of weighing on the next group's collections for an hour.
  benchStore(
    'rate-limiter-flexible RateLimiterMemory',
    () => {
      const limiter = new RateLimiterMemory({ points: CAPACITY, duration: 1 });
      return (key) => limiter.consume(key);
    },
    fresh(),
  );
});

describe('limit take, 1M known keys in rotation', () => {
  // A busy server's steady state: 1M clients already known, each call a hit
  // somewhere in a 1M-entry table, cold in the CPU cache. A stride co-prime
  // with 1M visits every key in an order no cache predicts.
  for (const [name, build] of Object.entries(contenders)) {
    let i = 0;
    benchStore(
      name,
      () => build(KEYS),
      (take) => {
        i = (i + 7919) % KEYS;
        return take(keys[i]!);
      },
      KEYS,
    );
  }
});

// Memory per key at 1M keys, printed once per run, after the timed benches:
// rate-limiter-flexible keeps a timer per key alive for the policy's duration,
// so measured first, its million entries would still be on the heap (and in
// every collection) while the others are timed.
afterAll(async () => {
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
}, 120_000);
