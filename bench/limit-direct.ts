/**
 * The memory limiters of bench/limit.bench.ts timed in a plain loop,
 * interleaved: every contender keeps one limiter per case, and each round
 * times a slice of awaited takes from each in turn (the order alternates),
 * so a slower or busier stretch of a shared machine falls on all of them
 * alike. Ratios are medians of the per-round ratios; tinybench, which times
 * one contender after the other, cannot cancel such drift. Same contenders,
 * keys and budgets as the tinybench file.
 *
 *   npm run build && npx tsx bench/limit-direct.ts [rounds] [case]
 *
 * `case` runs only the cases whose name contains it (e.g. `hot`).
 *
 * PARAPET_DIST names another build's directory (e.g. one built with
 * `npx tsup --out-dir /tmp/build`), so two builds can be compared without
 * touching dist/.
 */
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { createRateLimiter as CreateRateLimiter } from '../src/index.js';
import { clientKey, collectGarbage } from './limit-heap.js';
import { MapBucket } from './limit-map-bucket.js';

const dist = process.env.PARAPET_DIST ?? new URL('../dist', import.meta.url).pathname;
const { createRateLimiter } = (await import(`${dist}/index.js`)) as {
  createRateLimiter: typeof CreateRateLimiter;
};

const KEYS = 1_000_000;
const CAPACITY = 1_000_000_000;
const RATE = 1_000_000;
const ROUNDS = Number(process.argv[2] ?? 15);
const ONLY = process.argv[3] ?? '';

type Take = (key: string) => Promise<unknown>;
type Case = 'hot key' | '1M known keys' | 'fresh keys';

function contenders(scenario: Case): Record<string, Take> {
  const parapet = createRateLimiter({
    capacity: CAPACITY,
    refillPerSecond: RATE,
    maxKeys: scenario === 'hot key' ? 100_000 : KEYS,
  });
  const map = new MapBucket(CAPACITY, RATE);
  // As in the tinybench file: a one-second window for fresh keys, so that
  // its per-key timers end instead of piling up.
  const rlf = new RateLimiterMemory({
    points: CAPACITY,
    duration: scenario === 'fresh keys' ? 1 : 3600,
  });
  return {
    parapet: (key) => parapet.take(key),
    'Map bucket': (key) => map.take(key),
    'rate-limiter-flexible': (key) => rlf.consume(key),
  };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const keys = Array.from({ length: KEYS }, (_, i) => clientKey(i));

for (const scenario of ['hot key', 'fresh keys', '1M known keys'] as const) {
  if (!scenario.includes(ONLY)) continue;
  collectGarbage();
  const takes = contenders(scenario);
  const names = Object.keys(takes);
  if (scenario === '1M known keys') {
    for (const name of names) for (const key of keys) await takes[name]!(key);
  }
  const slice = scenario === 'hot key' ? 200_000 : scenario === 'fresh keys' ? 40_000 : 100_000;
  const next: Record<string, number> = Object.fromEntries(names.map((name) => [name, 0]));
  const rates: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = -1; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? names : [...names].reverse();
    for (const name of order) {
      const take = takes[name]!;
      let j = next[name]!;
      const started = performance.now();
      if (scenario === 'hot key') {
        for (let n = 0; n < slice; n++) await take('203.0.113.7');
      } else if (scenario === 'fresh keys') {
        for (let n = 0; n < slice; n++) await take(`fresh-${j++}`);
      } else {
        // A stride co-prime with 1M visits every key in an order no cache predicts.
        for (let n = 0; n < slice; n++) {
          j = (j + 7919) % KEYS;
          await take(keys[j]!);
        }
      }
      const perSecond = slice / ((performance.now() - started) / 1000);
      next[name] = j;
      if (round >= 0) rates[name]!.push(perSecond); // round -1 warms up
      // Let timers run (rate-limiter-flexible expires keys with them).
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  const ratio = (a: string, b: string): string =>
    median(rates[a]!.map((rate, i) => rate / rates[b]![i]!)).toFixed(2);
  console.log(
    `${scenario.padEnd(14)} ${names
      .map((name) => `${name} ${(median(rates[name]!) / 1e6).toFixed(2)} M/s`)
      .join(
        '   ',
      )}   parapet/rlf ${ratio('parapet', 'rate-limiter-flexible')}x   map/parapet ${ratio('Map bucket', 'parapet')}x   map/rlf ${ratio('Map bucket', 'rate-limiter-flexible')}x`,
  );
}
