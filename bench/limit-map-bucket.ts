/**
 * The practical limit for an in-process token bucket: a plain Map of
 * `{ tokens, last }` objects, no bound, no validation, no options. It has
 * the same promise-returning `take` as the limiters it is compared with,
 * so the benchmark measures the bucket work and not the async boundary.
 */
export class MapBucket {
  readonly #buckets = new Map<string, { tokens: number; last: number }>();
  constructor(
    readonly capacity: number,
    readonly refillPerSecond: number,
  ) {}

  get size(): number {
    return this.#buckets.size;
  }

  take(key: string, cost = 1): Promise<{ allowed: boolean; remaining: number }> {
    const now = Date.now();
    let bucket = this.#buckets.get(key);
    if (bucket === undefined) {
      bucket = { tokens: this.capacity, last: now };
      this.#buckets.set(key, bucket);
    } else {
      bucket.tokens = Math.min(
        this.capacity,
        bucket.tokens + ((now - bucket.last) * this.refillPerSecond) / 1000,
      );
      bucket.last = now;
    }
    const allowed = bucket.tokens >= cost;
    if (allowed) bucket.tokens -= cost;
    return Promise.resolve({ allowed, remaining: Math.floor(bucket.tokens) });
  }
}
