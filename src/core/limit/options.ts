import { z } from 'zod';
import type { ParapetStoreError } from '../../errors.js';
import { systemClock } from '../../internal/clock.js';
import { parseIpRange } from './ip.js';
import type { RateLimitStore } from './store.js';

/** Largest bucket capacity accepted (10^12 tokens keeps every sum exact to well under a token). */
export const MAX_CAPACITY = 1e12;
/** Largest refill rate accepted, in tokens per second. */
export const MAX_REFILL_PER_SECOND = 1e9;
/** Longest time an empty bucket may take to fill, in seconds (366 days); longer policies are unbounded in practice. */
export const MAX_FILL_SECONDS = 366 * 24 * 60 * 60;
/** Most keys one memory store may hold per policy. */
export const MAX_MEMORY_KEYS = 10_000_000;

const POLICY_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

function isFunction(value: unknown): boolean {
  return typeof value === 'function';
}

function isStore(value: unknown): value is RateLimitStore {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { take?: unknown }).take === 'function'
  );
}

/**
 * A clock in milliseconds, e.g. `Date.now` or a test clock.
 *
 * @example
 * ```ts
 * const frozen: Clock = () => 1_700_000_000_000; // a test clock
 * ```
 */
export type Clock = () => number;
/**
 * Receives store failures; the limiter has already answered per `onStoreError`.
 *
 * @example
 * ```ts
 * const onError: StoreErrorListener = (error) => metrics.increment(`ratelimit.${error.code}`);
 * ```
 */
export type StoreErrorListener = (error: ParapetStoreError) => void;

const clockSchema = z.custom<Clock>(isFunction, { message: 'expected a function returning ms' });
const listenerSchema = z.custom<StoreErrorListener>(isFunction, { message: 'expected a function' });
const storeSchema = z.custom<RateLimitStore>(isStore, {
  message: 'expected a rate-limit store (an object with a take method)',
});

/** Name of a policy: 1 to 64 characters from `A-Z a-z 0-9 _ . -`, starting with a letter or digit. */
export const policyNameSchema = z
  .string()
  .regex(
    POLICY_NAME,
    'expected 1-64 characters from A-Z a-z 0-9 _ . - starting with a letter or digit',
  );

/** The unit a policy counts: whole requests, or LLM tokens priced per request. */
export const policyUnitSchema = z.enum(['requests', 'tokens']);

const policyShape = {
  /**
   * Identifies the policy in headers (`RateLimit-Policy`) and in a shared
   * store; limiters that share a store need distinct names.
   * @default 'default'
   */
  name: policyNameSchema.default('default'),
  /** Most units the bucket holds: the largest burst. A positive integer up to 10^12. */
  capacity: z.number().int().positive().max(MAX_CAPACITY),
  /** Units added back per second, up to 10^9; the bucket must fill from empty within 366 days. */
  refillPerSecond: z.number().positive().max(MAX_REFILL_PER_SECOND),
  /**
   * What one unit is; `tokens` is advertised as `qu="tokens"` in `RateLimit-Policy`.
   * @default 'requests'
   */
  unit: policyUnitSchema.default('requests'),
};

function checkFillTime(
  value: { capacity: number; refillPerSecond: number },
  ctx: z.core.$RefinementCtx,
): void {
  if (value.capacity / value.refillPerSecond > MAX_FILL_SECONDS) {
    ctx.addIssue({
      code: 'custom',
      path: ['refillPerSecond'],
      message: `too slow: an empty bucket must refill within ${MAX_FILL_SECONDS} seconds (366 days)`,
    });
  }
}

/**
 * Options of {@link createRateLimiter}: one token-bucket policy.
 *
 * @example
 * ```ts
 * const limiter = createRateLimiter({ name: 'requests', capacity: 60, refillPerSecond: 1 });
 * ```
 */
export const rateLimiterOptionsSchema = z
  .strictObject({
    ...policyShape,
    /**
     * Where bucket state lives. Defaults to a private memory store holding up
     * to 100 000 keys; pass `createRedisStore(...)` to share state between instances.
     */
    store: storeSchema.optional(),
    /** Size of the private memory store used when `store` is absent. @default 100_000 */
    maxKeys: z.number().int().positive().max(MAX_MEMORY_KEYS).default(100_000),
    /** Clock in milliseconds. @default systemClock (Date.now) */
    now: clockSchema.default(() => systemClock),
    /**
     * Answer when the store fails or times out: `closed` refuses the call
     * (the safe choice for a cost control), `open` admits it.
     * @default 'closed'
     */
    onStoreError: z.enum(['open', 'closed']).default('closed'),
    /** Called with every store failure (a `ParapetStoreError`); never with client input. */
    onError: listenerSchema.optional(),
  })
  .superRefine(checkFillTime);

/**
 * Options accepted by {@link createRateLimiter}.
 *
 * @example
 * ```ts
 * const options: RateLimiterOptions = { capacity: 10, refillPerSecond: 0.5, onStoreError: 'open' };
 * ```
 */
export type RateLimiterOptions = z.input<typeof rateLimiterOptionsSchema>;
/**
 * Rate limiter options with every default applied.
 *
 * @example
 * ```ts
 * createRateLimiter({ capacity: 10, refillPerSecond: 1 }).options.maxKeys; // 100000
 * ```
 */
export type ResolvedRateLimiterOptions = z.output<typeof rateLimiterOptionsSchema>;

/**
 * Options of {@link createMemoryStore}.
 *
 * @example
 * ```ts
 * const store = createMemoryStore({ maxKeys: 500_000 });
 * ```
 */
export const memoryStoreOptionsSchema = z.strictObject({
  /**
   * Most keys kept per policy; the least recently used key is dropped first.
   * Bounded on purpose: `Infinity` is rejected.
   * @default 100_000
   */
  maxKeys: z.number().int().positive().max(MAX_MEMORY_KEYS).default(100_000),
});

/**
 * Options accepted by {@link createMemoryStore}.
 *
 * @example
 * ```ts
 * const options: MemoryStoreOptions = { maxKeys: 250_000 };
 * ```
 */
export type MemoryStoreOptions = z.input<typeof memoryStoreOptionsSchema>;
/**
 * Memory store options with every default applied.
 *
 * @example
 * ```ts
 * createMemoryStore().options.maxKeys; // 100000
 * ```
 */
export type ResolvedMemoryStoreOptions = z.output<typeof memoryStoreOptionsSchema>;

/**
 * Counts tokens in a piece of prompt text, e.g. a tokenizer's `encode(text).length`.
 *
 * @example
 * ```ts
 * const countTokens: TokenCounter = (text) => encoder.encode(text).length;
 * ```
 */
export type TokenCounter = (text: string) => number;

/**
 * Options of {@link createTokenEstimator} and `estimateRequestTokens`.
 *
 * @example
 * ```ts
 * const estimate = createTokenEstimator({ charsPerToken: 3, defaultMaxOutputTokens: 1024 });
 * ```
 */
export const tokenEstimateOptionsSchema = z.strictObject({
  /** Characters of prompt text counted as one token (rounded up over the whole prompt). @default 4 */
  charsPerToken: z.number().positive().max(100).default(4),
  /** Output tokens assumed when the body sets no `max_tokens`, `max_output_tokens` or `max_completion_tokens`. @default 4096 */
  defaultMaxOutputTokens: z.number().int().min(0).max(MAX_CAPACITY).default(4096),
  /** Tokens counted for each image, audio or file part, whose payload is not text. @default 1000 */
  mediaTokens: z.number().int().min(0).max(1_000_000).default(1000),
  /** Counts prompt tokens exactly instead of `charsPerToken`; called once per text part. */
  countTokens: z.custom<TokenCounter>(isFunction, { message: 'expected a function' }).optional(),
});

/**
 * Options accepted by {@link createTokenEstimator}.
 *
 * @example
 * ```ts
 * const options: TokenEstimateOptions = { charsPerToken: 3.5, mediaTokens: 1500 };
 * ```
 */
export type TokenEstimateOptions = z.input<typeof tokenEstimateOptionsSchema>;
/**
 * Token estimate options with every default applied.
 *
 * @example
 * ```ts
 * const resolved: ResolvedTokenEstimateOptions = guard.options.estimate;
 * ```
 */
export type ResolvedTokenEstimateOptions = z.output<typeof tokenEstimateOptionsSchema>;

/**
 * Who is calling, as established by the server: the inputs a rate-limit key is derived from.
 *
 * @example
 * ```ts
 * const identity: RateLimitIdentity = { ip: req.socket.remoteAddress, jwtSubject: claims.sub };
 * ```
 */
export interface RateLimitIdentity {
  /** Client address after trusted-proxy handling (IPv4 or IPv6). */
  readonly ip?: string | undefined;
  /** The API key the client authenticated with. */
  readonly apiKey?: string | undefined;
  /** The `sub` claim of a JWT whose signature was verified; never of an unverified token. */
  readonly jwtSubject?: string | undefined;
}

/**
 * Derives a key from an identity; `undefined` falls back to the client IP.
 *
 * @example
 * ```ts
 * const byTenant: KeyFunction = ({ jwtSubject }) => jwtSubject?.split('/')[0];
 * ```
 */
export type KeyFunction = (identity: RateLimitIdentity) => string | undefined;

const keyByFunction = z.custom<KeyFunction>(isFunction, { message: 'expected a function' });

/**
 * Options of {@link createKeyResolver}: which identity a bucket belongs to and who bypasses limits.
 *
 * @example
 * ```ts
 * const resolve = createKeyResolver({ by: 'apiKey', allowList: { ips: ['10.0.0.0/8'] } });
 * ```
 */
export const rateLimitKeyOptionsSchema = z.strictObject({
  /**
   * `ip`, `apiKey` (stored as a digest, never raw), `jwtSubject` (a verified
   * `sub`), or a function. When the chosen source is missing the client IP is used.
   * @default 'ip'
   */
  by: z.union([z.enum(['ip', 'apiKey', 'jwtSubject']), keyByFunction]).default('ip'),
  /** IPv6 clients share one bucket per prefix of this length, since one host usually holds a whole /64. @default 64 */
  ipv6Subnet: z.number().int().min(1).max(128).default(64),
  /** Identities that bypass every limit. */
  allowList: z
    .strictObject({
      /** Addresses or CIDR ranges, IPv4 or IPv6 (`10.0.0.0/8`, `2001:db8::/32`). @default [] */
      ips: z
        .array(
          z.string().refine((entry) => parseIpRange(entry) !== undefined, {
            message: 'expected an IPv4 or IPv6 address or CIDR range',
          }),
        )
        .max(10_000)
        .default([]),
      /** API keys, compared exactly. @default [] */
      apiKeys: z.array(z.string().min(1)).max(10_000).default([]),
      /** Verified JWT subjects, compared exactly. @default [] */
      subjects: z.array(z.string().min(1)).max(10_000).default([]),
    })
    .prefault({}),
});

/**
 * Options accepted by {@link createKeyResolver}.
 *
 * @example
 * ```ts
 * const key: RateLimitKeyOptions = { by: 'apiKey', allowList: { ips: ['10.0.0.0/8'] } };
 * ```
 */
export type RateLimitKeyOptions = z.input<typeof rateLimitKeyOptionsSchema>;
/**
 * Key options with every default applied.
 *
 * @example
 * ```ts
 * guard.options.key.ipv6Subnet; // 64
 * ```
 */
export type ResolvedRateLimitKeyOptions = z.output<typeof rateLimitKeyOptionsSchema>;

/** One policy of {@link createRateLimitGuard}: a token bucket counting requests or LLM tokens. */
export const rateLimitPolicySchema = z.strictObject(policyShape).superRefine(checkFillTime);

/**
 * A policy as written in options.
 *
 * @example
 * ```ts
 * const daily: RateLimitPolicyOptions = { name: 'daily', unit: 'tokens', capacity: 500_000, refillPerSecond: 500_000 / 86_400 };
 * ```
 */
export type RateLimitPolicyOptions = z.input<typeof rateLimitPolicySchema>;

/**
 * Options of {@link createRateLimitGuard}, and the `rateLimit` section of `createParapet`.
 *
 * @example
 * ```ts
 * const guard = createRateLimitGuard({
 *   key: { by: 'apiKey' },
 *   policies: [
 *     { name: 'requests', capacity: 60, refillPerSecond: 1 },
 *     { name: 'tokens', unit: 'tokens', capacity: 1_000_000, refillPerSecond: 1_000_000 / 86_400 },
 *   ],
 * });
 * ```
 */
export const rateLimitOptionsSchema = z.strictObject({
  /** How a request's key is derived, and the allow-list. */
  key: rateLimitKeyOptionsSchema.prefault({}),
  /**
   * Policies every request must pass, each with a distinct name. A request
   * costs 1 in a `requests` policy and its estimated tokens in a `tokens` policy.
   * @default [{ name: 'requests', capacity: 60, refillPerSecond: 1 }] (60 a minute, bursts of 60)
   */
  policies: z
    .array(rateLimitPolicySchema)
    .min(1)
    .max(16)
    .default([{ name: 'requests', capacity: 60, refillPerSecond: 1, unit: 'requests' }])
    .superRefine((policies, ctx) => {
      const seen = new Set<string>();
      policies.forEach((policy, index) => {
        if (seen.has(policy.name)) {
          ctx.addIssue({ code: 'custom', path: [index, 'name'], message: 'duplicate policy name' });
        }
        seen.add(policy.name);
      });
    }),
  /** Shared store for every policy; defaults to one private memory store per policy. */
  store: storeSchema.optional(),
  /** Keys per policy in the default memory stores. @default 100_000 */
  maxKeys: z.number().int().positive().max(MAX_MEMORY_KEYS).default(100_000),
  /** Clock in milliseconds. @default systemClock (Date.now) */
  now: clockSchema.default(() => systemClock),
  /** Answer when the store fails: `closed` refuses, `open` admits. @default 'closed' */
  onStoreError: z.enum(['open', 'closed']).default('closed'),
  /** Called with every store failure. */
  onError: listenerSchema.optional(),
  /** How a request body is priced in tokens for `tokens` policies. */
  estimate: tokenEstimateOptionsSchema.prefault({}),
  /** Also send `X-RateLimit-Limit`, `-Remaining` and `-Reset` (seconds). @default false */
  legacyHeaders: z.boolean().default(false),
});

/**
 * Options accepted by {@link createRateLimitGuard} (the `rateLimit` section of `createParapet`).
 *
 * @example
 * ```ts
 * const rateLimit: RateLimitOptions = { key: { by: 'apiKey' }, legacyHeaders: true };
 * ```
 */
export type RateLimitOptions = z.input<typeof rateLimitOptionsSchema>;
/**
 * Rate-limit guard options with every default applied.
 *
 * @example
 * ```ts
 * guard.options.policies.map((policy) => policy.name); // ['requests']
 * ```
 */
export type ResolvedRateLimitOptions = z.output<typeof rateLimitOptionsSchema>;
