/**
 * The memory store's table: at most `maxKeys` buckets by key, the least
 * recently used dropped first to make room.
 *
 * It does what an `lru-cache` of key to slot plus a separate array of bucket
 * numbers did, with the bucket and its place in the recency list side by
 * side. Over a million keys every lookup misses the CPU cache at each array
 * it reads; the cache's layout (slot in one array, its two links in two
 * more, the bucket in a fourth) cost about three more misses per call than
 * this one, where a key's bucket and links share one 32-byte node.
 */

/** Doubles per node: tokens, update time, then the two int32 links. */
const NODE = 4;
/** Offsets of the links in the node, in int32 units. */
const PREV = 4;
const NEXT = 5;
/** No slot (an empty list's head and tail). */
const NONE = -1;

/**
 * A bounded map from key to slot, with each slot's token count and update
 * time in `numbers` at `NODE * slot` and `NODE * slot + 1`.
 */
export class BucketTable {
  /**
   * Per slot `[tokens, updatedAt, links]`, allocated for `maxKeys` at once:
   * zeroed pages that the system backs only once slots are used, and one
   * allocation that never grows or copies.
   */
  readonly numbers: Float64Array;
  /** The same memory as int32, for the links (`PREV`, `NEXT`). */
  readonly #links: Int32Array;
  readonly #slots = new Map<string, number>();
  /** The key of each slot handed out, to forget it when it is evicted. */
  readonly #keys: (string | undefined)[] = [];
  /** Slots given back by removed keys. */
  readonly #free: number[] = [];
  readonly #max: number;
  /** Least recently used slot, next to go. */
  #head = NONE;
  /** Most recently used slot. */
  #tail = NONE;

  constructor(maxKeys: number) {
    this.#max = maxKeys;
    this.numbers = new Float64Array(NODE * maxKeys);
    this.#links = new Int32Array(this.numbers.buffer);
  }

  /** Keys held. */
  get size(): number {
    return this.#slots.size;
  }

  /** Offset of `slot`'s tokens in {@link numbers}; its update time follows. */
  static at(slot: number): number {
    return NODE * slot;
  }

  /** The slot of `key`, now the most recently used, or -1 when absent. */
  find(key: string): number {
    const slot = this.#slots.get(key);
    if (slot === undefined) return NONE;
    if (slot !== this.#tail) this.#touch(slot);
    return slot;
  }

  /**
   * Adds `key` (absent) as the most recently used, holding `tokens` at
   * `updatedAt`; when the table is full the least recently used key goes
   * first and its slot is reused. Returns the slot.
   */
  add(key: string, tokens: number, updatedAt: number): number {
    let slot: number;
    if (this.#slots.size === this.#max) {
      slot = this.#head;
      this.#slots.delete(this.#keys[slot]!);
      this.#head = this.#links[NODE * 2 * slot + NEXT]!;
      if (this.#head === NONE) this.#tail = NONE;
      else this.#links[NODE * 2 * this.#head + PREV] = NONE;
    } else {
      slot = this.#free.pop() ?? this.#keys.length;
    }
    this.#keys[slot] = key;
    this.#slots.set(key, slot);
    this.numbers[NODE * slot] = tokens;
    this.numbers[NODE * slot + 1] = updatedAt;
    this.#append(slot);
    return slot;
  }

  /** Forgets the key held at `slot` and frees the slot. */
  remove(slot: number): void {
    const links = this.#links;
    const prev = links[NODE * 2 * slot + PREV]!;
    const next = links[NODE * 2 * slot + NEXT]!;
    if (prev === NONE) this.#head = next;
    else links[NODE * 2 * prev + NEXT] = next;
    if (next === NONE) this.#tail = prev;
    else links[NODE * 2 * next + PREV] = prev;
    this.#slots.delete(this.#keys[slot]!);
    this.#keys[slot] = undefined;
    this.#free.push(slot);
  }

  /** Calls `visit` with every key's slot, in no particular order; `visit` may remove it. */
  forEachSlot(visit: (slot: number) => void): void {
    for (const slot of this.#slots.values()) visit(slot);
  }

  /** Forgets every key. */
  clear(): void {
    this.#slots.clear();
    this.#keys.length = 0;
    this.#free.length = 0;
    this.#head = NONE;
    this.#tail = NONE;
  }

  /** Moves `slot` (linked, not the tail) to the most recently used end. */
  #touch(slot: number): void {
    const links = this.#links;
    const prev = links[NODE * 2 * slot + PREV]!;
    const next = links[NODE * 2 * slot + NEXT]!;
    if (prev === NONE) this.#head = next;
    else links[NODE * 2 * prev + NEXT] = next;
    links[NODE * 2 * next + PREV] = prev;
    this.#append(slot);
  }

  /** Links `slot` (unlinked) after the most recently used. */
  #append(slot: number): void {
    const links = this.#links;
    const tail = this.#tail;
    links[NODE * 2 * slot + PREV] = tail;
    links[NODE * 2 * slot + NEXT] = NONE;
    if (tail === NONE) this.#head = slot;
    else links[NODE * 2 * tail + NEXT] = slot;
    this.#tail = slot;
  }
}
