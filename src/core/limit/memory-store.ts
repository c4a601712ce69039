import { LRUCache } from 'lru-cache';
import { parseOptions } from '../../internal/config.js';
import {
  admits,
  bucketResult,
  msUntil,
  spend,
  type TokenBucketMode,
  type TokenBucketResult,
  tokensSince,
} from './bucket.js';
import {
  type MemoryStoreOptions,
  memoryStoreOptionsSchema,
  type ResolvedMemoryStoreOptions,
} from './options.js';
import type { RateLimitStore, StorePolicy } from './store.js';

/**
 * The buckets of one policy name. A bucket is two numbers, its tokens and
 * the time they were counted, kept side by side in `slab` at the slot the
 * cache maps its key to: one memory read per lookup and no object per key.
 */
interface Shelf {
  readonly policy: StorePolicy;
  readonly cache: LRUCache<string, number>;
  /**
   * `[tokens, updatedAt]` per slot, `maxKeys + 1` slots allocated at once
   * (as the cache allocates its own index arrays): the memory is zeroed
   * pages that the system backs only once slots are used, and one
   * allocation never grows, copies or sets off a collection of the heap.
   */
  readonly slab: Float64Array;
  /** Slots handed out so far; below it, slots on `free` are unused. */
  used: number;
  /** Slots given back by deleted or evicted keys. */
  readonly free: number[];
  /** Latest time seen. A full bucket is dropped with its time, so the shelf keeps one for all. */
  latest: number;
  /**
   * The key of the last call and its slot. Until another key is touched it
   * is still the most recently used, so a repeat call (one client in a
   * burst) can skip the cache's lookup and its no-op move to the front.
   */
  hotKey: string | undefined;
  hotSlot: number;
}

/**
 * An in-process, LRU-bounded {@link RateLimitStore}.
 *
 * @example
 * ```ts
 * const store: MemoryStore = createMemoryStore({ maxKeys: 50_000 });
 * store.size; // buckets held
 * ```
 */
export interface MemoryStore extends RateLimitStore {
  /** The resolved, frozen options. */
  readonly options: ResolvedMemoryStoreOptions;
  /** Buckets held, over every policy (full ones not yet pruned included). */
  readonly size: number;
  /** The store operation; in memory it answers synchronously. */
  take(
    key: string,
    now: number,
    policy: StorePolicy,
    cost: number,
    mode: TokenBucketMode,
  ): TokenBucketResult;
  /**
   * Drops every bucket that is full at `now` (each behaves exactly like an
   * absent one) and returns how many went. Buckets are also dropped when a
   * call leaves them full, and the least recently used go first when a
   * policy holds `maxKeys`; call `prune` from your own timer to give memory
   * back sooner after a burst of one-off keys.
   *
   * @example
   * ```ts
   * const clock = limiter.options.now; // the same clock the limiter uses
   * setInterval(() => store.prune(clock()), 60_000).unref();
   * ```
   */
  prune(now: number): number;
  /** Forgets every bucket. */
  clear(): void;
}

/** A memory store whose `take` answers with the results its owner's `make` builds. */
export interface OwnedMemoryStore<R extends TokenBucketResult> extends MemoryStore {
  take(key: string, now: number, policy: StorePolicy, cost: number, mode: TokenBucketMode): R;
}

/**
 * Creates an in-memory store on `lru-cache`, bounded by `maxKeys` per policy
 * name: when a policy holds `maxKeys` buckets, the least recently used one
 * is dropped to make room. Dropping a bucket that is not full forgets what
 * that key owed, so size `maxKeys` above the number of keys active within one
 * refill period. A bucket is kept only while it is not full: a full bucket and
 * a missing one are the same, so state expires as soon as the bucket would
 * have refilled, whether it is dropped then or later.
 *
 * About 105 bytes of heap per key at 1 000 000 keys, key string and the
 * preallocated tables included (`bench/limit.bench.ts`).
 *
 * @example
 * ```ts
 * const store = createMemoryStore({ maxKeys: 200_000 });
 * const requests = createRateLimiter({ name: 'requests', capacity: 60, refillPerSecond: 1, store });
 * const tokens = createRateLimiter({ name: 'tokens', capacity: 100_000, refillPerSecond: 100, store });
 * ```
 *
 * @throws {ParapetConfigError} when `maxKeys` is missing a bound or invalid.
 */
export function createMemoryStore(options?: MemoryStoreOptions): MemoryStore {
  return compileMemoryStore(parseOptions(memoryStoreOptionsSchema, options, 'memory store'));
}

/** Builds a store's result from the step's outcome (the store's own shape by default). */
export type ResultMaker<R extends TokenBucketResult> = (
  allowed: boolean,
  tokens: number,
  policy: StorePolicy,
  cost: number,
) => R;

/**
 * Builds a memory store from already-resolved options. `make` builds each
 * result: a limiter that owns its store builds its own result shape there,
 * in one object, instead of copying the store's.
 */
export function compileMemoryStore(options: ResolvedMemoryStoreOptions): MemoryStore;
export function compileMemoryStore<R extends TokenBucketResult>(
  options: ResolvedMemoryStoreOptions,
  make: ResultMaker<R>,
): OwnedMemoryStore<R>;
export function compileMemoryStore(
  options: ResolvedMemoryStoreOptions,
  make: ResultMaker<TokenBucketResult> = bucketResult,
): MemoryStore {
  const shelves = new Map<string, Shelf>();
  // Most stores serve one policy; remembering the last shelf skips the map.
  let last: Shelf | undefined;

  function shelfFor(policy: StorePolicy): Shelf {
    let shelf = shelves.get(policy.name);
    if (shelf === undefined) {
      const free: number[] = [];
      shelf = {
        policy,
        // A deleted or evicted key gives its slot back.
        cache: new LRUCache<string, number>({
          max: options.maxKeys,
          dispose: (slot) => {
            free.push(slot);
          },
        }),
        slab: new Float64Array(2 * (options.maxKeys + 1)),
        used: 0,
        free,
        latest: Number.NEGATIVE_INFINITY,
        hotKey: undefined,
        hotSlot: -1,
      };
      shelves.set(policy.name, shelf);
    }
    last = shelf;
    return shelf;
  }

  /**
   * A slot for a new key. At most `maxKeys` keys hold one, and a new key
   * takes its slot before the cache evicts another, so `maxKeys + 1` slots
   * always suffice.
   */
  function allocate(shelf: Shelf): number {
    const reused = shelf.free.pop();
    if (reused !== undefined) return reused;
    return shelf.used++;
  }

  function reset(shelf: Shelf): void {
    shelf.cache.clear();
    shelf.free.length = 0;
    shelf.used = 0;
    shelf.hotKey = undefined;
    shelf.hotSlot = -1;
  }

  // `size` is one getter shared by every store (see sizeOf), added before
  // the methods so the keys keep their order.
  const shape = Object.defineProperty({ options }, 'size', { enumerable: true, get: sizeOf }) as {
    readonly options: ResolvedMemoryStoreOptions;
    readonly size: number;
  };
  const methods = {
    take(
      key: string,
      now: number,
      policy: StorePolicy,
      cost: number,
      mode: TokenBucketMode,
    ): TokenBucketResult {
      const shelf = last !== undefined && last.policy === policy ? last : shelfFor(policy);
      // Time never runs backwards inside the store. The step already refuses
      // to credit a backwards jump on a kept bucket, but a bucket that was
      // dropped when full forgot its time: without this, a clock stepped back
      // by a second would let that key refill the same second twice.
      if (now < shelf.latest) now = shelf.latest;
      else shelf.latest = now;
      const slot = key === shelf.hotKey ? shelf.hotSlot : (shelf.cache.get(key) ?? -1);
      const slab = shelf.slab;
      // The step of bucket.ts, with the kept bucket updated in place.
      const before =
        slot < 0 ? policy.capacity : tokensSince(slab[2 * slot]!, slab[2 * slot + 1]!, now, policy);
      const allowed = admits(before, cost, mode);
      const tokens = allowed ? spend(before, policy.capacity, cost, mode) : before;
      const result = make(allowed, tokens, policy, cost);
      if (result.resetMs === 0) {
        // Full again: identical to no bucket, so hold none.
        if (slot >= 0) shelf.cache.delete(key);
        shelf.hotKey = undefined;
        shelf.hotSlot = -1;
      } else if (slot < 0) {
        const created = allocate(shelf);
        shelf.slab[2 * created] = tokens;
        shelf.slab[2 * created + 1] = now;
        // May evict the least recently used key, which is never this one.
        shelf.cache.set(key, created);
        shelf.hotKey = key;
        shelf.hotSlot = created;
      } else {
        slab[2 * slot] = tokens;
        if (now > slab[2 * slot + 1]!) slab[2 * slot + 1] = now;
        shelf.hotKey = key;
        shelf.hotSlot = slot;
      }
      return result;
    },
    prune(now: number): number {
      let dropped = 0;
      for (const shelf of shelves.values()) {
        const { capacity, refillPerSecond } = shelf.policy;
        const { slab } = shelf;
        const full: string[] = [];
        shelf.cache.forEach((slot, key) => {
          if (isFull(slab[2 * slot]!, slab[2 * slot + 1]!, now, capacity, refillPerSecond)) {
            full.push(key);
          }
        });
        for (const key of full) shelf.cache.delete(key);
        dropped += full.length;
        shelf.hotKey = undefined;
        shelf.hotSlot = -1;
      }
      return dropped;
    },
    clear(): void {
      for (const shelf of shelves.values()) reset(shelf);
    },
  };
  const store: MemoryStore = Object.freeze(Object.assign(shape, methods));
  shelvesOf ??= new WeakMap();
  shelvesOf.set(store, shelves);
  return store;
}

/** The shelves of each live memory store, for {@link sizeOf}. */
let shelvesOf: WeakMap<object, ReadonlyMap<string, Shelf>> | undefined;

/**
 * The `size` getter of every memory store. One function for all: V8 shares
 * no hidden class between objects whose accessors are different closures
 * (as each object literal's `get size()` is), so every store after the
 * first fell back to dictionary mode, where each `store.take` is a
 * hash-table lookup instead of a load at a fixed offset.
 */
function sizeOf(this: object): number {
  let size = 0;
  for (const shelf of shelvesOf?.get(this)?.values() ?? []) size += shelf.cache.size;
  return size;
}

function isFull(
  tokens: number,
  updatedAt: number,
  now: number,
  capacity: number,
  rate: number,
): boolean {
  return now >= updatedAt && now - updatedAt >= msUntil(tokens, capacity, rate);
}
