/**
 * `parapet/redis`: a rate-limit store on Redis, for services that run more
 * than one instance. One Lua script performs the whole token-bucket step
 * atomically on the server, so any number of instances share exact limits.
 *
 * ```ts
 * import { Redis } from 'ioredis';
 * import { createRateLimiter } from 'parapet';
 * import { createRedisStore } from 'parapet/redis';
 *
 * const store = createRedisStore({ client: new Redis(process.env.REDIS_URL) });
 * const limiter = createRateLimiter({ name: 'requests', capacity: 60, refillPerSecond: 1, store });
 * ```
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import {
  bucketResult,
  type TokenBucketMode,
  type TokenBucketResult,
} from '../core/limit/bucket.js';
import type { RateLimitStore, StorePolicy } from '../core/limit/store.js';
import { ParapetStoreError } from '../errors.js';
import { parseOptions } from '../internal/config.js';

/**
 * The script commands of an `ioredis` client (`Redis` or `Cluster`).
 *
 * @example
 * ```ts
 * const client: IoRedisScriptClient = new Redis({ enableOfflineQueue: false });
 * ```
 */
export interface IoRedisScriptClient {
  evalsha(sha: string, numKeys: number, ...keysAndArgs: string[]): Promise<unknown>;
  eval(script: string, numKeys: number, ...keysAndArgs: string[]): Promise<unknown>;
}

/**
 * The script commands of a `redis` (node-redis v4 or later) client or cluster.
 *
 * @example
 * ```ts
 * const client: NodeRedisScriptClient = await createClient({ disableOfflineQueue: true }).connect();
 * ```
 */
export interface NodeRedisScriptClient {
  evalSha(sha: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

/**
 * Any client the store can drive: it only ever runs one script, with EVALSHA and EVAL.
 *
 * @example
 * ```ts
 * createRedisStore({ client: new Cluster([{ host: 'redis-1', port: 6379 }]) });
 * ```
 */
export type RedisScriptClient = IoRedisScriptClient | NodeRedisScriptClient;

function isClient(value: unknown): value is RedisScriptClient {
  if (typeof value !== 'object' || value === null) return false;
  const client = value as Record<string, unknown>;
  return (
    typeof client['eval'] === 'function' &&
    (typeof client['evalSha'] === 'function' || typeof client['evalsha'] === 'function')
  );
}

/**
 * Options of {@link createRedisStore}.
 *
 * @example
 * ```ts
 * createRedisStore({ client, prefix: 'myapp:rl:', timeoutMs: 250, clock: 'server' });
 * ```
 */
const redisStoreOptionsSchema = z.strictObject({
  /** A connected `ioredis` or `redis` (node-redis v4+) client or cluster client. */
  client: z.custom<RedisScriptClient>(isClient, {
    message: 'expected an ioredis or node-redis client (with eval and evalsha or evalSha)',
  }),
  /**
   * Prepended to every key. No braces: the store places the cluster hash tag itself.
   * @default 'parapet:rl:'
   */
  prefix: z
    .string()
    .max(128)
    .regex(/^[^{}]*$/, 'must not contain { or }')
    .default('parapet:rl:'),
  /** Longest wait for Redis per call before answering per `onStoreError`, in ms. @default 500 */
  timeoutMs: z.number().int().positive().max(60_000).default(500),
  /**
   * Whose clock refills buckets: `server` (Redis `TIME`, one clock for every
   * instance) or `caller` (the limiter's `now`, which must agree across instances).
   * @default 'server'
   */
  clock: z.enum(['server', 'caller']).default('server'),
});

/**
 * Options accepted by {@link createRedisStore}.
 *
 * @example
 * ```ts
 * const options: RedisStoreOptions = { client, prefix: 'billing:rl:', timeoutMs: 200 };
 * ```
 */
export type RedisStoreOptions = z.input<typeof redisStoreOptionsSchema>;
/**
 * Redis store options with every default applied.
 *
 * @example
 * ```ts
 * store.options.clock; // 'server'
 * ```
 */
export type ResolvedRedisStoreOptions = z.output<typeof redisStoreOptionsSchema>;

/**
 * A {@link RateLimitStore} on Redis.
 *
 * @example
 * ```ts
 * const store: RedisStore = createRedisStore({ client });
 * store.keyFor('ip:203.0.113.7', limiter.policy); // 'parapet:rl:requests:{ip:203.0.113.7}'
 * ```
 */
export interface RedisStore extends RateLimitStore {
  /** The resolved, frozen options. */
  readonly options: ResolvedRedisStoreOptions;
  /** The Redis key holding `key`'s bucket for `policy`, e.g. `parapet:rl:requests:{ip:203.0.113.7}`. */
  keyFor(key: string, policy: StorePolicy): string;
  /** The store operation: one script run, bounded by `timeoutMs`. */
  take(
    key: string,
    now: number,
    policy: StorePolicy,
    cost: number,
    mode: TokenBucketMode,
  ): Promise<TokenBucketResult>;
}

/**
 * The token-bucket step of `src/core/limit/bucket.ts`, statement for
 * statement, so Redis and the memory store decide identically. The state is
 * one string, `"<tokens> <updatedAt>"`, printed with 17 significant digits
 * so it reads back bit for bit. The key expires (PX) one second after the
 * bucket would be full again (a margin for a caller clock that runs slower
 * than Redis's; a full bucket and a missing one are the same), and is
 * deleted when a step leaves it full.
 *
 * KEYS[1] bucket; ARGV: capacity, refill per second, cost, mode ('take' or
 * 'charge'), now in ms or '' for the server's clock. Returns
 * { allowed (0|1), "<tokens> <updatedAt>" }.
 *
 * @example
 * ```ts
 * // Load it ahead of traffic, e.g. on a new replica (the store also recovers by itself).
 * await redis.script('LOAD', TOKEN_BUCKET_SCRIPT);
 * ```
 */
export const TOKEN_BUCKET_SCRIPT = `
if redis.replicate_commands then redis.replicate_commands() end
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local now = tonumber(ARGV[5])
if now == nil then
  local time = redis.call('TIME')
  now = tonumber(time[1]) * 1000 + tonumber(time[2]) / 1000
end
local tokens = capacity
local updated = now
local raw = redis.call('GET', KEYS[1])
if raw then
  local a, b = string.match(raw, '^(%S+) (%S+)$')
  local t, u = tonumber(a), tonumber(b)
  if t ~= nil and u ~= nil then
    tokens = t
    updated = u
    if now > updated then
      tokens = math.min(capacity, tokens + ((now - updated) * rate) / 1000)
      updated = now
    end
  end
end
local allowed = 1
if ARGV[4] == 'charge' then
  tokens = math.max(-capacity, math.min(capacity, tokens - cost))
elseif cost <= tokens then
  tokens = tokens - cost
else
  allowed = 0
end
local ttl = 0
if tokens < capacity then
  ttl = math.ceil(((capacity - tokens) * 1000) / rate)
  for i = 1, 4 do
    if tokens + (ttl * rate) / 1000 >= capacity then break end
    ttl = ttl + 1
  end
end
local state = string.format('%.17g %.17g', tokens, updated)
if ttl > 0 then
  redis.call('SET', KEYS[1], state, 'PX', ttl + 1000)
elseif raw then
  redis.call('DEL', KEYS[1])
end
return { allowed, state }
`;

type Runner = (sha: boolean, key: string, args: string[]) => Promise<unknown>;

function runnerFor(client: RedisScriptClient, script: string, digest: string): Runner {
  if ('evalSha' in client && typeof client.evalSha === 'function') {
    const nodeRedis = client;
    return (sha, key, args) =>
      sha
        ? nodeRedis.evalSha(digest, { keys: [key], arguments: args })
        : nodeRedis.eval(script, { keys: [key], arguments: args });
  }
  const ioredis = client as IoRedisScriptClient;
  return (sha, key, args) =>
    sha ? ioredis.evalsha(digest, 1, key, ...args) : ioredis.eval(script, 1, key, ...args);
}

function isNoScript(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    String((error as { message?: unknown }).message).startsWith('NOSCRIPT')
  );
}

const UNSAFE_KEY = /[{}%]/;

/** Percent-encodes `{`, `}` and `%` so a caller's key cannot move the hash tag. */
function escapeKey(key: string): string {
  return UNSAFE_KEY.test(key)
    ? key.replace(/[{}%]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    : key;
}

/**
 * Creates a store that keeps buckets in Redis and applies each step with one
 * Lua script (EVALSHA, falling back to EVAL once when the server answers
 * NOSCRIPT, e.g. after a restart or `SCRIPT FLUSH`), so concurrent callers
 * on any number of instances never over-admit.
 *
 * Keys are `<prefix><policy>:{<key>}`: the braces make the caller's key the
 * cluster hash tag, so all policies of one caller live on one slot. Buckets
 * expire (PX) a second after they would be full again, so idle keys disappear.
 *
 * Time: with `clock: 'server'` (the default) the script reads Redis `TIME`,
 * so instances whose clocks disagree still share one timeline. With
 * `clock: 'caller'` it uses the limiter's `now`; a caller whose clock runs
 * behind refills nothing until it catches up (the bucket never moves back
 * in time), one that runs ahead refills early by its skew times the rate,
 * and Redis still expires keys by its own clock, so a caller clock that is
 * stepped back may find a bucket forgotten (full) early. Prefer `server`.
 *
 * Failures: every call is bounded by `timeoutMs`; a timeout or Redis error
 * rejects with a `ParapetStoreError` (`ERR_PARAPET_STORE_TIMEOUT` or
 * `ERR_PARAPET_STORE`), which the limiter turns into an answer per
 * `onStoreError`. The timer is cleared on every answer and never keeps the
 * process alive. A command that timed out may still run later if the client
 * queued it; configure the client to fail fast while disconnected
 * (ioredis `enableOfflineQueue: false`, node-redis `disableOfflineQueue: true`).
 *
 * @example
 * ```ts
 * import { createClient } from 'redis';
 * import { createRedisStore } from 'parapet/redis';
 *
 * const client = await createClient({ url: process.env.REDIS_URL, disableOfflineQueue: true }).connect();
 * const store = createRedisStore({ client, prefix: 'chat-api:rl:' });
 * ```
 *
 * @throws {ParapetConfigError} when an option is invalid.
 */
export function createRedisStore(options: RedisStoreOptions): RedisStore {
  const resolved = parseOptions(redisStoreOptionsSchema, options, 'redis store');
  const { client, prefix, timeoutMs } = resolved;
  const script = TOKEN_BUCKET_SCRIPT;
  const digest = createHash('sha1').update(script).digest('hex');
  const run = runnerFor(client, script, digest);
  const serverClock = resolved.clock === 'server';

  function keyFor(key: string, policy: StorePolicy): string {
    return `${prefix}${policy.name}:{${escapeKey(key)}}`;
  }

  async function evaluate(key: string, args: string[]): Promise<unknown> {
    try {
      return await run(true, key, args);
    } catch (error) {
      if (!isNoScript(error)) throw error;
      return run(false, key, args);
    }
  }

  const store: RedisStore = {
    options: resolved,
    keyFor,
    take(
      key: string,
      now: number,
      policy: StorePolicy,
      cost: number,
      mode: TokenBucketMode,
    ): Promise<TokenBucketResult> {
      const args = [
        String(policy.capacity),
        String(policy.refillPerSecond),
        String(cost),
        mode,
        serverClock ? '' : String(now),
      ];
      return new Promise<TokenBucketResult>((resolve, reject) => {
        const timer = setTimeout(() => {
          reject(
            new ParapetStoreError(
              'ERR_PARAPET_STORE_TIMEOUT',
              `Redis did not answer within ${timeoutMs} ms`,
            ),
          );
        }, timeoutMs);
        if (typeof timer === 'object' && typeof timer.unref === 'function') timer.unref();
        evaluate(keyFor(key, policy), args).then(
          (reply) => {
            clearTimeout(timer);
            const result = parseReply(reply, policy, cost);
            if (result === undefined) {
              reject(
                new ParapetStoreError('ERR_PARAPET_STORE', 'Redis returned a malformed reply'),
              );
            } else {
              resolve(result);
            }
          },
          (error: unknown) => {
            clearTimeout(timer);
            reject(
              new ParapetStoreError('ERR_PARAPET_STORE', 'Redis rate-limit command failed', {
                cause: error,
              }),
            );
          },
        );
      });
    },
  };
  return Object.freeze(store);
}

function parseReply(
  reply: unknown,
  policy: StorePolicy,
  cost: number,
): TokenBucketResult | undefined {
  if (!Array.isArray(reply) || reply.length !== 2) return undefined;
  const [allowed, state] = reply as [unknown, unknown];
  if ((allowed !== 0 && allowed !== 1) || typeof state !== 'string') return undefined;
  const space = state.indexOf(' ');
  const tokens = space > 0 ? Number(state.slice(0, space)) : Number.NaN;
  if (!Number.isFinite(tokens)) return undefined;
  return bucketResult(allowed === 1, tokens, policy, cost);
}
