import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { createRateLimiter } from '../../../src/core/limit/limiter.js';
import { createMemoryStore } from '../../../src/core/limit/memory-store.js';
import { overAdmission, policyArb, takesArb } from './arbitraries.js';
import { testClock } from './clock.js';

// Policies the schema accepts: whole capacities and a fill time within 366 days.
const limiterPolicy = policyArb.filter(
  (policy) => policy.capacity / policy.refillPerSecond <= 366 * 86_400,
);

describe('rate limiter properties', () => {
  test.prop([
    limiterPolicy.chain((policy) => fc.tuple(fc.constant(policy), takesArb(policy.capacity, true))),
    fc.integer({ min: 1, max: 3 }),
  ])(
    'over the memory store, admits no more than capacity + refillPerSecond x elapsed, per key',
    async ([policy, ops], keys) => {
      const now = testClock();
      const limiter = createRateLimiter({ ...policy, now, maxKeys: 16 });
      const times: number[][] = Array.from({ length: keys }, () => []);
      const admitted: number[][] = Array.from({ length: keys }, () => []);
      let index = 0;
      // Elapsed time is measured on the latest reading of the clock: once it
      // has shown a time, that much time has passed, even if it steps back.
      let latest = Number.NEGATIVE_INFINITY;
      for (const op of ops) {
        now.advance(op.dt);
        latest = Math.max(latest, now());
        const k = index++ % keys;
        const result = await limiter.take(`client-${k}`, op.cost);
        expect(result.remaining).toBeGreaterThanOrEqual(0);
        times[k]!.push(latest);
        admitted[k]!.push(result.allowed ? op.cost : 0);
      }
      for (let k = 0; k < keys; k++) {
        expect(overAdmission(policy, times[k]!, admitted[k]!)).toBeUndefined();
      }
    },
  );

  test.prop([
    limiterPolicy,
    fc.array(
      fc.record({
        dt: fc.integer({ min: 0, max: 10_000 }),
        op: fc.constantFrom('take', 'refund', 'charge', 'peek'),
        amount: fc.double({ min: 0, max: 2, noNaN: true }),
      }),
      { maxLength: 40 },
    ),
  ])(
    'refunds never lift a bucket above its capacity; remaining stays in [0, capacity]',
    async (policy, ops) => {
      const now = testClock();
      const limiter = createRateLimiter({ ...policy, now, maxKeys: 16 });
      for (const { dt, op, amount } of ops) {
        now.advance(dt);
        const units = amount * policy.capacity;
        const result =
          op === 'take'
            ? await limiter.take('k', units)
            : op === 'refund'
              ? await limiter.refund('k', units)
              : op === 'charge'
                ? await limiter.charge('k', units)
                : await limiter.peek('k');
        expect(result.remaining).toBeGreaterThanOrEqual(0);
        expect(result.remaining).toBeLessThanOrEqual(policy.capacity);
        expect(result.error).toBeUndefined();
      }
      const peek = await limiter.peek('k');
      expect(peek.remaining).toBeLessThanOrEqual(policy.capacity);
    },
  );

  test.prop([
    limiterPolicy,
    fc.array(
      fc.record({
        dt: fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: -2_000, max: 0 })),
        op: fc.constantFrom('take', 'refund', 'charge', 'peek'),
        key: fc.constantFrom('a', 'b', 'c', 'd'),
        amount: fc.oneof(
          fc.integer({ min: 0, max: 3 }),
          fc.double({ min: 0, max: 2, noNaN: true }),
        ),
      }),
      { maxLength: 60 },
    ),
  ])(
    'answers on its own store exactly as over a shared memory store, evictions included',
    async (policy, ops) => {
      // The two call paths of the limiter: its own store builds the result
      // in place; a shared store's answer is checked and copied.
      const now = testClock();
      const own = createRateLimiter({ ...policy, now, maxKeys: 3 });
      const shared = createRateLimiter({
        ...policy,
        now,
        store: createMemoryStore({ maxKeys: 3 }),
      });
      for (const { dt, op, key, amount } of ops) {
        now.advance(dt);
        const units = amount * policy.capacity;
        const [mine, theirs] = await Promise.all(
          [own, shared].map((limiter) =>
            op === 'take'
              ? limiter.take(key, units)
              : op === 'refund'
                ? limiter.refund(key, units)
                : op === 'charge'
                  ? limiter.charge(key, units)
                  : limiter.peek(key),
          ),
        );
        expect(mine).toEqual(theirs);
        expect(Object.keys(mine!)).toEqual(Object.keys(theirs!));
      }
    },
  );
});
