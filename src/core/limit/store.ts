import type { TokenBucketMode, TokenBucketPolicy, TokenBucketResult } from './bucket.js';

/**
 * A policy as a store sees it: the bucket numbers plus the name that namespaces its keys.
 *
 * @example
 * ```ts
 * store.take('ip:203.0.113.7', now, { name: 'requests', capacity: 60, refillPerSecond: 1 }, 1, 'take');
 * ```
 */
export interface StorePolicy extends TokenBucketPolicy {
  /** Policy name; a store keeps the buckets of different names apart. */
  readonly name: string;
}

/**
 * Where bucket state lives. One operation, atomic per key: apply
 * {@link stepTokenBucket} to the state stored for `(policy.name, key)` and
 * keep the new state, expiring it once the bucket would be full again (an
 * absent bucket is a full one). Refunds and forced charges are `charge`
 * calls, a peek is a `take` of 0, so a backend implements nothing else.
 *
 * Return the result directly when it is known synchronously (the memory
 * store does, which saves a promise per call) or a promise. Throw or reject
 * with an `Error` when the backend fails; the limiter turns that into a
 * result per `onStoreError`.
 *
 * @example
 * ```ts
 * // A store over any key-value backend with compare-and-set (sketch).
 * const store: RateLimitStore = {
 *   async take(key, now, policy, cost, mode) {
 *     const id = `${policy.name}:${key}`;
 *     for (;;) {
 *       const { value, version } = await kv.get(id);
 *       const step = stepTokenBucket(value, now, policy, cost, mode);
 *       if (await kv.compareAndSet(id, version, step.state, step.resetMs)) return step;
 *     }
 *   },
 * };
 * ```
 */
export interface RateLimitStore {
  take(
    key: string,
    now: number,
    policy: StorePolicy,
    cost: number,
    mode: TokenBucketMode,
  ): TokenBucketResult | PromiseLike<TokenBucketResult>;
}
