import { parseOptions } from '../../internal/config.js';
import { rateLimitHeaders } from './headers.js';
import { compileKeyResolver } from './keys.js';
import {
  compileRateLimiter,
  type RateLimiter,
  type RateLimitResult,
  type RateLimitTake,
  takeAll,
} from './limiter.js';
import {
  type RateLimitIdentity,
  type RateLimitOptions,
  type ResolvedRateLimitOptions,
  rateLimitOptionsSchema,
} from './options.js';
import { compileTokenEstimator, type SettleResult, settle } from './pricing.js';

/**
 * The rate-limit answer for one request.
 *
 * @example
 * ```ts
 * const decision = await guard.check({ ip, apiKey }, body);
 * if (!decision.allowed) return reply(429, decision.headers);
 * ```
 */
export interface RateLimitDecision {
  /** Whether the request may proceed. */
  readonly allowed: boolean;
  /** True when the caller is allow-listed; no policy was consulted. */
  readonly bypassed: boolean;
  /** The bucket key (`ip:...`, `key:<digest>`, `sub:...`); `undefined` when bypassed. */
  readonly key: string | undefined;
  /** Tokens taken from each token policy for this request (the estimate); 0 when none was taken. */
  readonly estimatedTokens: number;
  /** Each policy's result, in configuration order; empty when bypassed. */
  readonly results: readonly RateLimitResult[];
  /**
   * Ms until a retry could pass the refusing policies; 0 when allowed.
   * `Infinity` when the request alone costs more than a policy's capacity
   * (say, `max_tokens` above the daily budget): retrying cannot help, so
   * answer with an error that says so rather than a 429.
   */
  readonly retryAfterMs: number;
  /** `RateLimit-Policy`, `RateLimit`, `Retry-After` when refused, and the legacy set when configured. */
  readonly headers: Readonly<Record<string, string>>;
  /**
   * Corrects the token policies once the model reported its `usage` (any
   * shape `usageTokens` reads): refunds what the estimate over-charged, charges
   * what it missed. Does nothing for refused or bypassed decisions, and
   * nothing after its first call. Resolves whatever the store does.
   *
   * @example
   * ```ts
   * const completion = await upstream(body);
   * await decision.settle(completion.usage);
   * ```
   */
  settle(usage: unknown): Promise<readonly SettleResult[]>;
}

/**
 * Every policy of a service, applied per caller; what the HTTP pipeline calls.
 *
 * @example
 * ```ts
 * const guard: RateLimitGuard = createRateLimitGuard({ key: { by: 'jwtSubject' } });
 * ```
 */
export interface RateLimitGuard {
  /** The resolved, frozen options. */
  readonly options: ResolvedRateLimitOptions;
  /** One limiter per policy, in configuration order. */
  readonly limiters: readonly RateLimiter[];
  /**
   * Derives the caller's key, then takes 1 from each request policy and the
   * body's estimated tokens from each token policy, refunding all of them
   * if any refuses. Resolves to a decision whatever the store does.
   *
   * @example
   * ```ts
   * const decision = await guard.check({ ip: clientIp, apiKey }, body);
   * for (const [name, value] of Object.entries(decision.headers)) res.setHeader(name, value);
   * if (!decision.allowed) return res.writeHead(429).end();
   * ```
   */
  check(identity: RateLimitIdentity, body?: unknown): Promise<RateLimitDecision>;
}

const NOTHING: readonly SettleResult[] = Object.freeze([]);
const settleNothing = (): Promise<readonly SettleResult[]> => Promise.resolve(NOTHING);

const BYPASSED: RateLimitDecision = Object.freeze({
  allowed: true,
  bypassed: true,
  key: undefined,
  estimatedTokens: 0,
  results: Object.freeze([]),
  retryAfterMs: 0,
  headers: Object.freeze({}),
  settle: settleNothing,
});

/**
 * Creates the rate-limit guard of a service: key derivation with an
 * allow-list, several token-bucket policies counted in requests or in LLM
 * tokens, token estimation before the call and settlement after it, and
 * the response headers. The HTTP pipeline needs nothing else.
 *
 * @example
 * ```ts
 * const guard = createRateLimitGuard({
 *   key: { by: 'apiKey' },
 *   store: createRedisStore({ client: redis }),
 *   policies: [
 *     { name: 'requests', capacity: 60, refillPerSecond: 1 },
 *     { name: 'tokens', unit: 'tokens', capacity: 1_000_000, refillPerSecond: 1_000_000 / 86_400 },
 *   ],
 * });
 * const decision = await guard.check({ ip, apiKey }, body);
 * ```
 *
 * @throws {ParapetConfigError} when an option is invalid.
 */
export function createRateLimitGuard(options?: RateLimitOptions): RateLimitGuard {
  return compileRateLimitGuard(parseOptions(rateLimitOptionsSchema, options, 'rate limit'));
}

/** Builds a guard from already-resolved options (used by `createParapet`). */
export function compileRateLimitGuard(options: ResolvedRateLimitOptions): RateLimitGuard {
  const resolveKey = compileKeyResolver(options.key);
  const estimate = compileTokenEstimator(options.estimate);
  const legacy = options.legacyHeaders;
  const limiters = Object.freeze(
    options.policies.map((policy) =>
      compileRateLimiter(
        // Shallow: the store and the callbacks are the caller's, never frozen.
        Object.freeze({
          ...policy,
          ...(options.store === undefined ? {} : { store: options.store }),
          maxKeys: options.maxKeys,
          now: options.now,
          onStoreError: options.onStoreError,
          ...(options.onError === undefined ? {} : { onError: options.onError }),
        }),
      ),
    ),
  );
  const priced = limiters.some((limiter) => limiter.policy.unit === 'tokens');

  /** Settlement for an admitted request: once, and only for token policies that took something. */
  function settlement(
    key: string,
    estimatedTokens: number,
    results: readonly RateLimitResult[],
  ): (usage: unknown) => Promise<readonly SettleResult[]> {
    let done = false;
    return (usage) => {
      if (done) return Promise.resolve(NOTHING);
      done = true;
      const jobs: Promise<SettleResult>[] = [];
      results.forEach((result, index) => {
        const limiter = limiters[index];
        // A policy that failed open took nothing, so there is nothing to correct.
        if (limiter?.policy.unit === 'tokens' && result.error === undefined) {
          jobs.push(settle(limiter, key, estimatedTokens, usage));
        }
      });
      return Promise.all(jobs);
    };
  }

  const guard: RateLimitGuard = {
    options,
    limiters,
    async check(identity: RateLimitIdentity, body?: unknown): Promise<RateLimitDecision> {
      const resolved = resolveKey(identity);
      if (resolved.bypass) return BYPASSED;
      const tokens = priced ? estimate(body) : 0;
      const takes: RateLimitTake[] = limiters.map((limiter) => ({
        limiter,
        cost: limiter.policy.unit === 'tokens' ? tokens : 1,
      }));
      const outcome = await takeAll(resolved.key, takes);
      return Object.freeze({
        allowed: outcome.allowed,
        bypassed: false,
        key: resolved.key,
        estimatedTokens: outcome.allowed ? tokens : 0,
        results: outcome.results,
        retryAfterMs: outcome.retryAfterMs,
        headers: Object.freeze(rateLimitHeaders(outcome.results, { legacy })),
        settle: outcome.allowed ? settlement(resolved.key, tokens, outcome.results) : settleNothing,
      });
    },
  };
  return Object.freeze(guard);
}
