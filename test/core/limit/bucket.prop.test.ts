import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  bucketResult,
  stepTokenBucket,
  type TokenBucketState,
} from '../../../src/core/limit/bucket.js';
import { mixedArb, overAdmission, policyArb, takesArb } from './arbitraries.js';

const start = fc.integer({ min: 0, max: 2_000_000_000_000 });

describe('token bucket properties', () => {
  test.prop([
    policyArb.chain((policy) =>
      fc.tuple(fc.constant(policy), takesArb(policy.capacity, true), start),
    ),
  ])(
    'never admits more than capacity + refillPerSecond x elapsed over any interval',
    ([policy, ops, t0]) => {
      let state: TokenBucketState | undefined;
      let now = t0;
      const times: number[] = [];
      const admitted: number[] = [];
      for (const op of ops) {
        now += op.dt;
        const step = stepTokenBucket(state, now, policy, op.cost, 'take');
        state = step.state;
        times.push(now);
        admitted.push(step.allowed ? op.cost : 0);
      }
      expect(overAdmission(policy, times, admitted)).toBeUndefined();
    },
  );

  test.prop([
    policyArb.chain((policy) => fc.tuple(fc.constant(policy), mixedArb(policy.capacity), start)),
  ])(
    'keeps tokens within [-capacity, capacity]: remaining never negative, refunds never beyond capacity',
    ([policy, ops, t0]) => {
      let state: TokenBucketState | undefined;
      let now = t0;
      for (const op of ops) {
        now += op.dt;
        const before = state?.tokens ?? policy.capacity;
        const step = stepTokenBucket(state, now, policy, op.cost, op.mode);
        state = step.state;
        expect(step.remaining).toBeGreaterThanOrEqual(0);
        expect(step.remaining).toBeLessThanOrEqual(policy.capacity);
        expect(state.tokens).toBeLessThanOrEqual(policy.capacity);
        expect(state.tokens).toBeGreaterThanOrEqual(-policy.capacity);
        // A take never creates debt.
        if (op.mode === 'take' && before >= 0) expect(state.tokens).toBeGreaterThanOrEqual(0);
        expect(Number.isInteger(step.retryAfterMs) || step.retryAfterMs === Infinity).toBe(true);
        expect(Number.isInteger(step.resetMs)).toBe(true);
      }
    },
  );

  test.prop([
    policyArb,
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    start,
  ])(
    'retryAfterMs is exactly the first whole ms at which the refused take fits',
    (policy, fill, want, now) => {
      const tokens = fill * policy.capacity;
      const cost = tokens + want * (policy.capacity - tokens) + 1e-9;
      const state = { tokens, updatedAt: now };
      const refused = stepTokenBucket(state, now, policy, cost);
      fc.pre(!refused.allowed && Number.isFinite(refused.retryAfterMs));
      expect(stepTokenBucket(state, now + refused.retryAfterMs, policy, cost).allowed).toBe(true);
      if (refused.retryAfterMs >= 1) {
        expect(stepTokenBucket(state, now + refused.retryAfterMs - 1, policy, cost).allowed).toBe(
          false,
        );
      }
    },
  );

  test.prop([policyArb, fc.double({ min: -1, max: 1, noNaN: true }), start])(
    'resetMs is exactly the first whole ms at which the bucket is full',
    (policy, fill, now) => {
      const state = { tokens: fill * policy.capacity, updatedAt: now };
      const { resetMs } = stepTokenBucket(state, now, policy, 0, 'charge');
      expect(stepTokenBucket(state, now + resetMs, policy, 0, 'charge').state.tokens).toBe(
        policy.capacity,
      );
      if (resetMs >= 1) {
        expect(
          stepTokenBucket(state, now + resetMs - 1, policy, 0, 'charge').state.tokens,
        ).toBeLessThan(policy.capacity);
      }
    },
  );

  test.prop([
    policyArb.chain((policy) => fc.tuple(fc.constant(policy), mixedArb(policy.capacity), start)),
  ])('reports what bucketResult derives from the new state', ([policy, ops, t0]) => {
    let state: TokenBucketState | undefined;
    let now = t0;
    for (const op of ops) {
      now += op.dt;
      const { state: next, ...result } = stepTokenBucket(state, now, policy, op.cost, op.mode);
      expect(result).toEqual(bucketResult(result.allowed, next.tokens, policy, op.cost));
      state = next;
    }
  });

  test.prop([policyArb, fc.integer({ min: 0, max: 10_000_000 }), start, fc.nat(1000)])(
    'a full bucket and a missing one behave the same',
    (policy, elapsed, now, cost) => {
      const full = { tokens: policy.capacity, updatedAt: now - elapsed };
      const { state: a, ...fromFull } = stepTokenBucket(full, now, policy, cost);
      const { state: b, ...fromNothing } = stepTokenBucket(undefined, now, policy, cost);
      expect(fromFull).toEqual(fromNothing);
      expect(a).toEqual(b);
    },
  );
});
