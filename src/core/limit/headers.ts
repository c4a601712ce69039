import type { RateLimitResult } from './limiter.js';

/**
 * Options of {@link rateLimitHeaders}.
 *
 * @example
 * ```ts
 * rateLimitHeaders(results, { legacy: true });
 * ```
 */
export interface RateLimitHeaderOptions {
  /**
   * Also send `X-RateLimit-Limit`, `X-RateLimit-Remaining` and
   * `X-RateLimit-Reset` (seconds until the bucket is full, not an epoch time)
   * for the most constraining policy, for clients that predate the IETF fields.
   * @default false
   */
  readonly legacy?: boolean;
}

/** Serialises a policy name as a structured-field String (RFC 9651 section 3.3.3). */
function sfString(value: string): string {
  return `"${value.replace(/[\\"]/g, '\\$&')}"`;
}

function seconds(ms: number): number {
  return Math.ceil(ms / 1000);
}

/**
 * Builds the response headers for one or several limiter results:
 * `RateLimit-Policy` and `RateLimit` as in draft-ietf-httpapi-ratelimit-headers
 * (revision 11), and `Retry-After` (whole seconds) when a policy refused.
 *
 * Each policy is named after its limiter. In `RateLimit-Policy`, `q` is the
 * capacity, `w` the seconds an empty bucket takes to fill, and token-priced
 * policies carry `qu="tokens"` (the draft registers only request and byte
 * units so far; clients that do not know the unit should ignore the policy).
 * In `RateLimit`, `r` is the whole units left and `t` the seconds until the
 * bucket is full, or, for a refusing policy, `r=0` and `t` the seconds until
 * the refused request would fit, which is also `Retry-After`, so `Retry-After`
 * never points before the end of the effective window. A request costing
 * more than a policy's capacity can never fit: that policy gets no `t` and
 * no `Retry-After`. Results that carry a store error are left out (their
 * state is unknown), but a closed refusal still sets `Retry-After`.
 *
 * @example
 * ```ts
 * const outcome = await takeAll(key, [{ limiter: requests }, { limiter: tokens, cost: 1200 }]);
 * const headers = rateLimitHeaders(outcome.results);
 * // { 'RateLimit-Policy': '"requests";q=60;w=60, "tokens";q=100000;w=86400;qu="tokens"',
 * //   'RateLimit': '"requests";r=59;t=1, "tokens";r=0;t=42', 'Retry-After': '42' }
 * ```
 */
export function rateLimitHeaders(
  results: RateLimitResult | readonly RateLimitResult[],
  options?: RateLimitHeaderOptions,
): Record<string, string> {
  const list: readonly RateLimitResult[] = Array.isArray(results)
    ? results
    : [results as RateLimitResult];
  const policies: string[] = [];
  const limits: string[] = [];
  let retryAfter = 0;
  let binding: RateLimitResult | undefined;
  let bindingScore = Number.POSITIVE_INFINITY;
  for (const result of list) {
    const refused = !result.allowed;
    if (refused && Number.isFinite(result.retryAfterMs)) {
      retryAfter = Math.max(retryAfter, seconds(result.retryAfterMs), 1);
    }
    if (result.error !== undefined) continue;
    const { name, capacity, refillPerSecond, unit } = result.policy;
    const quota = Math.floor(capacity);
    // A hair of tolerance so that 100000 tokens at 100000/86400 a second is
    // w=86400, not 86401 through rounding.
    const window = Math.max(1, Math.ceil(capacity / refillPerSecond - 1e-9));
    const label = sfString(name);
    policies.push(`${label};q=${quota};w=${window}${unit === 'tokens' ? ';qu="tokens"' : ''}`);
    const remaining = refused ? 0 : Math.floor(result.remaining);
    const wait = refused ? result.retryAfterMs : result.resetMs;
    limits.push(`${label};r=${remaining}${Number.isFinite(wait) ? `;t=${seconds(wait)}` : ''}`);
    // The most constraining policy: a refusing one with the longest wait,
    // else the one with the smallest share of its capacity left.
    const score = refused ? -1 - wait : remaining / quota;
    if (score < bindingScore) {
      binding = result;
      bindingScore = score;
    }
  }
  const headers: Record<string, string> = {};
  if (policies.length > 0) {
    headers['RateLimit-Policy'] = policies.join(', ');
    headers['RateLimit'] = limits.join(', ');
  }
  if (retryAfter > 0) headers['Retry-After'] = String(retryAfter);
  if (options?.legacy === true && binding !== undefined) {
    const refused = !binding.allowed;
    const wait = refused ? binding.retryAfterMs : binding.resetMs;
    headers['X-RateLimit-Limit'] = String(Math.floor(binding.policy.capacity));
    headers['X-RateLimit-Remaining'] = String(refused ? 0 : Math.floor(binding.remaining));
    if (Number.isFinite(wait)) headers['X-RateLimit-Reset'] = String(seconds(wait));
  }
  return headers;
}
