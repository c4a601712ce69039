/**
 * Measures retained memory per key of a rate-limit store, with V8's
 * collector forced before each reading: the JS heap plus ArrayBuffer
 * memory (typed arrays, such as the LRU's index arrays and parapet's
 * bucket slab, live outside the heap).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Runs V8's full collector until the heap settles (a few passes free chains of weak references). */
export function collectGarbage(): void {
  for (let i = 0; i < 3; i++) gc();
}

function settledHeap(): number {
  collectGarbage();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

/** The key of client `i`: a fresh string, as a request would bring. */
export function clientKey(i: number): string {
  return `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
}

/**
 * Bytes of heap retained per key after `count` distinct keys each took once
 * from a store built by `create` (the build counts: preallocated tables are
 * part of the cost of holding that many keys).
 */
export async function heapPerKey<T>(
  create: () => T,
  take: (store: T, key: string) => Promise<unknown>,
  count: number,
): Promise<number> {
  const before = settledHeap();
  let store: T | undefined = create();
  for (let i = 0; i < count; i++) await take(store, clientKey(i));
  const after = settledHeap();
  // Keep the store alive until after the reading.
  if (store === undefined) throw new Error('unreachable');
  store = undefined;
  return (after - before) / count;
}
