import { ParapetConfigError, ParapetInputError, ParapetStoreError } from '../../errors.js';
import { parseOptions } from '../../internal/config.js';
import {
  msUntil,
  remainingOf,
  retryAfterOf,
  type TokenBucketMode,
  type TokenBucketResult,
} from './bucket.js';
import { compileMemoryStore } from './memory-store.js';
import {
  type RateLimiterOptions,
  type ResolvedRateLimiterOptions,
  rateLimiterOptionsSchema,
} from './options.js';
import type { RateLimitStore, StorePolicy } from './store.js';

/** Longest key accepted, in UTF-16 code units. */
export const MAX_KEY_LENGTH = 1024;
/** Suggested wait after a store failure answered `closed`, in ms. */
export const STORE_ERROR_RETRY_MS = 1000;

/**
 * A limiter's policy as results and headers report it.
 *
 * @example
 * ```ts
 * const { name, capacity, unit } = limiter.policy; // 'tokens', 1_000_000, 'tokens'
 * ```
 */
export interface RateLimitPolicy extends StorePolicy {
  /** What one unit counts. */
  readonly unit: 'requests' | 'tokens';
}

/**
 * The answer of one limiter call. Always a value: store failures are reported in `error`.
 *
 * @example
 * ```ts
 * const result = await limiter.take(key);
 * if (result.error) log.warn(result.error.code);
 * if (!result.allowed) return reply(429, rateLimitHeaders(result));
 * ```
 */
export interface RateLimitResult extends TokenBucketResult {
  /**
   * For `take` and `peek`, whether the request may proceed. For `refund`
   * and `charge`, whether the adjustment was applied.
   */
  readonly allowed: boolean;
  /** Units this call asked for (the refund amount for `refund`). */
  readonly cost: number;
  /** The policy that answered. */
  readonly policy: RateLimitPolicy;
  /**
   * Set when the store failed or timed out; `allowed` then follows
   * `onStoreError`, `remaining` and `resetMs` are 0 and a closed answer
   * suggests retrying after {@link STORE_ERROR_RETRY_MS}.
   */
  readonly error: ParapetStoreError | undefined;
}

/**
 * One token-bucket policy applied per key.
 *
 * @example
 * ```ts
 * const requests: RateLimiter = createRateLimiter({ name: 'requests', capacity: 60, refillPerSecond: 1 });
 * ```
 */
export interface RateLimiter {
  /** The policy (name, capacity, refill rate, unit), frozen. */
  readonly policy: RateLimitPolicy;
  /** The resolved, frozen options. */
  readonly options: ResolvedRateLimiterOptions;
  /**
   * Takes `cost` units (default 1) from `key`'s bucket if it holds them.
   * Resolves to a result whatever the store does; rejects only with a
   * `ParapetInputError` for a bad key or cost.
   *
   * @example
   * ```ts
   * const result = await limiter.take(clientIp);
   * if (!result.allowed) reply(429, rateLimitHeaders(result));
   * ```
   */
  take(key: string, cost?: number): Promise<RateLimitResult>;
  /**
   * Gives `amount` units back, never beyond the capacity (e.g. an
   * over-estimate after the model reported its usage).
   *
   * @example
   * ```ts
   * await tokens.refund(key, estimated - used);
   * ```
   */
  refund(key: string, amount: number): Promise<RateLimitResult>;
  /**
   * Takes `amount` units even when the bucket does not hold them, leaving a
   * debt of at most one capacity that refills before anything is admitted
   * again (e.g. usage beyond the estimate, already spent at the model).
   *
   * @example
   * ```ts
   * await tokens.charge(key, used - estimated);
   * ```
   */
  charge(key: string, amount: number): Promise<RateLimitResult>;
  /**
   * Reports `key`'s bucket without taking anything; `allowed` is false only
   * while the bucket is in debt.
   *
   * @example
   * ```ts
   * const { remaining } = await limiter.peek(key);
   * ```
   */
  peek(key: string): Promise<RateLimitResult>;
}

let registry: WeakMap<RateLimitStore, Map<string, StorePolicy>> | undefined;

/** Refuses two different policies under one name on one shared store: they would corrupt each other's buckets. */
function register(store: RateLimitStore, policy: StorePolicy): void {
  registry ??= new WeakMap();
  let names = registry.get(store);
  if (names === undefined) {
    names = new Map();
    registry.set(store, names);
  }
  const existing = names.get(policy.name);
  if (
    existing !== undefined &&
    (existing.capacity !== policy.capacity || existing.refillPerSecond !== policy.refillPerSecond)
  ) {
    throw new ParapetConfigError('rate limiter', [
      {
        path: 'name',
        message:
          'another limiter on this store uses this name with a different policy; give each policy its own name',
      },
    ]);
  }
  names.set(policy.name, policy);
}

/**
 * Creates a token-bucket rate limiter: each key gets a bucket of `capacity`
 * units that refills at `refillPerSecond`; a call is admitted when the bucket
 * holds its cost. State lives in `store` (a private LRU memory store by
 * default); time comes from `now`, so tests drive it.
 *
 * @example
 * ```ts
 * import { createRateLimiter, rateLimitHeaders } from 'parapet';
 *
 * // 60 requests a minute per client, in bursts of up to 10.
 * const limiter = createRateLimiter({ name: 'requests', capacity: 10, refillPerSecond: 1 });
 * const result = await limiter.take(request.ip);
 * if (!result.allowed) return new Response(null, { status: 429, headers: rateLimitHeaders(result) });
 * ```
 *
 * @throws {ParapetConfigError} when an option is invalid or unbounded, or when
 * another policy already uses `name` on the same `store`.
 */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  return compileRateLimiter(parseOptions(rateLimiterOptionsSchema, options, 'rate limiter'));
}

/** Builds a rate limiter from already-resolved options (used by `createRateLimitGuard`). */
export function compileRateLimiter(options: ResolvedRateLimiterOptions): RateLimiter {
  const policy: RateLimitPolicy = Object.freeze({
    name: options.name,
    capacity: options.capacity,
    refillPerSecond: options.refillPerSecond,
    unit: options.unit,
  });
  // A store of its own answers with this limiter's results directly: no
  // second object per call, nothing to check (it cannot return garbage).
  const own =
    options.store === undefined
      ? compileMemoryStore(
          { maxKeys: options.maxKeys },
          (allowed, tokens, _policy, cost): RateLimitResult => ({
            allowed,
            remaining: remainingOf(tokens),
            retryAfterMs: retryAfterOf(allowed, tokens, policy, cost),
            resetMs: msUntil(tokens, policy.capacity, policy.refillPerSecond),
            cost,
            policy,
            error: undefined,
          }),
        )
      : undefined;
  if (options.store !== undefined) register(options.store, policy);
  const target: RateLimitStore = own ?? options.store!;
  const { now, onError } = options;
  const open = options.onStoreError === 'open';

  function finish(
    outcome: TokenBucketResult,
    cost: number,
    mode: TokenBucketMode,
  ): RateLimitResult {
    if (typeof outcome !== 'object' || outcome === null || typeof outcome.allowed !== 'boolean') {
      return fail(
        new ParapetStoreError('ERR_PARAPET_STORE', 'rate-limit store returned a malformed result'),
        cost,
        mode,
      );
    }
    return {
      allowed: outcome.allowed,
      remaining: outcome.remaining,
      retryAfterMs: outcome.retryAfterMs,
      resetMs: outcome.resetMs,
      cost,
      policy,
      error: undefined,
    };
  }

  function fail(cause: unknown, cost: number, mode: TokenBucketMode): RateLimitResult {
    const error =
      cause instanceof ParapetStoreError
        ? cause
        : new ParapetStoreError('ERR_PARAPET_STORE', 'rate-limit store failed', { cause });
    if (onError !== undefined) {
      try {
        onError(error);
      } catch {
        // A broken listener must not turn a rate-limit answer into a failure.
      }
    }
    const allowed = mode === 'take' && open;
    return {
      allowed,
      remaining: 0,
      retryAfterMs: allowed || mode === 'charge' ? 0 : STORE_ERROR_RETRY_MS,
      resetMs: 0,
      cost,
      policy,
      error,
    };
  }

  function run(key: unknown, cost: number, mode: TokenBucketMode): Promise<RateLimitResult> {
    if (typeof key !== 'string' || key.length === 0 || key.length > MAX_KEY_LENGTH) {
      return Promise.reject(
        new ParapetInputError(
          `rate-limit key must be a string of 1 to ${MAX_KEY_LENGTH} characters`,
        ),
      );
    }
    let time: number;
    try {
      time = now();
    } catch (cause) {
      return Promise.reject(
        new ParapetConfigError('rate limiter', [{ path: 'now', message: 'the clock threw' }], {
          cause,
        }),
      );
    }
    if (typeof time !== 'number' || !Number.isFinite(time)) {
      return Promise.reject(
        new ParapetConfigError('rate limiter', [
          { path: 'now', message: 'the clock returned a non-finite time' },
        ]),
      );
    }
    if (own !== undefined) {
      try {
        return Promise.resolve(own.take(key, time, policy, cost, mode));
      } catch (error) {
        return Promise.resolve(fail(error, cost, mode));
      }
    }
    let outcome: TokenBucketResult | PromiseLike<TokenBucketResult>;
    try {
      outcome = target.take(key, time, policy, cost, mode);
    } catch (error) {
      return Promise.resolve(fail(error, cost, mode));
    }
    if (isThenable(outcome)) {
      return Promise.resolve(outcome).then(
        (value) => finish(value, cost, mode),
        (error: unknown) => fail(error, cost, mode),
      );
    }
    return Promise.resolve(finish(outcome, cost, mode));
  }

  const limiter: RateLimiter = {
    policy,
    options,
    take(key: string, cost = 1): Promise<RateLimitResult> {
      if (!(typeof cost === 'number' && cost >= 0 && cost < Number.POSITIVE_INFINITY)) {
        return Promise.reject(new ParapetInputError('cost must be a finite number >= 0'));
      }
      return run(key, cost, 'take');
    },
    refund(key: string, amount: number): Promise<RateLimitResult> {
      if (!(typeof amount === 'number' && amount >= 0 && amount < Number.POSITIVE_INFINITY)) {
        return Promise.reject(new ParapetInputError('refund amount must be a finite number >= 0'));
      }
      return run(key, -amount, 'charge').then(asRefund);
    },
    charge(key: string, amount: number): Promise<RateLimitResult> {
      if (!(typeof amount === 'number' && amount >= 0 && amount < Number.POSITIVE_INFINITY)) {
        return Promise.reject(new ParapetInputError('charge amount must be a finite number >= 0'));
      }
      return run(key, amount, 'charge');
    },
    peek(key: string): Promise<RateLimitResult> {
      return run(key, 0, 'take');
    },
  };
  return Object.freeze(limiter);
}

/** Reports a refund's amount as a positive `cost`. */
function asRefund(result: RateLimitResult): RateLimitResult {
  return { ...result, cost: -result.cost };
}

function isThenable<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

/**
 * One policy of a {@link takeAll} call.
 *
 * @example
 * ```ts
 * const take: RateLimitTake = { limiter: tokens, cost: estimateRequestTokens(body) };
 * ```
 */
export interface RateLimitTake {
  readonly limiter: RateLimiter;
  /** Units to take. @default 1 */
  readonly cost?: number;
}

/**
 * The combined answer of several policies for one key.
 *
 * @example
 * ```ts
 * const { allowed, results, retryAfterMs } = await takeAll(key, [{ limiter: requests }]);
 * ```
 */
export interface RateLimitOutcome {
  /** True when every policy admitted the request. */
  readonly allowed: boolean;
  /**
   * Each policy's take result, in the order given. When the request was
   * refused, the policies that admitted it were refunded and report
   * `remaining` and `resetMs` as the refund left them.
   */
  readonly results: readonly RateLimitResult[];
  /** True when some policy refused and the ones that admitted were refunded. */
  readonly refunded: boolean;
  /** Longest wait among the refusing policies in ms; 0 when allowed. */
  readonly retryAfterMs: number;
}

/**
 * Takes from several policies for one key, e.g. requests per minute and
 * tokens per day. All takes run at once; if any policy refuses, the policies
 * that admitted are refunded, so a refused request costs nothing. This is
 * atomic enough for rate limiting, not a transaction: between a take and its
 * refund another request of the same key may see the lower count and be
 * refused, and a refund that fails (store down) leaves that policy charged,
 * which errs on the side of limiting.
 *
 * @example
 * ```ts
 * const outcome = await takeAll(key, [
 *   { limiter: requests },
 *   { limiter: tokens, cost: estimateRequestTokens(body) },
 * ]);
 * if (!outcome.allowed) return reply(429, rateLimitHeaders(outcome.results));
 * ```
 */
export async function takeAll(
  key: string,
  takes: readonly RateLimitTake[],
): Promise<RateLimitOutcome> {
  const settled = await Promise.allSettled(
    takes.map((entry) => entry.limiter.take(key, entry.cost ?? 1)),
  );
  const results: RateLimitResult[] = [];
  const owners: RateLimiter[] = [];
  let failure: PromiseRejectedResult | undefined;
  let retryAfterMs = 0;
  settled.forEach((item, index) => {
    if (item.status === 'rejected') {
      failure ??= item;
      return;
    }
    results.push(item.value);
    owners.push(takes[index]!.limiter);
    if (!item.value.allowed) retryAfterMs = Math.max(retryAfterMs, item.value.retryAfterMs);
  });
  const allowed = failure === undefined && results.every((result) => result.allowed);
  if (allowed) return { allowed, results, refunded: false, retryAfterMs: 0 };
  const refunds: Promise<void>[] = [];
  results.forEach((result, index) => {
    // A policy that failed open took nothing; one that took 0 owes nothing.
    if (!result.allowed || result.error !== undefined || result.cost <= 0) return;
    refunds.push(
      owners[index]!.refund(key, result.cost).then((refund) => {
        // Report the bucket as the refund left it, so headers show what the caller really has.
        if (refund.error === undefined) {
          results[index] = { ...result, remaining: refund.remaining, resetMs: refund.resetMs };
        }
      }),
    );
  });
  await Promise.all(refunds);
  if (failure !== undefined) throw failure.reason;
  return { allowed, results, refunded: refunds.length > 0, retryAfterMs };
}
