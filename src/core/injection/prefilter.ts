/**
 * The keyword prefilter: one combined matcher over every rule keyword, built
 * once per detector. A single pass over the matching view reports which
 * keywords occur and where; only rules with a keyword hit run their pattern.
 *
 * Keywords are stored in a trie walked from candidate start positions only:
 * a keyword that starts with an ASCII letter or digit can only start a word,
 * so inside a word the scan does nothing but test one table; other keywords
 * (punctuation, other scripts) are tried wherever their first character
 * occurs. Walks stop at the first character no keyword continues with, and
 * keywords are short (see `engine.ts`), so the cost is about one table
 * lookup per character plus a few per word.
 *
 * The trie is a double array: the child of node `s` on symbol `x` is slot
 * `base[s] + x` when `check[base[s] + x] === s`. Two small typed arrays
 * instead of a row of edges per node keep the nodes ordinary text reaches
 * in cache, and one step is two loads. The scan in `scan.ts` walks the same
 * arrays incrementally.
 *
 * @module
 */

/** A compiled keyword matcher. */
export interface KeywordMatcher {
  /** Number of keywords; ids are their indexes in the list given to {@link buildMatcher}. */
  readonly size: number;
  /** Length of each keyword, by id. */
  readonly lengths: Uint16Array;
  /** Whether each keyword must start at a word boundary (it starts with an ASCII letter or digit). */
  readonly boundary: Uint8Array;
  /** Symbol of each UTF-16 unit (0: in no keyword); a line feed shares the space's symbol. */
  readonly symbolOf: Uint16Array;
  /** Per UTF-16 unit: {@link WORD} for ASCII letters and digits, {@link START} when some keyword starts with it. */
  readonly flags: Uint8Array;
  /** Double-array trie (root at slot 0): see the module comment. */
  readonly base: Int32Array;
  readonly check: Int32Array;
  /** Keywords ending at slot `s`: `outIds[outStart[s] .. outStart[s + 1])`. */
  readonly outStart: Int32Array;
  readonly outIds: Int32Array;
  /**
   * Flattened `[keyword, end]` pairs for every occurrence in `text`, `end`
   * being the exclusive end offset, in order of start position. Keywords
   * that need a word boundary are only reported at one.
   */
  hits(text: string): number[];
}

/** Matcher flag: an ASCII letter or digit (keywords starting with one need a word start). */
export const WORD = 1;
/** Matcher flag: the first unit of some keyword. */
export const START = 2;

/**
 * Builds the matcher. Keywords are matched on the lower-cased view and must
 * not be empty; a space in a keyword matches a space or a line feed.
 */
export function buildMatcher(keywords: readonly string[]): KeywordMatcher {
  const symbolOf = new Uint16Array(0x10000);
  const flags = new Uint8Array(0x10000);
  for (let c = 0x30; c <= 0x39; c++) flags[c] = WORD;
  for (let c = 0x61; c <= 0x7a; c++) flags[c] = WORD;
  let symbols = 0;
  for (const keyword of keywords) {
    // An empty keyword would "occur" nowhere, silently: a rule it gates could never run.
    if (keyword.length === 0) throw new Error('parapet: empty prefilter keyword');
    flags[keyword.charCodeAt(0)]! |= START;
    for (let k = 0; k < keyword.length; k++) {
      const c = keyword.charCodeAt(k);
      if (symbolOf[c] === 0) symbolOf[c] = ++symbols;
    }
  }
  // The view holds two kinds of whitespace; a space in a keyword matches either.
  if (symbolOf[0x20] !== 0) symbolOf[0x0a] = symbolOf[0x20]!;

  // Trie with per-node edge maps (build time only).
  const edges: Map<number, number>[] = [new Map()];
  const terminal: number[][] = [[]];
  for (let id = 0; id < keywords.length; id++) {
    const keyword = keywords[id]!;
    let node = 0;
    for (let k = 0; k < keyword.length; k++) {
      const sym = symbolOf[keyword.charCodeAt(k)]!;
      let next = edges[node]!.get(sym);
      if (next === undefined) {
        next = edges.length;
        edges.push(new Map());
        terminal.push([]);
        edges[node]!.set(sym, next);
      }
      node = next;
    }
    terminal[node]!.push(id);
  }

  const { base, check, slotOf } = place(edges, symbols);
  const slots = base.length;
  const outStart = new Int32Array(slots + 1);
  const ending: number[][] = [];
  for (let node = 0; node < edges.length; node++) {
    if (terminal[node]!.length > 0) ending[slotOf[node]!] = terminal[node]!;
  }
  const outs: number[] = [];
  for (let s = 0; s < slots; s++) {
    outStart[s] = outs.length;
    for (const id of ending[s] ?? []) outs.push(id);
  }
  outStart[slots] = outs.length;
  const outIds = Int32Array.from(outs);

  const lengths = new Uint16Array(keywords.length);
  const boundary = new Uint8Array(keywords.length);
  for (let id = 0; id < keywords.length; id++) {
    const keyword = keywords[id]!;
    lengths[id] = keyword.length;
    boundary[id] = (flags[keyword.charCodeAt(0)]! & WORD) !== 0 ? 1 : 0;
  }

  return {
    size: keywords.length,
    lengths,
    boundary,
    symbolOf,
    flags,
    base,
    check,
    outStart,
    outIds,
    hits(text) {
      const out: number[] = [];
      const n = text.length;
      let previous = 0;
      for (let i = 0; i < n; i++) {
        const f = flags[text.charCodeAt(i)]!;
        // Inside a word nothing can start: only a word start or a non-word
        // keyword character begins a walk.
        if ((f & START) !== 0 && ((f & WORD) === 0 || (previous & WORD) === 0)) {
          let s = 0;
          for (let j = i; j < n; j++) {
            const sym = symbolOf[text.charCodeAt(j)]!;
            if (sym === 0) break;
            const next = base[s]! + sym;
            if (check[next] !== s) break;
            s = next;
            for (let o = outStart[s]!; o < outStart[s + 1]!; o++) out.push(outIds[o]!, j + 1);
          }
        }
        previous = f;
      }
      return out;
    },
  };
}

/**
 * Walks the trie of `m` over `text` from offset `from`, starting at trie
 * slot `node`, and writes `[keyword, end]` for every keyword ending on the
 * way into `out` from index `size`; returns the new size. Used for walks
 * that start at a keyword's first unit (`node` 0) and to continue a walk
 * past the end of a word.
 */
export function walk(
  m: KeywordMatcher,
  text: string,
  from: number,
  node: number,
  out: number[],
  size: number,
): number {
  const { symbolOf, base, check, outStart, outIds } = m;
  const n = text.length;
  let s = node;
  let k = size;
  for (let j = from; j < n; j++) {
    const sym = symbolOf[text.charCodeAt(j)]!;
    if (sym === 0) break;
    const next = base[s]! + sym;
    if (check[next] !== s) break;
    s = next;
    for (let o = outStart[s]!; o < outStart[s + 1]!; o++) {
      out[k++] = outIds[o]!;
      out[k++] = j + 1;
    }
  }
  return k;
}

/**
 * Places trie nodes in a double array, breadth first, each at the lowest
 * base where all its children fit. Returns the arrays (long enough that no
 * lookup reads past their end) and each node's slot. Candidate bases come
 * from the free slots only (a union-find over slots finds the next free one),
 * so placing stays near linear in the number of nodes.
 */
function place(
  edges: readonly Map<number, number>[],
  symbols: number,
): {
  base: Int32Array;
  check: Int32Array;
  slotOf: Int32Array;
} {
  let size = 1024;
  let base = new Int32Array(size);
  let check = new Int32Array(size).fill(-1);
  // nextFree[s]: a slot >= s that may be free (path-compressed on lookup).
  let nextFree = new Int32Array(size);
  for (let k = 0; k < size; k++) nextFree[k] = k;
  const grow = (need: number): void => {
    if (need < size) return;
    let next = size;
    while (next <= need) next *= 2;
    const b = new Int32Array(next);
    b.set(base);
    const c = new Int32Array(next).fill(-1);
    c.set(check);
    const f = new Int32Array(next);
    f.set(nextFree);
    for (let k = size; k < next; k++) f[k] = k;
    base = b;
    check = c;
    nextFree = f;
    size = next;
  };
  const free = (from: number): number => {
    let s = from;
    grow(s);
    while (nextFree[s] !== s) {
      s = nextFree[s]!;
      grow(s);
    }
    // Path compression.
    let t = from;
    while (t !== s) {
      const up = nextFree[t]!;
      nextFree[t] = s;
      t = up;
    }
    return s;
  };
  const take = (slot: number): void => {
    grow(slot + 1);
    nextFree[slot] = slot + 1;
  };
  const slotOf = new Int32Array(edges.length);
  check[0] = 0;
  take(0);
  const order = [0];
  for (let head = 0; head < order.length; head++) {
    const node = order[head]!;
    const children = [...edges[node]!.entries()].sort((a, b) => a[0] - b[0]);
    if (children.length === 0) continue;
    const first = children[0]![0];
    let b = 0;
    for (let f = free(first + 1); ; f = free(f + 1)) {
      b = f - first;
      let fits = true;
      for (let k = 1; k < children.length; k++) {
        const slot = b + children[k]![0];
        grow(slot);
        if (check[slot] !== -1) {
          fits = false;
          break;
        }
      }
      if (fits) break;
    }
    const slot = slotOf[node]!;
    base[slot] = b;
    for (const [sym, child] of children) {
      check[b + sym] = slot;
      take(b + sym);
      slotOf[child] = b + sym;
      order.push(child);
    }
  }
  // Room for a child lookup from any slot on any symbol without reading past the end.
  let top = 0;
  for (let k = 0; k < size; k++) top = Math.max(top, base[k]!);
  grow(top + symbols + 1);
  return { base, check, slotOf };
}
