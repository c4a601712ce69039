/**
 * The memory limiters of bench/limit.bench.ts timed in a plain loop, without
 * a benchmark harness: tinybench's per-iteration bookkeeping costs about as
 * much as a hot-key `take`, which squeezes every ratio towards 1 there.
 * Same contenders, same keys, one process, awaited the same way.
 *
 *   npm run build && npx tsx bench/limit-direct.ts
 */
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { createRateLimiter } from '../dist/index.js';
import { clientKey } from './limit-heap.js';
import { MapBucket } from './limit-map-bucket.js';

const KEYS = 1_000_000;
const keys = Array.from({ length: KEYS }, (_, i) => clientKey(i));

type Take = (key: string) => Promise<unknown>;
const contenders: Record<string, () => Take> = {
  parapet: () => {
    const limiter = createRateLimiter({ capacity: 1e9, refillPerSecond: 1e6, maxKeys: KEYS });
    return (key) => limiter.take(key);
  },
  'rate-limiter-flexible': () => {
    const limiter = new RateLimiterMemory({ points: 1e9, duration: 3600 });
    return (key) => limiter.consume(key);
  },
  'Map bucket': () => {
    const bucket = new MapBucket(1e9, 1e6);
    return (key) => bucket.take(key);
  },
};

/** Millions of takes per second over `n` calls. */
async function rate(take: Take, n: number, key: (i: number) => string): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < n; i++) await take(key(i));
  return n / (performance.now() - started) / 1000;
}

for (const scenario of ['hot key', '1M known keys', 'fresh keys'] as const) {
  const out: Record<string, number> = {};
  for (const [name, build] of Object.entries(contenders)) {
    const take = build();
    let key: (i: number) => string;
    if (scenario === 'hot key') key = () => '203.0.113.7';
    else if (scenario === '1M known keys') {
      for (const k of keys) await take(k);
      let j = 0;
      key = () => {
        j = (j + 7919) % KEYS;
        return keys[j]!;
      };
    } else {
      let f = 0;
      key = () => `fresh-${f++}`;
    }
    const n = scenario === 'fresh keys' ? 500_000 : 1_000_000;
    await rate(take, n / 5, key); // warm-up
    out[name] = await rate(take, n, key);
  }
  const p = out['parapet']!;
  console.log(
    `${scenario.padEnd(14)} ${Object.entries(out)
      .map(([name, v]) => `${name} ${v.toFixed(2)} M/s`)
      .join(
        '   ',
      )}   parapet/rlf ${(p / out['rate-limiter-flexible']!).toFixed(2)}x   map/parapet ${(out['Map bucket']! / p).toFixed(2)}x`,
  );
}
