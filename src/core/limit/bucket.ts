/**
 * The token bucket as a pure function of its state, the time and the request.
 * No clock, no timers, no storage: stores call it (or mirror it in Lua) and
 * keep the state it returns.
 */

/**
 * The two numbers that define a token-bucket policy.
 *
 * @example
 * ```ts
 * const perMinute: TokenBucketPolicy = { capacity: 60, refillPerSecond: 1 };
 * ```
 */
export interface TokenBucketPolicy {
  /** Most tokens the bucket holds (the largest burst); positive. */
  readonly capacity: number;
  /** Tokens added back per second; positive. */
  readonly refillPerSecond: number;
}

/**
 * A bucket's state: its token count at the time it was last updated.
 *
 * @example
 * ```ts
 * const state: TokenBucketState = { tokens: 12.5, updatedAt: 1_700_000_000_000 };
 * ```
 */
export interface TokenBucketState {
  /** Tokens held at `updatedAt`; in `[-capacity, capacity]`, below zero only after a forced charge. */
  readonly tokens: number;
  /** Time of the last update, in ms on the clock that drives the bucket. */
  readonly updatedAt: number;
}

/**
 * `take` admits the cost only if the bucket holds it; `charge` always applies
 * it: a positive cost may leave a debt (down to `-capacity`), a negative one
 * is a refund (up to `capacity`).
 *
 * @example
 * ```ts
 * stepTokenBucket(state, now, policy, -250, 'charge'); // a refund of 250
 * ```
 */
export type TokenBucketMode = 'take' | 'charge';

/**
 * What a bucket step decided, as every store reports it.
 *
 * @example
 * ```ts
 * const { allowed, retryAfterMs } = await store.take(key, now, policy, 1, 'take');
 * ```
 */
export interface TokenBucketResult {
  /** Whether the cost was taken. */
  readonly allowed: boolean;
  /** Whole tokens left after the step, never negative. */
  readonly remaining: number;
  /** Ms until the same take would succeed; `0` when allowed, `Infinity` when the cost exceeds the capacity. */
  readonly retryAfterMs: number;
  /** Ms until the bucket is full again; `0` when it is full. */
  readonly resetMs: number;
}

/**
 * A bucket step's decision plus the state to keep.
 *
 * @example
 * ```ts
 * const { state, ...result } = stepTokenBucket(previous, now, policy, cost);
 * await kv.set(key, state, { px: result.resetMs });
 * ```
 */
export interface TokenBucketStep extends TokenBucketResult {
  /** The state after the step, to be stored under the key. */
  readonly state: TokenBucketState;
}

/**
 * Applies one request to a token bucket. A missing state is a full bucket.
 * The bucket first refills for the time elapsed since `state.updatedAt`
 * (never beyond `capacity`; a clock that went backwards refills nothing and
 * keeps the later time, so no interval is credited twice), then the cost is
 * taken or charged per `mode`.
 *
 * Preconditions, checked by the callers that take untrusted input: `now` is
 * finite, `policy` is positive, and `cost` is finite and, for `take`, at
 * least 0 (a cost of 0 peeks: allowed unless the bucket is in debt).
 *
 * @example
 * ```ts
 * const policy = { capacity: 10, refillPerSecond: 1 };
 * const first = stepTokenBucket(undefined, 0, policy, 8);
 * first.remaining; // 2
 * const second = stepTokenBucket(first.state, 1000, policy, 5);
 * second.allowed; // false: 3 tokens after one second
 * second.retryAfterMs; // 2000
 * ```
 */
export function stepTokenBucket(
  state: TokenBucketState | undefined,
  now: number,
  policy: TokenBucketPolicy,
  cost: number,
  mode: TokenBucketMode = 'take',
): TokenBucketStep {
  const before = tokensAt(state, now, policy);
  const allowed = admits(before, cost, mode);
  const tokens = allowed ? spend(before, policy.capacity, cost, mode) : before;
  return {
    allowed,
    remaining: remainingOf(tokens),
    retryAfterMs: retryAfterOf(allowed, tokens, policy, cost),
    resetMs: msUntil(tokens, policy.capacity, policy.refillPerSecond),
    state: {
      tokens,
      updatedAt: state === undefined || now > state.updatedAt ? now : state.updatedAt,
    },
  };
}

/**
 * The tokens a bucket holds at `now`: a missing state is full, and a kept
 * one refills for the time since its update, never beyond `capacity`. A
 * `now` at or before the update refills nothing.
 */
export function tokensAt(
  state: TokenBucketState | undefined,
  now: number,
  policy: TokenBucketPolicy,
): number {
  return state === undefined
    ? policy.capacity
    : tokensSince(state.tokens, state.updatedAt, now, policy);
}

/**
 * {@link tokensAt} for a bucket given as its two numbers: `tokens` counted at
 * `updatedAt`, refilled up to `now` (never for a clock that went back).
 *
 * @example
 * ```ts
 * tokensSince(2, 0, 1000, { capacity: 10, refillPerSecond: 3 }); // 5
 * ```
 */
export function tokensSince(
  tokens: number,
  updatedAt: number,
  now: number,
  policy: TokenBucketPolicy,
): number {
  if (now <= updatedAt) return tokens;
  return Math.min(policy.capacity, tokens + ((now - updatedAt) * policy.refillPerSecond) / 1000);
}

/** Whether a bucket holding `tokens` admits `cost`: a charge always applies, a take only if held. */
export function admits(tokens: number, cost: number, mode: TokenBucketMode): boolean {
  return mode === 'charge' || cost <= tokens;
}

/** The tokens left after an admitted `cost`; a charge stays within `[-capacity, capacity]`. */
export function spend(
  tokens: number,
  capacity: number,
  cost: number,
  mode: TokenBucketMode,
): number {
  return mode === 'charge' ? Math.max(-capacity, Math.min(capacity, tokens - cost)) : tokens - cost;
}

/**
 * Whole ms until a bucket holding `tokens` reaches `target`, computed with
 * the same expression the refill uses so that waiting exactly that long is
 * always enough despite floating-point rounding.
 */
export function msUntil(tokens: number, target: number, refillPerSecond: number): number {
  if (tokens >= target) return 0;
  let ms = Math.ceil(((target - tokens) * 1000) / refillPerSecond);
  // Rounding can leave the product a hair short; one or two ms fix it. The
  // bound keeps a policy outside the validated range from looping.
  for (let i = 0; i < 4 && tokens + (ms * refillPerSecond) / 1000 < target; i++) ms++;
  return ms;
}

/**
 * The result a store reports for a bucket left holding `tokens` after a
 * step that did (`allowed`) or did not take `cost`; the same numbers
 * {@link stepTokenBucket} returns. Stores that run the step elsewhere (the
 * Redis script) return the token count and derive the rest here.
 *
 * @example
 * ```ts
 * bucketResult(false, 2.5, { capacity: 10, refillPerSecond: 1 }, 4);
 * // { allowed: false, remaining: 2, retryAfterMs: 1500, resetMs: 7500 }
 * ```
 */
export function bucketResult(
  allowed: boolean,
  tokens: number,
  policy: TokenBucketPolicy,
  cost: number,
): TokenBucketResult {
  return {
    allowed,
    remaining: remainingOf(tokens),
    retryAfterMs: retryAfterOf(allowed, tokens, policy, cost),
    resetMs: msUntil(tokens, policy.capacity, policy.refillPerSecond),
  };
}

/**
 * Whole units a bucket holding `tokens` can still give (0 in debt).
 *
 * @example
 * ```ts
 * remainingOf(2.5); // 2
 * ```
 */
export function remainingOf(tokens: number): number {
  return tokens >= 1 ? Math.floor(tokens) : 0;
}

/**
 * Milliseconds until a refused `cost` could be taken from a bucket left
 * holding `tokens` (0 when it was taken, infinite beyond the capacity).
 *
 * @example
 * ```ts
 * retryAfterOf(false, 2.5, { capacity: 10, refillPerSecond: 1 }, 4); // 1500
 * ```
 */
export function retryAfterOf(
  allowed: boolean,
  tokens: number,
  policy: TokenBucketPolicy,
  cost: number,
): number {
  if (allowed) return 0;
  return cost > policy.capacity
    ? Number.POSITIVE_INFINITY
    : msUntil(tokens, cost, policy.refillPerSecond);
}
