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
 * lookup per character plus a few per word. Trie nodes are numbered
 * breadth-first, so the shallow nodes that ordinary text reaches sit
 * together in memory.
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
  /**
   * Flattened `[keyword, end]` pairs for every occurrence in `text`, `end`
   * being the exclusive end offset, in order of start position. Keywords
   * that need a word boundary are only reported at one.
   */
  hits(text: string): number[];
}

/** Bit of a child entry marking a node where keywords end. */
const TERMINAL = 0x8000;
const NODE = 0x7fff;

/** 1: a word unit (ASCII letter or digit); 2: the first unit of some keyword. */
const WORD = 1;
const START = 2;

/**
 * Builds the matcher. Keywords are matched on the lower-cased view and must
 * not be empty; a space in a keyword matches a space or a line feed.
 */
export function buildMatcher(keywords: readonly string[]): KeywordMatcher {
  const symbolOf = new Uint16Array(0x10000);
  const flags = new Uint8Array(0x10000);
  for (let c = 0x30; c <= 0x39; c++) flags[c] = WORD;
  for (let c = 0x61; c <= 0x7a; c++) flags[c] = WORD;
  let ascii = 0;
  const wide: number[] = [];
  for (const keyword of keywords) {
    flags[keyword.charCodeAt(0)]! |= START;
    for (let k = 0; k < keyword.length; k++) {
      const c = keyword.charCodeAt(k);
      if (symbolOf[c] !== 0) continue;
      if (c < 0x80) symbolOf[c] = ++ascii;
      else {
        symbolOf[c] = 0xffff;
        wide.push(c);
      }
    }
  }
  // The view holds two kinds of whitespace; a space in a keyword matches either.
  if (symbolOf[0x20] !== 0) symbolOf[0x0a] = symbolOf[0x20]!;
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
  const count = edges.length;
  if (count > NODE) throw new RangeError('too many keyword prefixes');

  // Breadth-first numbering.
  const order: number[] = [0];
  for (let head = 0; head < order.length; head++) {
    for (const child of edges[order[head]!]!.values()) order.push(child);
  }
  const rank = new Int32Array(count);
  for (let k = 0; k < count; k++) rank[order[k]!] = k;
  const child = (node: number): number => rank[node]! | (terminal[node]!.length > 0 ? TERMINAL : 0);

  const dense = new Uint16Array(count * width);
  const wideEdges = new Map<number, number>();
  for (let node = 0; node < count; node++) {
    for (const [sym, next] of edges[node]!) {
      if (sym < width) dense[rank[node]! * width + sym] = child(next);
      else wideEdges.set(rank[node]! * symbols + sym, child(next));
    }
  }
  const outStart = new Int32Array(count + 1);
  let total = 0;
  for (let k = 0; k < count; k++) {
    outStart[k] = total;
    total += terminal[order[k]!]!.length;
  }
  outStart[count] = total;
  const outIds = new Int32Array(total);
  for (let k = 0, at = 0; k < count; k++) for (const id of terminal[order[k]!]!) outIds[at++] = id;

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
    hits(text) {
      const out: number[] = [];
      const n = text.length;
      let previous = 0;
      for (let i = 0; i < n; i++) {
        const f = flags[text.charCodeAt(i)]!;
        // Inside a word nothing can start: only a word start or a non-word
        // keyword character begins a walk.
        if ((f & START) !== 0 && ((f & WORD) === 0 || (previous & WORD) === 0)) {
          let node = 0;
          for (let j = i; j < n; j++) {
            const sym = symbolOf[text.charCodeAt(j)]!;
            if (sym === 0) break;
            const next =
              sym < width ? dense[node * width + sym]! : (wideEdges.get(node * symbols + sym) ?? 0);
            if (next === 0) break;
            node = next & NODE;
            if (next >= TERMINAL) {
              for (let o = outStart[node]!; o < outStart[node + 1]!; o++)
                out.push(outIds[o]!, j + 1);
            }
          }
        }
        previous = f;
      }
      return out;
    },
  };
}
