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
import { BucketTable } from './bucket-table.js';
import {
  type MemoryStoreOptions,
  memoryStoreOptionsSchema,
  type ResolvedMemoryStoreOptions,
} from './options.js';
import type { RateLimitStore, StorePolicy } from './store.js';

/** The buckets of one policy name. */
interface Shelf {
  readonly policy: StorePolicy;
  readonly table: BucketTable;
  /** Latest time seen. A full bucket is dropped with its time, so the shelf keeps one for all. */
  latest: number;
  /**
   * The key of the last call and its slot. Until another key is touched it
   * is still the most recently used, so a repeat call (one client in a
   * burst) can skip the lookup and its no-op move to the front.
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
 * Creates an in-memory store bounded by `maxKeys` per policy name: when a
 * policy holds `maxKeys` buckets, the least recently used one is dropped to
 * make room. Dropping a bucket that is not full forgets what
 * that key owed, so size `maxKeys` above the number of keys active within one
 * refill period. A bucket is kept only while it is not full: a full bucket and
 * a missing one are the same, so state expires as soon as the bucket would
 * have refilled, whether it is dropped then or later.
 *
 * About 104 bytes of heap per key at 1 000 000 keys, key string and the
 * preallocated table included (`bench/limit.bench.ts`).
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
      shelf = {
        policy,
        table: new BucketTable(options.maxKeys),
        latest: Number.NEGATIVE_INFINITY,
        hotKey: undefined,
        hotSlot: -1,
      };
      shelves.set(policy.name, shelf);
    }
    last = shelf;
    return shelf;
  }

  function forgetHot(shelf: Shelf): void {
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
      const table = shelf.table;
      const slot = key === shelf.hotKey ? shelf.hotSlot : table.find(key);
      const numbers = table.numbers;
      const at = BucketTable.at(slot);
      // The step of bucket.ts, with the kept bucket updated in place.
      const before =
        slot < 0 ? policy.capacity : tokensSince(numbers[at]!, numbers[at + 1]!, now, policy);
      const allowed = admits(before, cost, mode);
      const tokens = allowed ? spend(before, policy.capacity, cost, mode) : before;
      const result = make(allowed, tokens, policy, cost);
      if (result.resetMs === 0) {
        // Full again: identical to no bucket, so hold none.
        if (slot >= 0) table.remove(slot);
        forgetHot(shelf);
      } else if (slot < 0) {
        // May evict the least recently used key, which is never this one.
        shelf.hotSlot = table.add(key, tokens, now);
        shelf.hotKey = key;
      } else {
        numbers[at] = tokens;
        if (now > numbers[at + 1]!) numbers[at + 1] = now;
        shelf.hotKey = key;
        shelf.hotSlot = slot;
      }
      return result;
    },
    prune(now: number): number {
      let dropped = 0;
      for (const shelf of shelves.values()) {
        const { capacity, refillPerSecond } = shelf.policy;
        const { table } = shelf;
        const { numbers } = table;
        table.forEachSlot((slot) => {
          const at = BucketTable.at(slot);
          if (isFull(numbers[at]!, numbers[at + 1]!, now, capacity, refillPerSecond)) {
            table.remove(slot);
            dropped++;
          }
        });
        forgetHot(shelf);
      }
      return dropped;
    },
    clear(): void {
      for (const shelf of shelves.values()) {
        shelf.table.clear();
        forgetHot(shelf);
      }
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
  for (const shelf of shelvesOf?.get(this)?.values() ?? []) size += shelf.table.size;
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
