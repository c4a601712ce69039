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
});
