import { fc } from '@fast-check/vitest';
import type { TokenBucketMode, TokenBucketPolicy } from '../../../src/core/limit/bucket.js';

/** Policies with whole and fractional rates, tiny and large buckets. */
export const policyArb: fc.Arbitrary<TokenBucketPolicy> = fc.record({
  capacity: fc.oneof(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 1_000_000 })),
  refillPerSecond: fc.oneof(
    fc.constantFrom(0.01, 0.5, 1, 3, 7, 1000 / 7, 1000, 1_000_000 / 86_400),
    fc.double({ min: 0.001, max: 10_000, noNaN: true, noDefaultInfinity: true }),
  ),
});

/** One call on a bucket: time advances by `dt` ms (possibly backwards), then `cost` is taken or charged. */
export interface Op {
  readonly dt: number;
  readonly cost: number;
  readonly mode: TokenBucketMode;
}

/** Takes only, with whole or fractional costs up to a bit beyond capacity, and times that may jump back. */
export function takesArb(capacity: number, backwards = false): fc.Arbitrary<Op[]> {
  return fc.array(
    fc.record({
      dt: backwards
        ? fc.oneof(fc.integer({ min: 0, max: 5_000 }), fc.integer({ min: -5_000, max: 0 }))
        : fc.oneof(
            fc.constant(0),
            fc.integer({ min: 0, max: 2_000 }),
            fc.integer({ min: 0, max: 200_000 }),
          ),
      cost: fc.oneof(
        fc.integer({ min: 0, max: Math.ceil(capacity) + 2 }),
        fc.double({ min: 0, max: capacity * 1.5, noNaN: true, noDefaultInfinity: true }),
      ),
      mode: fc.constant<TokenBucketMode>('take'),
    }),
    { maxLength: 60 },
  );
}

/** Takes, charges and refunds (negative charges) mixed. */
export function mixedArb(capacity: number): fc.Arbitrary<Op[]> {
  return fc
    .array(
      fc.record({
        dt: fc.oneof(fc.constant(0), fc.integer({ min: -1_000, max: 100_000 })),
        cost: fc.integer({ min: -2 * capacity, max: 2 * capacity }),
        mode: fc.constantFrom<TokenBucketMode>('take', 'charge'),
      }),
      { maxLength: 60 },
    )
    .map((ops) => ops.map((op) => (op.mode === 'take' ? { ...op, cost: Math.abs(op.cost) } : op)));
}

/**
 * Checks that, over every interval of the run, admitted cost never exceeds
 * what the bucket can hold plus what it refills: capacity + rate x elapsed,
 * with elapsed measured on the latest time seen so far (the bucket never
 * credits a backwards jump). The tolerance covers floating-point rounding
 * only: a millionth of a token per call.
 */
export function overAdmission(
  policy: TokenBucketPolicy,
  times: readonly number[],
  admitted: readonly number[],
): { i: number; j: number; excess: number } | undefined {
  const latest: number[] = [];
  let max = Number.NEGATIVE_INFINITY;
  for (const t of times) {
    max = Math.max(max, t);
    latest.push(max);
  }
  for (let i = 0; i < admitted.length; i++) {
    let sum = 0;
    for (let j = i; j < admitted.length; j++) {
      sum += admitted[j]!;
      const bound = policy.capacity + (policy.refillPerSecond * (latest[j]! - latest[i]!)) / 1000;
      const tolerance = 1e-6 * (j - i + 1) + 1e-12 * bound;
      if (sum > bound + tolerance) return { i, j, excess: sum - bound };
    }
  }
  return undefined;
}
