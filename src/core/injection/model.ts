/**
 * The learned layer: a linear model (logistic regression) over hashed
 * n-grams of the matching view. No dependency, linear time, weights shipped
 * as data. Rules stay the explanation; this layer adds one finding with the
 * n-grams that pushed its score, and only counts when it is confident.
 *
 * Features, per line of the view: word unigrams and bigrams (a "word" is a
 * run of letters and digits; in scripts written without spaces, Chinese,
 * Japanese and Thai, each character is a word) and character 4-grams from
 * the first 32 units of each word (with word-edge padding, so inflected
 * forms share features), hashed into a fixed table.
 * A window's logit is `bias + sum(weights) / sqrt(tokens)`, saturating past
 * {@link SATURATE} tokens.
 *
 * Scoring takes the best window among runs of 1, 4, 16 and 64 lines and the
 * rest of the text from every line: a window inside an attack scores the
 * same whatever text precedes it, so appending an attack to benign text
 * never lowers this layer's score below the attack's own.
 *
 * @module
 */

/** Trained weights in the shape the scorer reads. */
export interface LinearModel {
  /** log2 of the number of hash buckets. */
  readonly bits: number;
  /**
   * One weight per bucket, as stored (int8 in the shipped model, float while
   * training); the real weight is `weights[bucket] * scale`.
   */
  readonly weights: Int8Array | Float32Array;
  readonly scale: number;
  readonly bias: number;
}

/** Seeds that keep unigram, bigram and character-gram hashes apart. */
export const UNI = 0x9e3779b1;
export const BI = 0x85ebca77;
export const CHAR = 0xc2b2ae3d;
/** Character n-gram length inside words (with word-boundary padding). */
export const GRAM = 4;
/** Character n-grams are taken from the first units of a word only: a 10,000-letter "word" is not language. */
export const WORD_GRAMS = 32;
/** A line whose words average more than MAX_WORD units (base64, hex, garbage) adds nothing. */
export const MAX_WORD = 16;
/** A line equal to one of the previous REPEAT_LINES lines adds nothing (floods of one line). */
export const REPEAT_LINES = 8;

/** Whether `c` belongs to a script written without spaces (each character is a word). */
export function isUnspaced(c: number): boolean {
  return (
    (c >= 0x0e00 && c <= 0x0e7f) || // Thai
    (c >= 0x3040 && c <= 0x30ff) || // kana
    (c >= 0x3400 && c <= 0x9fff) || // CJK ideographs
    (c >= 0xf900 && c <= 0xfaff)
  );
}

/** Whether `c` is part of a word (letters, digits, marks, any script). */
export function isWordUnit(c: number): boolean {
  if (c < 0x80)
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
  // Punctuation blocks: general punctuation, CJK symbols, fullwidth forms' punctuation.
  if (c >= 0x2000 && c <= 0x206f) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xff00 && c <= 0xff0f) return false;
  if (c === 0x00a0 || c === 0x00ab || c === 0x00bb || c === 0x00bf || c === 0x00a1) return false;
  return c < 0xd800 || c > 0xdfff;
}

/** Fibonacci hashing: a well-spread 32-bit value; buckets take its top bits. */
export function mix(h: number): number {
  return Math.imul(h, 0x9e3779b1);
}

/**
 * Calls `emit(bucket, line, start, end)` for every feature of `view`, where
 * `line` is the index of the view line it belongs to and `[start, end)` its
 * span in the view. Returns the number of lines.
 *
 * Features: character 4-grams inside words (with a space before the first
 * character and after the last), word unigrams, and bigrams of consecutive
 * words on a line not split by sentence punctuation.
 */
export function featurize(
  view: string,
  bits: number,
  emit: (bucket: number, line: number, start: number, end: number) => void,
): number {
  // The spare feature list, unless a callback re-entered featurize and holds it.
  const list = spareList ?? new FeatureList();
  spareList = undefined;
  const lines = list.collect(view, bits);
  for (let k = 0; k < list.size; k++) {
    emit(list.buckets[k]!, list.lines[k]!, list.starts[k]!, list.ends[k]!);
  }
  spareList = list;
  return lines;
}

/** A feature list for {@link featurize} to reuse between calls. */
let spareList: FeatureList | undefined;

/**
 * Every feature of a view with its line and span, in the order
 * {@link featurize} emits them; a class with growable typed arrays so that
 * collecting allocates nothing per feature.
 */
class FeatureList {
  buckets = new Int32Array(256);
  lines = new Int32Array(256);
  starts = new Int32Array(256);
  ends = new Int32Array(256);
  size = 0;

  /** When set, only features whose weight here is positive are kept (see {@link explainWindow}). */
  #keep: Int8Array | Float32Array | undefined;

  #push(bucket: number, line: number, start: number, end: number): void {
    if (this.#keep !== undefined && this.#keep[bucket]! <= 0) return;
    if (this.size === this.buckets.length) this.#grow();
    const k = this.size++;
    this.buckets[k] = bucket;
    this.lines[k] = line;
    this.starts[k] = start;
    this.ends[k] = end;
  }

  #grow(): void {
    const size = this.buckets.length * 2;
    const grow = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    this.buckets = grow(this.buckets);
    this.lines = grow(this.lines);
    this.starts = grow(this.starts);
    this.ends = grow(this.ends);
  }

  /**
   * Collects the features of `view`, or only those with a positive weight in
   * `positive`; returns the number of lines.
   */
  collect(view: string, bits: number, positive?: Int8Array | Float32Array): number {
    this.size = 0;
    this.#keep = positive;
    const shift = 32 - bits;
    const n = view.length;
    const set = lineSetFor(bits);
    const keys = set.keys;
    let tag = set.next();
    let distinct = 0;
    const recent = new Int32Array(REPEAT_LINES);
    // Features of the current line start here; a repeated line is dropped at its end.
    let lineFirst = 0;
    let line = 0;
    let lineHash = 0;
    let words = 0;
    let units = 0;
    let prev = 0; // hash of the previous word on this line, 0 at line start
    let prevStart = 0;
    let h = 0;
    let inWord = false;
    let wordStart = 0;
    let gram = 0; // the last four units of the word, one byte each
    let b = 0;
    for (let i = 0; i <= n; i++) {
      const c = i < n ? view.charCodeAt(i) : 0x0a;
      const unspaced = c >= 0x0e00 && isUnspaced(c);
      if (!unspaced && isWordUnit(c)) {
        if (!inWord) {
          inWord = true;
          wordStart = i;
          h = 0x811c9dc5;
          gram = 0x20;
        }
        h = Math.imul(h ^ c, 0x01000193);
        gram = (gram << 8) | (c & 0xff);
        if (i - wordStart >= GRAM - 2 && i - wordStart < WORD_GRAMS) {
          b = mix(gram ^ CHAR) >>> shift;
          if (distinct >= LINE_SET || firstOnLine(keys, tag, bits, b)) {
            distinct++;
            this.#push(b, line, Math.max(wordStart, i - GRAM + 1), i + 1);
          }
        }
        continue;
      }
      if (inWord) {
        inWord = false;
        if (i - wordStart >= GRAM - 1 && i - wordStart <= WORD_GRAMS) {
          b = mix(((gram << 8) | 0x20) ^ CHAR) >>> shift;
          if (distinct >= LINE_SET || firstOnLine(keys, tag, bits, b)) {
            distinct++;
            this.#push(b, line, i - GRAM + 2, i);
          }
        }
        const word = mix(h ^ UNI);
        lineHash = Math.imul(lineHash ^ word, 0x01000193);
        words++;
        units += i - wordStart;
        b = word >>> shift;
        if (distinct >= LINE_SET || firstOnLine(keys, tag, bits, b)) {
          distinct++;
          this.#push(b, line, wordStart, i);
        }
        if (prev !== 0) {
          b = mix(Math.imul(prev, 31) ^ word ^ BI) >>> shift;
          if (distinct >= LINE_SET || firstOnLine(keys, tag, bits, b)) {
            distinct++;
            this.#push(b, line, prevStart, i);
          }
        }
        prev = word;
        prevStart = wordStart;
      }
      if (unspaced) {
        const word = mix(Math.imul(c, 0x01000193) ^ UNI);
        lineHash = Math.imul(lineHash ^ word, 0x01000193);
        words++;
        units++;
        b = word >>> shift;
        if (distinct >= LINE_SET || firstOnLine(keys, tag, bits, b)) {
          distinct++;
          this.#push(b, line, i, i + 1);
        }
        if (prev !== 0) {
          b = mix(Math.imul(prev, 31) ^ word ^ BI) >>> shift;
          if (distinct >= LINE_SET || firstOnLine(keys, tag, bits, b)) {
            distinct++;
            this.#push(b, line, prevStart, i + 1);
          }
        }
        prev = word;
        prevStart = i;
      } else if (c === 0x0a) {
        const repeated = lineHash !== 0 && recent.includes(lineHash);
        recent[line % REPEAT_LINES] = lineHash;
        if (repeated || units > MAX_WORD * words) this.size = lineFirst;
        lineFirst = this.size;
        tag = set.next();
        distinct = 0;
        lineHash = 0;
        words = 0;
        units = 0;
        line++;
        prev = 0;
      } else if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x3a) {
        // Sentence punctuation breaks bigrams; spaces, quotes and hyphens do not.
        prev = 0;
      }
    }
    return line;
  }
}

/**
 * Each feature counts once per line, so a flood of one n-gram ("aaaa...",
 * "print print ...") weighs like one occurrence; past LINE_SET distinct
 * buckets on one line, every further feature counts.
 */
export const LINE_SET = 2048;
/** Window lengths, in lines, scored from every line (plus "to the end"). */
const SPANS = [1, 4, 16, 64] as const;

/**
 * Tokens after which evidence saturates: up to here a window's weight sum is
 * scaled by `1/sqrt(tokens)`, beyond it by `sqrt(SATURATE)/tokens` (its mean
 * times a constant), so a very long text of mildly suspicious words cannot
 * add up to a confident score by length alone.
 */
export const SATURATE = 1024;

/**
 * Scale of a window's weight sum for `tokens` features: `1/sqrt(tokens)`, or
 * `sqrt(SATURATE)/tokens` past {@link SATURATE}. Training uses the same scale.
 *
 * @example
 * ```ts
 * tokenScale(16); // 0.25
 * tokenScale(4096); // 0.0078125 (32 / 4096)
 * ```
 */
export function tokenScale(tokens: number): number {
  const n = Math.max(1, tokens);
  return n <= SATURATE ? 1 / Math.sqrt(n) : Math.sqrt(SATURATE) / n;
}

/** Result of scoring one view. */
export interface ModelScore {
  /** Probability-like score of the best window, in (0, 1). */
  readonly probability: number;
  /** The best window, as view line indexes `[first, last)`. */
  readonly firstLine: number;
  readonly lastLine: number;
  /** The line of the window with the largest weight sum (where to look for an explanation). */
  readonly peakLine: number;
}

/** Slots of a {@link LineSet}: twice {@link LINE_SET}, so the table is at most half full. */
const LINE_SLOTS = LINE_SET * 2;

/**
 * Per-line feature deduplication: a small open-addressing set of the
 * buckets counted on the current line. A key is the line's tag (a line
 * number shifted above the bucket bits) or'ed with the bucket, so keys of
 * earlier lines read as free slots and nothing is cleared per line; the
 * table is zeroed only when the line numbers wrap. At 16 KB it stays in the
 * first-level cache, where a table indexed by bucket (hundreds of KB) would
 * miss on most features of a long text.
 *
 * A line inserts at most {@link LINE_SET} buckets (past that every feature
 * counts and the set is not consulted), so probing always ends.
 */
export class LineSet {
  readonly keys = new Int32Array(LINE_SLOTS);
  readonly bits: number;
  #line = 0;

  constructor(bits: number) {
    if (!Number.isInteger(bits) || bits < 1 || bits > 24) {
      throw new RangeError('bucket bits must be an integer from 1 to 24');
    }
    this.bits = bits;
  }

  /** The tag of a new line: no key in the table carries it yet. */
  next(): number {
    if (++this.#line >= 1 << (31 - this.bits)) {
      this.keys.fill(0);
      this.#line = 1;
    }
    return this.#line << this.bits;
  }
}

/**
 * Adds `bucket` to the line tagged `tag` in `keys` (a {@link LineSet}'s
 * table for `bits`-bit buckets); whether it was new on the line.
 */
export function firstOnLine(keys: Int32Array, tag: number, bits: number, bucket: number): boolean {
  const key = tag | bucket;
  let i = bucket & (LINE_SLOTS - 1);
  for (;;) {
    const k = keys[i]!;
    if (k === key) return false;
    // A key of another line: a free slot (this line's keys share its tag).
    if ((k ^ tag) >>> bits !== 0) {
      keys[i] = key;
      return true;
    }
    i = (i + 1) & (LINE_SLOTS - 1);
  }
}

let sharedSet: LineSet | undefined;

/** The shared per-line set for `bits`-bit buckets (scoring and collecting never interleave). */
export function lineSetFor(bits: number): LineSet {
  if (sharedSet === undefined || sharedSet.bits !== bits) sharedSet = new LineSet(bits);
  return sharedSet;
}

/** Per-line sums and counts, reused between calls (scoring never re-enters itself). */
export class LineTotals {
  sums = new Float64Array(64);
  counts = new Float64Array(64);
  ps = new Float64Array(65);
  pc = new Float64Array(65);

  reserve(lines: number): void {
    if (lines <= this.sums.length) return;
    const size = Math.max(lines, this.sums.length * 2);
    this.sums = new Float64Array(size);
    this.counts = new Float64Array(size);
    this.ps = new Float64Array(size + 1);
    this.pc = new Float64Array(size + 1);
  }
}

let sharedTotals: LineTotals | undefined;

/** The shared per-line totals, with room for `lines` lines (scoring never re-enters itself). */
export function lineTotals(lines: number): LineTotals {
  sharedTotals ??= new LineTotals();
  sharedTotals.reserve(lines);
  return sharedTotals;
}

/** ASCII word units: letters and digits. */
let asciiWord: Uint8Array | undefined;
function asciiWordTable(): Uint8Array {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) t[c] = isWordUnit(c) ? 1 : 0;
  return t;
}

/**
 * Scores `view` with `model`: the best window's sigmoid. Computes exactly
 * what {@link featurize} feeds, inline, because this is the hot path.
 */
export function scoreView(view: string, model: LinearModel): ModelScore {
  const n = view.length;
  let lines = 1;
  for (let k = view.indexOf('\n'); k >= 0; k = view.indexOf('\n', k + 1)) lines++;
  const totals = lineTotals(lines);
  const sums = totals.sums;
  const counts = totals.counts;
  const w = model.weights;
  const shift = 32 - model.bits;
  const bits = model.bits;
  const set = lineSetFor(bits);
  const keys = set.keys;
  asciiWord ??= asciiWordTable();
  const wordTable = asciiWord;
  let tag = set.next();
  let size = 0;
  let line = 0;
  let sum = 0;
  let count = 0;
  let prev = 0;
  let h = 0;
  let inWord = false;
  let wordStart = 0;
  let gram = 0;
  let b = 0;
  let lineHash = 0;
  let words = 0;
  let units = 0;
  let r0 = 0;
  let r1 = 0;
  let r2 = 0;
  let r3 = 0;
  let r4 = 0;
  let r5 = 0;
  let r6 = 0;
  let r7 = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? view.charCodeAt(i) : 0x0a;
    let unspaced = false;
    let word: boolean;
    if (c < 0x80) word = wordTable[c] === 1;
    else {
      unspaced = c >= 0x0e00 && isUnspaced(c);
      word = !unspaced && isWordUnit(c);
    }
    if (word) {
      if (!inWord) {
        inWord = true;
        wordStart = i;
        h = 0x811c9dc5;
        gram = 0x20;
      }
      h = Math.imul(h ^ c, 0x01000193);
      gram = (gram << 8) | (c & 0xff);
      const at = i - wordStart;
      if (at >= GRAM - 2 && at < WORD_GRAMS) {
        b = mix(gram ^ CHAR) >>> shift;
        if (size >= LINE_SET || firstOnLine(keys, tag, bits, b)) {
          size++;
          sum += w[b]!;
          count++;
        }
      }
      continue;
    }
    if (inWord) {
      inWord = false;
      const length = i - wordStart;
      if (length >= GRAM - 1 && length <= WORD_GRAMS) {
        b = mix(((gram << 8) | 0x20) ^ CHAR) >>> shift;
        if (size >= LINE_SET || firstOnLine(keys, tag, bits, b)) {
          size++;
          sum += w[b]!;
          count++;
        }
      }
      const hashed = mix(h ^ UNI);
      lineHash = Math.imul(lineHash ^ hashed, 0x01000193);
      words++;
      units += length;
      b = hashed >>> shift;
      if (size >= LINE_SET || firstOnLine(keys, tag, bits, b)) {
        size++;
        sum += w[b]!;
        count++;
      }
      if (prev !== 0) {
        b = mix(Math.imul(prev, 31) ^ hashed ^ BI) >>> shift;
        if (size >= LINE_SET || firstOnLine(keys, tag, bits, b)) {
          size++;
          sum += w[b]!;
          count++;
        }
      }
      prev = hashed;
    }
    if (unspaced) {
      const hashed = mix(Math.imul(c, 0x01000193) ^ UNI);
      lineHash = Math.imul(lineHash ^ hashed, 0x01000193);
      words++;
      units++;
      b = hashed >>> shift;
      if (size >= LINE_SET || firstOnLine(keys, tag, bits, b)) {
        size++;
        sum += w[b]!;
        count++;
      }
      if (prev !== 0) {
        b = mix(Math.imul(prev, 31) ^ hashed ^ BI) >>> shift;
        if (size >= LINE_SET || firstOnLine(keys, tag, bits, b)) {
          size++;
          sum += w[b]!;
          count++;
        }
      }
      prev = hashed;
    } else if (c === 0x0a) {
      // The eight previous line hashes (a ring in locals: no allocation).
      const skip =
        (lineHash !== 0 &&
          (lineHash === r0 ||
            lineHash === r1 ||
            lineHash === r2 ||
            lineHash === r3 ||
            lineHash === r4 ||
            lineHash === r5 ||
            lineHash === r6 ||
            lineHash === r7)) ||
        units > MAX_WORD * words;
      switch (line & 7) {
        case 0:
          r0 = lineHash;
          break;
        case 1:
          r1 = lineHash;
          break;
        case 2:
          r2 = lineHash;
          break;
        case 3:
          r3 = lineHash;
          break;
        case 4:
          r4 = lineHash;
          break;
        case 5:
          r5 = lineHash;
          break;
        case 6:
          r6 = lineHash;
          break;
        default:
          r7 = lineHash;
      }
      lineHash = 0;
      words = 0;
      units = 0;
      sums[line] = skip ? 0 : sum * model.scale;
      counts[line] = skip ? 0 : count;
      line++;
      sum = 0;
      count = 0;
      prev = 0;
      if (i < n) {
        tag = set.next();
        size = 0;
      }
    } else if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x3a) {
      prev = 0;
    }
  }
  return windowOf(sums, counts, lines, model.bias, totals.ps, totals.pc);
}

/** Best window over per-line weight sums and token counts. */
export function bestWindow(sums: Float64Array, counts: Float64Array, bias: number): ModelScore {
  const total = sums.length;
  return windowOf(
    sums,
    counts,
    total,
    bias,
    new Float64Array(total + 1),
    new Float64Array(total + 1),
  );
}

/** {@link bestWindow} over the first `total` lines, with prefix-sum scratch `ps` and `pc`. */
export function windowOf(
  sums: Float64Array,
  counts: Float64Array,
  total: number,
  bias: number,
  ps: Float64Array,
  pc: Float64Array,
): ModelScore {
  // Prefix sums so that any window costs O(1).
  ps[0] = 0;
  pc[0] = 0;
  for (let k = 0; k < total; k++) {
    ps[k + 1] = ps[k]! + sums[k]!;
    pc[k + 1] = pc[k]! + counts[k]!;
  }
  let best = Number.NEGATIVE_INFINITY;
  let bestFirst = 0;
  let bestLast = total;
  for (let i = 0; i < total; i++) {
    for (let s = 0; s <= SPANS.length; s++) {
      const j = s < SPANS.length ? Math.min(total, i + SPANS[s]!) : total;
      const n = pc[j]! - pc[i]!;
      if (n === 0) continue;
      const logit = bias + (ps[j]! - ps[i]!) * tokenScale(n);
      if (logit > best) {
        best = logit;
        bestFirst = i;
        bestLast = j;
      }
      if (j === total) break;
    }
  }
  if (best === Number.NEGATIVE_INFINITY) {
    // No features at all: nothing to judge.
    return { probability: 0, firstLine: 0, lastLine: total, peakLine: 0 };
  }
  let peakLine = bestFirst;
  for (let k = bestFirst + 1; k < bestLast; k++) if (sums[k]! > sums[peakLine]!) peakLine = k;
  return { probability: sigmoid(best), firstLine: bestFirst, lastLine: bestLast, peakLine };
}

/** Logistic function. */
export function sigmoid(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}

/** An n-gram that pushed a window towards "attack". */
export interface ModelFeature {
  readonly text: string;
  readonly weight: number;
}

/**
 * The `count` n-grams with the largest positive weights in the window's
 * heaviest line (`peakLine`), and the view span of the window's lines
 * `[firstLine, lastLine)`. With `count` 0 only the span is computed.
 *
 * @example
 * ```ts
 * const scored = scoreView(view, model);
 * const { features, start, end } = explainWindow(view, model, scored, 3);
 * features.map((f) => f.text); // e.g. ['ignore', 'previous instructions', 'system prompt']
 * ```
 */
export function explainWindow(
  view: string,
  model: LinearModel,
  window: Pick<ModelScore, 'firstLine' | 'lastLine' | 'peakLine'>,
  count: number,
): { features: ModelFeature[]; start: number; end: number } {
  const { firstLine, lastLine, peakLine } = window;
  // View offsets of the window's lines.
  let start = 0;
  for (let line = 0; line < firstLine; line++) start = view.indexOf('\n', start) + 1;
  let end = start;
  for (let line = firstLine; line < lastLine && end >= 0; line++) {
    const next = view.indexOf('\n', end);
    end = next < 0 ? view.length : next + 1;
  }
  end = Math.min(view.length, Math.max(end, start));
  if (count <= 0) return { features: [], start, end };
  // The explanation reads the window's heaviest line, at most EXPLAIN units
  // of it: enough to name the strongest n-grams without a second full pass.
  let from = start;
  for (let line = firstLine; line < peakLine; line++) {
    const next = view.indexOf('\n', from);
    if (next < 0 || next + 1 >= end) break;
    from = next + 1;
  }
  let to = view.indexOf('\n', from);
  if (to < 0 || to > end) to = end;
  const slice = view.slice(from, Math.min(to, from + EXPLAIN));
  const list = spareList ?? new FeatureList();
  spareList = undefined;
  // Only n-grams that pushed towards "attack" can name the reason.
  list.collect(slice, model.bits, model.weights);
  // Name whole words and word pairs; a gram inside a word ("ompt") explains
  // little, so grams come in only when no whole word pushed the score.
  const words = strongest(slice, list, model, count, true);
  const features = words.length > 0 ? words : strongest(slice, list, model, count, false);
  spareList = list;
  return { features, start, end };
}

/** The `count` heaviest positive n-grams among `list` (of `slice`), optionally whole words only. */
function strongest(
  slice: string,
  list: FeatureList,
  model: LinearModel,
  count: number,
  wholeWords: boolean,
): ModelFeature[] {
  const top: { bucket: number; weight: number; start: number; end: number }[] = [];
  for (let k = 0; k < list.size; k++) {
    const bucket = list.buckets[k]!;
    const s = list.starts[k]!;
    const e = list.ends[k]!;
    const weight = model.weights[bucket]!;
    if (weight <= 0) continue;
    const last = top[top.length - 1];
    if (top.length === count && last !== undefined && weight <= last.weight) continue;
    if (wholeWords && (inWord(slice, s - 1) || inWord(slice, e))) continue;
    if (top.some((t) => t.bucket === bucket)) continue;
    // A word and its padded character gram read the same: name it once.
    const twin = top.findIndex((t) => sameText(slice, t.start, t.end, s, e));
    if (twin >= 0) {
      if (top[twin]!.weight >= weight) continue;
      top.splice(twin, 1);
    }
    // Heaviest first; among equal weights, the earlier feature first.
    let at = top.length;
    while (at > 0 && top[at - 1]!.weight < weight) at--;
    top.splice(at, 0, { bucket, weight, start: s, end: e });
    if (top.length > count) top.pop();
  }
  return top.map((t) => ({
    text: slice.slice(t.start, t.end),
    weight: t.weight * model.scale,
  }));
}

/** Whether `text[a, b)` and `text[c, d)` hold the same units. */
function sameText(text: string, a: number, b: number, c: number, d: number): boolean {
  if (b - a !== d - c) return false;
  for (let k = 0; k < b - a; k++)
    if (text.charCodeAt(a + k) !== text.charCodeAt(c + k)) return false;
  return true;
}

/** Whether `text[at]` is a letter or digit of a space-separated script. */
function inWord(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0xc0 && c <= 0x24f) ||
    (c >= 0x370 && c <= 0x52f)
  );
}

/** Most window units read to explain a score. */
const EXPLAIN = 1024;
