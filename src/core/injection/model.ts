/**
 * The learned layer: a linear model (logistic regression) over hashed
 * n-grams of the matching view. No dependency, linear time, weights shipped
 * as data. Rules stay the explanation; this layer adds one finding with the
 * n-grams that pushed its score, and only counts when it is confident.
 *
 * Features, per line of the view: word unigrams and bigrams (a "word" is a
 * run of letters and digits; in scripts written without spaces, Chinese,
 * Japanese and Thai, each character is a word), hashed into a fixed table.
 * A window's logit is `bias + sum(weights) / sqrt(tokens)`.
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
  /** One weight per bucket. */
  readonly weights: Float32Array;
  readonly bias: number;
}

/** Seeds that keep unigram, bigram and character-gram hashes apart. */
const UNI = 0x9e3779b1;
const BI = 0x85ebca77;
const CHAR = 0xc2b2ae3d;
/** Character n-gram length inside words (with word-boundary padding). */
const GRAM = 4;

/** Whether `c` belongs to a script written without spaces (each character is a word). */
function isUnspaced(c: number): boolean {
  return (
    (c >= 0x0e00 && c <= 0x0e7f) || // Thai
    (c >= 0x3040 && c <= 0x30ff) || // kana
    (c >= 0x3400 && c <= 0x9fff) || // CJK ideographs
    (c >= 0xf900 && c <= 0xfaff)
  );
}

/** Whether `c` is part of a word (letters, digits, marks, any script). */
function isWordUnit(c: number): boolean {
  if (c < 0x80)
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
  // Punctuation blocks: general punctuation, CJK symbols, fullwidth forms' punctuation.
  if (c >= 0x2000 && c <= 0x206f) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xff00 && c <= 0xff0f) return false;
  if (c === 0x00a0 || c === 0x00ab || c === 0x00bb || c === 0x00bf || c === 0x00a1) return false;
  return c < 0xd800 || c > 0xdfff;
}

function mix(h: number): number {
  let x = h;
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return x ^ (x >>> 16);
}

/**
 * Calls `emit(bucket, line, start, end)` for every feature of `view`, where
 * `line` is the index of the view line it belongs to and `[start, end)` its
 * span in the view. Returns the number of lines.
 */
export function featurize(
  view: string,
  bits: number,
  emit: (bucket: number, line: number, start: number, end: number) => void,
): number {
  const mask = (1 << bits) - 1;
  const n = view.length;
  let line = 0;
  let prev = 0; // hash of the previous word on this line, 0 at line start
  let prevStart = 0;
  let h = 0;
  let inWord = false;
  let wordStart = 0;
  // Rolling window of the last GRAM code units of the current word (0 = boundary).
  let g0 = 0;
  let g1 = 0;
  let g2 = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? view.charCodeAt(i) : 0x0a;
    const unspaced = c >= 0x0e00 && isUnspaced(c);
    if (!unspaced && isWordUnit(c)) {
      if (!inWord) {
        inWord = true;
        wordStart = i;
        h = 0x811c9dc5;
        g0 = 0;
        g1 = 0;
        g2 = 0x20;
      }
      h = Math.imul(h ^ c, 0x01000193);
      if (g0 !== 0 || i - wordStart >= GRAM - 2) {
        emit(
          mix(Math.imul(Math.imul(Math.imul(g0, 31) ^ g1, 31) ^ g2, 31) ^ c ^ CHAR) & mask,
          line,
          Math.max(wordStart, i - GRAM + 1),
          i + 1,
        );
      }
      g0 = g1;
      g1 = g2;
      g2 = c;
      continue;
    }
    if (inWord) {
      inWord = false;
      if (i - wordStart >= GRAM - 1) {
        emit(
          mix(Math.imul(Math.imul(Math.imul(g0, 31) ^ g1, 31) ^ g2, 31) ^ 0x20 ^ CHAR) & mask,
          line,
          i - GRAM + 2,
          i,
        );
      }
      const word = mix(h ^ UNI);
      emit(word & mask, line, wordStart, i);
      if (prev !== 0) emit(mix(Math.imul(prev, 31) ^ word ^ BI) & mask, line, prevStart, i);
      prev = word;
      prevStart = wordStart;
    }
    if (unspaced) {
      const word = mix(Math.imul(c, 0x01000193) ^ UNI);
      emit(word & mask, line, i, i + 1);
      if (prev !== 0) emit(mix(Math.imul(prev, 31) ^ word ^ BI) & mask, line, prevStart, i + 1);
      prev = word;
      prevStart = i;
    } else if (c === 0x0a) {
      line++;
      prev = 0;
    } else if (c !== 0x20 && c !== 0x27 && c !== 0x2019 && c !== 0x2d) {
      // Sentence punctuation breaks bigrams; spaces, apostrophes and hyphens do not.
      if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x3a) prev = 0;
    }
  }
  return line;
}

/** Window lengths, in lines, scored from every line (plus "to the end"). */
const SPANS = [1, 4, 16, 64] as const;

/** Result of scoring one view. */
export interface ModelScore {
  /** Probability-like score of the best window, in (0, 1). */
  readonly probability: number;
  /** The best window, as view line indexes `[first, last)`. */
  readonly firstLine: number;
  readonly lastLine: number;
}

/** Scores `view` with `model`: the best window's sigmoid. */
export function scoreView(view: string, model: LinearModel): ModelScore {
  let lines = 1;
  for (let k = view.indexOf('\n'); k >= 0; k = view.indexOf('\n', k + 1)) lines++;
  const sums = new Float64Array(lines);
  const counts = new Float64Array(lines);
  const w = model.weights;
  featurize(view, model.bits, (bucket, line) => {
    sums[line] = sums[line]! + w[bucket]!;
    counts[line] = counts[line]! + 1;
  });
  return bestWindow(sums, counts, model.bias);
}

/** Best window over per-line weight sums and token counts. */
export function bestWindow(sums: Float64Array, counts: Float64Array, bias: number): ModelScore {
  const total = sums.length;
  // Prefix sums so that any window costs O(1).
  const ps = new Float64Array(total + 1);
  const pc = new Float64Array(total + 1);
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
      const logit = bias + (ps[j]! - ps[i]!) / Math.sqrt(n);
      if (logit > best) {
        best = logit;
        bestFirst = i;
        bestLast = j;
      }
      if (j === total) break;
    }
  }
  if (best === Number.NEGATIVE_INFINITY)
    return { probability: sigmoid(bias), firstLine: 0, lastLine: total };
  return { probability: sigmoid(best), firstLine: bestFirst, lastLine: bestLast };
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
 * The `count` n-grams with the largest positive weights in view lines
 * `[firstLine, lastLine)`, and the view span those lines cover.
 */
export function explainWindow(
  view: string,
  model: LinearModel,
  firstLine: number,
  lastLine: number,
  count: number,
): { features: ModelFeature[]; start: number; end: number } {
  const best = new Map<string, number>();
  let start = -1;
  let end = 0;
  featurize(view, model.bits, (bucket, line, s, e) => {
    if (line < firstLine || line >= lastLine) return;
    if (start < 0) start = s;
    end = Math.max(end, e);
    const weight = model.weights[bucket]!;
    if (weight <= 0) return;
    const text = view.slice(s, e);
    if ((best.get(text) ?? 0) < weight) best.set(text, weight);
  });
  const features = [...best]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, count)
    .map(([text, weight]) => ({ text, weight }));
  return { features, start: Math.max(0, start), end: Math.max(end, Math.max(0, start)) };
}
