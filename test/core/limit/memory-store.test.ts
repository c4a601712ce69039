import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/core/limit/memory-store.js';
import type { StorePolicy } from '../../../src/core/limit/store.js';
import { ParapetConfigError } from '../../../src/errors.js';

const requests: StorePolicy = { name: 'requests', capacity: 10, refillPerSecond: 1 };
const T = 1_700_000_000_000;

describe('memory store', () => {
  it('requires a finite, positive maxKeys and defaults it to 100 000', () => {
    expect(createMemoryStore().options.maxKeys).toBe(100_000);
    for (const maxKeys of [Number.POSITIVE_INFINITY, 0, -1, 2.5, 10_000_001]) {
      let error: unknown;
      try {
        createMemoryStore({ maxKeys });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ParapetConfigError);
      expect((error as ParapetConfigError).issues.map((i) => i.path)).toEqual(['maxKeys']);
    }
  });

  it('is a frozen object with fast properties: options, size, take, prune, clear', () => {
    // An accessor of its own per object (as a literal's `get size()` is)
    // leaves V8 in dictionary mode, where every store.take is a hash-table
    // lookup; the first object of a shape escapes that, so check a second.
    setFlagsFromString('--allow-natives-syntax');
    const hasFastProperties = new Function('o', 'return %HasFastProperties(o)') as (
      o: unknown,
    ) => boolean;
    const stores = [createMemoryStore({ maxKeys: 10 }), createMemoryStore({ maxKeys: 10 })];
    stores[1]!.take('a', T, requests, 1, 'take');
    for (const store of stores) {
      expect(Object.keys(store)).toEqual(['options', 'size', 'take', 'prune', 'clear']);
      expect(Object.isFrozen(store)).toBe(true);
      expect(Object.getOwnPropertyDescriptor(store, 'size')).toMatchObject({
        enumerable: true,
        configurable: false,
        set: undefined,
      });
      expect(hasFastProperties(store)).toBe(true);
    }
    expect(stores.map((store) => store.size)).toEqual([0, 1]);
  });

  it('keeps state per key between calls', () => {
    const store = createMemoryStore({ maxKeys: 10 });
    expect(store.take('a', T, requests, 4, 'take').remaining).toBe(6);
    expect(store.take('a', T, requests, 4, 'take').remaining).toBe(2);
    expect(store.take('b', T, requests, 4, 'take').remaining).toBe(6);
    expect(store.size).toBe(2);
  });

  it('drops the least recently used key first when a policy holds maxKeys', () => {
    const store = createMemoryStore({ maxKeys: 3 });
    for (const key of ['a', 'b', 'c']) store.take(key, T, requests, 10, 'take');
    store.take('a', T, requests, 0, 'take'); // a is now the most recently used
    store.take('d', T, requests, 10, 'take'); // evicts b
    expect(store.size).toBe(3);
    // An evicted bucket comes back full; the kept ones are still empty.
    expect(store.take('b', T, requests, 0, 'take').remaining).toBe(10);
    expect(store.take('a', T, requests, 0, 'take').remaining).toBe(0);
    expect(store.take('d', T, requests, 0, 'take').remaining).toBe(0);
  });

  it('keeps LRU order and state right when one key calls repeatedly', () => {
    const store = createMemoryStore({ maxKeys: 2 });
    for (let i = 0; i < 3; i++) store.take('a', T, requests, 1, 'take');
    store.take('b', T, requests, 1, 'take');
    for (let i = 0; i < 3; i++) store.take('b', T, requests, 1, 'take');
    store.take('c', T, requests, 1, 'take'); // evicts a, the least recently used
    expect(store.take('a', T, requests, 0, 'take').remaining).toBe(10);
    expect(store.take('c', T, requests, 0, 'take').remaining).toBe(9);
    // With room for one key, each new key evicts the previous one.
    const one = createMemoryStore({ maxKeys: 1 });
    one.take('a', T, requests, 5, 'take');
    one.take('a', T, requests, 1, 'take');
    one.take('b', T, requests, 5, 'take');
    expect(one.take('a', T, requests, 0, 'take').remaining).toBe(10);
    // A repeated key whose bucket filled up and was dropped starts afresh.
    one.take('d', T, requests, 4, 'take');
    one.take('d', T, requests, -4, 'charge');
    expect(one.size).toBe(0);
    expect(one.take('d', T, requests, 1, 'take').remaining).toBe(9);
    one.clear();
    expect(one.take('d', T, requests, 0, 'take').remaining).toBe(10);
  });

  it('stays within maxKeys under 1 000 000 distinct keys', () => {
    const maxKeys = 1000;
    const store = createMemoryStore({ maxKeys });
    let peak = 0;
    for (let i = 0; i < 1_000_000; i++) {
      store.take(`client-${i}`, T + i, requests, 1, 'take');
      if ((i & 1023) === 0) peak = Math.max(peak, store.size);
    }
    expect(Math.max(peak, store.size)).toBe(maxKeys);
    // The most recent keys are the ones kept.
    expect(store.take('client-999999', T + 1_000_000, requests, 0, 'take').remaining).toBe(9);
    expect(store.take('client-0', T + 1_000_000, requests, 0, 'take').remaining).toBe(10);
  });

  it('holds a key in well under 300 bytes of heap, key string and tables included', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const heap = (): number => {
      gc();
      gc();
      return process.memoryUsage().heapUsed;
    };
    const count = 200_000;
    const before = heap();
    const store = createMemoryStore({ maxKeys: count });
    for (let i = 0; i < count; i++) store.take(`10.0.${i >> 8}.${i & 255}`, T, requests, 1, 'take');
    const perKey = (heap() - before) / count;
    expect(store.size).toBe(count);
    // bench/limit.bench.ts measures about 105 bytes; a per-key timer or a
    // second copy of the key would blow through this bound.
    expect(perKey).toBeLessThan(300);
  });

  it('holds no entry for a full bucket', () => {
    const store = createMemoryStore({ maxKeys: 10 });
    store.take('a', T, requests, 0, 'take'); // a peek of a fresh key stores nothing
    expect(store.size).toBe(0);
    store.take('a', T, requests, 3, 'take');
    expect(store.size).toBe(1);
    store.take('a', T, requests, -3, 'charge'); // refunded to full
    expect(store.size).toBe(0);
    store.take('a', T, requests, 3, 'take');
    store.take('a', T + 3000, requests, 0, 'take'); // refilled by time
    expect(store.size).toBe(0);
  });

  it('prunes exactly the buckets that are full again', () => {
    const store = createMemoryStore({ maxKeys: 10 });
    store.take('a', T, requests, 2, 'take'); // full at T + 2000
    store.take('b', T, requests, 5, 'take'); // full at T + 5000
    expect(store.prune(T + 1999)).toBe(0);
    expect(store.prune(T + 2000)).toBe(1);
    expect(store.size).toBe(1);
    expect(store.take('b', T + 2000, requests, 0, 'take').remaining).toBe(7);
    store.clear();
    expect(store.size).toBe(0);
  });

  it('keeps each policy name apart, each with its own maxKeys', () => {
    const store = createMemoryStore({ maxKeys: 2 });
    const tokens: StorePolicy = { name: 'tokens', capacity: 1000, refillPerSecond: 10 };
    store.take('a', T, requests, 10, 'take');
    store.take('a', T, tokens, 1, 'take');
    store.take('b', T, tokens, 1, 'take');
    store.take('c', T, tokens, 1, 'take');
    expect(store.size).toBe(3);
    expect(store.take('a', T, requests, 0, 'take').remaining).toBe(0);
  });

  it('never runs time backwards, even for a bucket dropped when full', () => {
    const store = createMemoryStore({ maxKeys: 10 });
    const fast: StorePolicy = { name: 'fast', capacity: 10, refillPerSecond: 1000 };
    store.take('other', T + 1000, fast, 0, 'take'); // the clock has shown T + 1 s
    // The clock steps back 1 s; 'a' is emptied "at" T + 1 s, not at T.
    expect(store.take('a', T, fast, 10, 'take').allowed).toBe(true);
    // Back at T + 1 s no time has passed for the store: nothing refilled.
    expect(store.take('a', T + 1000, fast, 1, 'take').allowed).toBe(false);
  });
});
