/**
 * The keyword prefilter: one Aho-Corasick automaton over every rule keyword,
 * built once per detector. One pass over the matching view reports which
 * keywords occur and where; only rules with a keyword hit run their pattern.
 *
 * Transitions on ASCII symbols are precomputed into a dense table (a DFA),
 * so ordinary text costs one table load per character. Symbols outside ASCII
 * (keywords in other scripts) follow goto/failure links, which is amortised
 * constant time per character. Characters that occur in no keyword map to
 * symbol 0 and send the automaton back to the root.
 *
 * @module
 */

/** A compiled keyword automaton. */
export interface Automaton {
  /** Number of keywords; ids are their indexes in the list given to {@link buildAutomaton}. */
  readonly size: number;
  /** Symbol of every UTF-16 code unit (0: in no keyword). */
  readonly symbolOf: Uint16Array;
  /** Row width of {@link Automaton.dense}: symbols below it are ASCII and use the dense table. */
  readonly width: number;
  /** Dense transitions: `dense[state * width + symbol]`. */
  readonly dense: Int32Array;
  /** Keyword ids ending in state `s` are `outIds[outStart[s] .. outStart[s + 1])`. */
  readonly outStart: Int32Array;
  readonly outIds: Int32Array;
  /** Transition on a non-ASCII symbol (at or above `width`). */
  stepWide(state: number, sym: number): number;
  /** Length of each keyword, by id. */
  readonly lengths: Uint16Array;
  /** Whether each keyword must start at a word boundary (it starts with an ASCII letter or digit). */
  readonly boundary: Uint8Array;
  /**
   * Runs the automaton over `text[from, to)` and calls `onHit(id, end)` for
   * every keyword occurrence, `end` being the exclusive end offset.
   */
  scan(text: string, from: number, to: number, onHit: (id: number, end: number) => void): void;
}

/** Keywords are matched on the lower-cased view; they must not be empty. */
export function buildAutomaton(keywords: readonly string[]): Automaton {
  // Symbols: 0 is "in no keyword"; ASCII symbols come first so the dense
  // table covers them with a small row width.
  const symbolOf = new Uint16Array(0x10000);
  let ascii = 0;
  const wide: number[] = [];
  for (const keyword of keywords) {
    for (let k = 0; k < keyword.length; k++) {
      const c = keyword.charCodeAt(k);
      if (symbolOf[c] !== 0) continue;
      if (c < 0x80) symbolOf[c] = ++ascii;
      else {
        symbolOf[c] = 0xffff; // placeholder until ASCII symbols are numbered
        wide.push(c);
      }
    }
  }
  const width = ascii + 1;
  for (let k = 0; k < wide.length; k++) symbolOf[wide[k]!] = width + k;
  const symbols = width + wide.length;

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

  const states = edges.length;
  const fail = new Int32Array(states);
  const dense = new Int32Array(states * width);
  const wideEdges = new Map<number, number>();
  const outputs: number[][] = terminal.map((ids) => ids.slice());
  // Breadth-first: a node's failure target is shallower, so it is final
  // before the node's own row is filled.
  const queue: number[] = [];
  for (const [sym, child] of edges[0]!) {
    fail[child] = 0;
    queue.push(child);
    if (sym < width) dense[sym] = child;
  }
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    const f = fail[node]!;
    for (let sym = 1; sym < width; sym++) dense[node * width + sym] = dense[f * width + sym]!;
    const inherited = outputs[f]!;
    if (inherited.length > 0) outputs[node]!.push(...inherited);
    for (const [sym, child] of edges[node]!) {
      if (sym < width) dense[node * width + sym] = child;
      else wideEdges.set(node * symbols + sym, child);
      // Failure of child: longest proper suffix that is a trie path.
      let g = f;
      let target = 0;
      for (;;) {
        const step = edges[g]!.get(sym);
        if (step !== undefined && step !== child) {
          target = step;
          break;
        }
        if (g === 0) break;
        g = fail[g]!;
      }
      fail[child] = target;
      queue.push(child);
    }
  }
  for (const [sym, child] of edges[0]!) if (sym >= width) wideEdges.set(sym, child);

  // Flattened outputs.
  const outStart = new Int32Array(states + 1);
  let total = 0;
  for (let s = 0; s < states; s++) {
    outStart[s] = total;
    total += outputs[s]!.length;
  }
  outStart[states] = total;
  const outIds = new Int32Array(total);
  for (let s = 0, at = 0; s < states; s++) for (const id of outputs[s]!) outIds[at++] = id;

  const lengths = new Uint16Array(keywords.length);
  const boundary = new Uint8Array(keywords.length);
  for (let id = 0; id < keywords.length; id++) {
    const keyword = keywords[id]!;
    lengths[id] = keyword.length;
    const c = keyword.charCodeAt(0);
    boundary[id] = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) ? 1 : 0;
  }

  function stepWide(state: number, sym: number): number {
    let s = state;
    for (;;) {
      const next = wideEdges.get(s * symbols + sym);
      if (next !== undefined) return next;
      if (s === 0) return 0;
      s = fail[s]!;
    }
  }

  return {
    size: keywords.length,
    symbolOf,
    width,
    dense,
    outStart,
    outIds,
    stepWide,
    lengths,
    boundary,
    scan(text, from, to, onHit) {
      let state = 0;
      for (let i = from; i < to; i++) {
        const sym = symbolOf[text.charCodeAt(i)]!;
        state = sym < width ? dense[state * width + sym]! : stepWide(state, sym);
        const a = outStart[state]!;
        const b = outStart[state + 1]!;
        for (let k = a; k < b; k++) onHit(outIds[k]!, i + 1);
      }
    },
  };
}
