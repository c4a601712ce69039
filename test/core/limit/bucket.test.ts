import { describe, expect, it } from 'vitest';
import { bucketResult, msUntil, stepTokenBucket } from '../../../src/core/limit/bucket.js';

const policy = { capacity: 10, refillPerSecond: 2 };

describe('stepTokenBucket', () => {
  it('treats a missing state as a full bucket', () => {
    const step = stepTokenBucket(undefined, 5000, policy, 3);
    expect(step).toEqual({
      allowed: true,
      remaining: 7,
      retryAfterMs: 0,
      resetMs: 1500,
      state: { tokens: 7, updatedAt: 5000 },
    });
  });

  it('refills at refillPerSecond and never beyond capacity', () => {
    const state = { tokens: 1, updatedAt: 0 };
    expect(stepTokenBucket(state, 1500, policy, 0).state).toEqual({ tokens: 4, updatedAt: 1500 });
    expect(stepTokenBucket(state, 60_000, policy, 0).state.tokens).toBe(10);
  });

  it('refuses a cost the bucket does not hold and says when it will', () => {
    const step = stepTokenBucket({ tokens: 1, updatedAt: 0 }, 0, policy, 4);
    expect(step.allowed).toBe(false);
    expect(step.remaining).toBe(1);
    expect(step.retryAfterMs).toBe(1500);
    expect(step.state.tokens).toBe(1);
    expect(stepTokenBucket(step.state, 1499, policy, 4).allowed).toBe(false);
    expect(stepTokenBucket(step.state, 1500, policy, 4).allowed).toBe(true);
  });

  it('reports an infinite wait for a cost above capacity', () => {
    const step = stepTokenBucket(undefined, 0, policy, 11);
    expect(step.allowed).toBe(false);
    expect(step.retryAfterMs).toBe(Number.POSITIVE_INFINITY);
    expect(step.remaining).toBe(10);
  });

  it('does not refill when the clock goes backwards, and keeps the later time', () => {
    const state = { tokens: 2, updatedAt: 10_000 };
    const back = stepTokenBucket(state, 4_000, policy, 1);
    expect(back.state).toEqual({ tokens: 1, updatedAt: 10_000 });
    // Back at 11 s only one second of refill is credited, not seven.
    expect(stepTokenBucket(back.state, 11_000, policy, 0).state.tokens).toBe(3);
  });

  it('charges below zero down to minus the capacity, and refunds up to the capacity', () => {
    const debt = stepTokenBucket({ tokens: 3, updatedAt: 0 }, 0, policy, 8, 'charge');
    expect(debt).toMatchObject({ allowed: true, remaining: 0, resetMs: 7500 });
    expect(debt.state.tokens).toBe(-5);
    expect(stepTokenBucket(debt.state, 0, policy, 100, 'charge').state.tokens).toBe(-10);
    expect(stepTokenBucket(debt.state, 0, policy, -100, 'charge').state.tokens).toBe(10);
  });

  it('peeks with a cost of 0: allowed unless the bucket is in debt', () => {
    expect(stepTokenBucket({ tokens: 0, updatedAt: 0 }, 0, policy, 0).allowed).toBe(true);
    const debt = stepTokenBucket({ tokens: -1, updatedAt: 0 }, 0, policy, 0);
    expect(debt.allowed).toBe(false);
    expect(debt.retryAfterMs).toBe(500);
  });

  it('keeps fractional tokens between steps and reports whole ones', () => {
    const slow = { capacity: 5, refillPerSecond: 0.3 };
    const step = stepTokenBucket({ tokens: 0, updatedAt: 0 }, 5000, slow, 1);
    expect(step.state.tokens).toBeCloseTo(0.5, 12);
    expect(step.remaining).toBe(0);
  });
});

describe('bucketResult', () => {
  it('derives the same numbers as the step', () => {
    const step = stepTokenBucket({ tokens: 2.5, updatedAt: 0 }, 0, policy, 4);
    const { state, ...result } = step;
    expect(bucketResult(step.allowed, state.tokens, policy, 4)).toEqual(result);
  });
});

describe('msUntil', () => {
  it('is 0 when the target is already held', () => {
    expect(msUntil(5, 5, 1)).toBe(0);
    expect(msUntil(6, 5, 1)).toBe(0);
  });

  it('rounds up to a wait that is always long enough', () => {
    // 1 token at 3 per second: 333.33 ms, so 334.
    expect(msUntil(0, 1, 3)).toBe(334);
    expect(0 + (334 * 3) / 1000).toBeGreaterThanOrEqual(1);
  });
});
