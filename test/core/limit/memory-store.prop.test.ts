import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { stepTokenBucket, type TokenBucketState } from '../../../src/core/limit/bucket.js';
import { createMemoryStore } from '../../../src/core/limit/memory-store.js';
import { mixedArb, policyArb } from './arbitraries.js';

describe('memory store properties', () => {
  test.prop([
    policyArb.chain((policy) =>
      fc.tuple(
        fc.constant(policy),
        mixedArb(policy.capacity).map((ops) => ops.map((op) => ({ ...op, dt: Math.abs(op.dt) }))),
        fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: 60, maxLength: 60 }),
      ),
    ),
  ])(
    'answers exactly as the pure step over a map of states, whatever the key order',
    ([policy, ops, keys]) => {
      const store = createMemoryStore({ maxKeys: 10 });
      const named = { ...policy, name: 'p' };
      const states = new Map<string, TokenBucketState>();
      let now = 1_000_000;
      ops.forEach((op, i) => {
        now += op.dt;
        const key = keys[i]!;
        const { state, ...expected } = stepTokenBucket(
          states.get(key),
          now,
          policy,
          op.cost,
          op.mode,
        );
        states.set(key, state);
        expect(store.take(key, now, named, op.cost, op.mode)).toMatchObject(expected);
      });
    },
  );

  test.prop([
    policyArb.chain((policy) =>
      fc.tuple(
        fc.constant(policy),
        mixedArb(policy.capacity).map((ops) => ops.map((op) => ({ ...op, dt: Math.abs(op.dt) }))),
        fc.array(
          fc.oneof(
            { arbitrary: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), weight: 30 },
            { arbitrary: fc.constantFrom('prune', 'clear'), weight: 1 },
          ),
          { minLength: 60, maxLength: 60 },
        ),
      ),
    ),
  ])(
    'with 3 of 6 keys held, evicts, prunes and clears exactly as an LRU map of states',
    ([policy, ops, keys]) => {
      // Slots of evicted, pruned and full keys are reused: a wrong reuse
      // would show as one key answering with another's tokens.
      const store = createMemoryStore({ maxKeys: 3 });
      const named = { ...policy, name: 'p' };
      const lru = new Map<string, TokenBucketState>();
      let now = 1_000_000;
      ops.forEach((op, i) => {
        now += op.dt;
        const key = keys[i]!;
        if (key === 'clear') {
          store.clear();
          lru.clear();
          return;
        }
        if (key === 'prune') {
          let full = 0;
          for (const [k, state] of lru) {
            if (stepTokenBucket(state, now, policy, 0).resetMs === 0) {
              lru.delete(k);
              full++;
            }
          }
          expect(store.prune(now)).toBe(full);
          return;
        }
        const { state, ...expected } = stepTokenBucket(lru.get(key), now, policy, op.cost, op.mode);
        lru.delete(key);
        if (expected.resetMs !== 0) {
          lru.set(key, state);
          if (lru.size > 3) lru.delete(lru.keys().next().value!);
        }
        expect(store.take(key, now, named, op.cost, op.mode)).toMatchObject(expected);
        expect(store.size).toBe(lru.size);
      });
    },
  );
});
