/**
 * A map from text offsets (non-negative integers) to non-negative numbers:
 * open addressing with linear probing over two typed arrays. The engine
 * asks it once or twice per candidate; a `Map` holding as many entries as a
 * secret-dense megabyte has candidates takes about 1.5 times as long per call.
 *
 * @module
 */

/** Marks an empty slot (offsets are never negative). */
const EMPTY = -1;

/** The smallest table: 2^4 slots. */
const MIN_BITS = 4;

/** The table of a map that has stored nothing yet. */
const NONE = new Float64Array(0);

/** Offset to value; `get` answers -1 for an offset with no entry. */
export class OffsetMap {
  // The tables are allocated on the first `set`: most calls (short clean
  // texts) never store anything, and typed arrays cost to allocate.
  #keys: Float64Array = NONE;
  #values: Float64Array = NONE;
  /** log2 of the slot count (0 until the first `set`). */
  #bits = 0;
  #size = 0;

  /** Number of entries. */
  get size(): number {
    return this.#size;
  }

  /** The value at `key`, or -1 when there is none. */
  get(key: number): number {
    if (this.#size === 0) return -1;
    const keys = this.#keys;
    const mask = keys.length - 1;
    for (let i = this.#slot(key); ; i = (i + 1) & mask) {
      const k = keys[i]!;
      if (k === key) return this.#values[i]!;
      if (k === EMPTY) return -1;
    }
  }

  /** Sets the value at `key` (`key` and `value` non-negative). */
  set(key: number, value: number): void {
    if (this.#keys.length === 0) {
      this.#bits = MIN_BITS;
      this.#keys = new Float64Array(1 << MIN_BITS).fill(EMPTY);
      this.#values = new Float64Array(1 << MIN_BITS);
    }
    const keys = this.#keys;
    const mask = keys.length - 1;
    for (let i = this.#slot(key); ; i = (i + 1) & mask) {
      const k = keys[i]!;
      if (k === key) {
        this.#values[i] = value;
        return;
      }
      if (k === EMPTY) {
        keys[i] = key;
        this.#values[i] = value;
        // At most half full, so probes stay short and an empty slot always exists.
        if (++this.#size * 2 > keys.length) this.#rehash(this.#bits + 1, 0);
        return;
      }
    }
  }

  /** Removes every entry. */
  clear(): void {
    if (this.#size === 0) return;
    this.#keys.fill(EMPTY);
    this.#size = 0;
  }

  /** Removes the entries whose key is below `limit`. */
  deleteBelow(limit: number): void {
    if (this.#size > 0) this.#rehash(this.#bits, limit);
  }

  /** Home slot of `key`: Fibonacci hashing of its low 32 bits. */
  #slot(key: number): number {
    return Math.imul(key | 0, 0x9e3779b1) >>> (32 - this.#bits);
  }

  /** Rebuilds the table with 2^`bits` slots, keeping the entries whose key is at least `from`. */
  #rehash(bits: number, from: number): void {
    const keys = this.#keys;
    const values = this.#values;
    this.#bits = bits;
    this.#keys = new Float64Array(1 << bits).fill(EMPTY);
    this.#values = new Float64Array(1 << bits);
    this.#size = 0;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      if (k !== EMPTY && k >= from) this.set(k, values[i]!);
    }
  }
}
