/**
 * Value heuristics shared by secret rules: Shannon entropy, and the filter
 * that keeps documentation placeholders, template references and
 * low-information strings (`YOUR_API_KEY`, `<token>`, `${DB_PASSWORD}`,
 * `xxxxxxxx`, AWS's documented example keys) from becoming findings.
 *
 * @module
 */

/** Statistics of a candidate value, computed in one pass. */
export interface ValueProfile {
  /** Shannon entropy in bits per character. */
  readonly entropy: number;
  /** Character classes present (lower, upper, digit, other), 0 to 4. */
  readonly classes: number;
  /** Longest run of one repeated character. */
  readonly run: number;
  /** Longest run of consecutive ascending or descending code points (`abcd`, `4321`). */
  readonly sequence: number;
}

let counts: Uint32Array | undefined;
let klogkTable: Float64Array | undefined;

/** `k * log2(k)` for k < 1024, built on first use. */
function kLogK(): Float64Array {
  if (klogkTable === undefined) {
    klogkTable = new Float64Array(1024);
    for (let k = 2; k < 1024; k++) klogkTable[k] = k * Math.log2(k);
  }
  return klogkTable;
}

/**
 * One pass over `text` for the statistics the secret checks need.
 *
 * @example
 * ```ts
 * profile('aaaa1234'); // { entropy: 2, classes: 2, run: 4, sequence: 4 }
 * ```
 */
export function profile(text: string): ValueProfile {
  const n = text.length;
  if (n === 0) return { entropy: 0, classes: 0, run: 0, sequence: 0 };
  counts ??= new Uint32Array(128);
  const table = counts;
  const seen: number[] = [];
  let other: Map<number, number> | undefined;
  let classes = 0;
  let run = 1;
  let longestRun = 1;
  let up = 1;
  let down = 1;
  let sequence = 1;
  let previous = -2;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (table[c] === 0) seen.push(c);
      table[c]!++;
      classes |= c >= 97 && c <= 122 ? 1 : c >= 65 && c <= 90 ? 2 : c >= 48 && c <= 57 ? 4 : 8;
    } else {
      other ??= new Map();
      other.set(c, (other.get(c) ?? 0) + 1);
      classes |= 8;
    }
    const d = c - previous;
    run = d === 0 ? run + 1 : 1;
    up = d === 1 ? up + 1 : 1;
    down = d === -1 ? down + 1 : 1;
    if (run > longestRun) longestRun = run;
    if (up > sequence) sequence = up;
    if (down > sequence) sequence = down;
    previous = c;
  }
  // H = log2(n) - sum(k log2 k) / n, with k log2 k from a table for small counts.
  const klogk = kLogK();
  let sum = 0;
  for (const c of seen) {
    const k = table[c]!;
    sum += k < klogk.length ? klogk[k]! : k * Math.log2(k);
    table[c] = 0;
  }
  if (other !== undefined) for (const k of other.values()) sum += k * Math.log2(k);
  const bits = Math.max(0, Math.log2(n) - sum / n);
  const found = (classes & 1) + ((classes >> 1) & 1) + ((classes >> 2) & 1) + ((classes >> 3) & 1);
  return { entropy: bits, classes: found, run: longestRun, sequence };
}

/**
 * Shannon entropy of `text` in bits per character (0 for empty text).
 *
 * @example
 * ```ts
 * shannonEntropy('aaaa'); // 0
 * shannonEntropy('abcd'); // 2
 * ```
 */
export function shannonEntropy(text: string): number {
  return profile(text).entropy;
}

/**
 * Number of character classes (lower, upper, digit, other) present in `text`.
 *
 * @example
 * ```ts
 * charClasses('abC1'); // 3
 * ```
 */
export function charClasses(text: string): number {
  return profile(text).classes;
}

// Words and markers that documentation, templates and redacted output use in
// place of a real value. Matched case-insensitively anywhere in the value.
const PLACEHOLDER_MARKERS =
  /example|your[_-]?(?:api|secret|token|key|access|own|pass)|placeholder|dummy|redacted|changeme|replace[_-]?me|insert[_-]?|x{8}|(?:^|[_-])xxxx|\*\*\*|\.\.\.|<[^>]*>|\$\{|\{\{|%\(|%s\b|_here\b|\bhere_|\bfake|\bsample|notarealkey|not[_-]?a[_-]?real/i;

// Values that name a variable, a type or a lookup instead of containing one.
const REFERENCE =
  /^(?:\$[A-Za-z_(]|process\.env|os\.(?:environ|getenv)|env[.:([]|getenv|secrets?\.|vault:|ref\+|!Ref\b|%[A-Za-z_]+%$|@Value|import\b|require\b|new |this\.|self\.|config\.|settings\.|props\.|options\.)/;

const CONSTANT_WORDS =
  /^(?:null|none|nil|undefined|true|false|yes|no|on|off|string|str|number|int|boolean|bool|required|optional|empty|unset|unknown|default|secret|password|passwd|token|apikey|api_key|value|test|testing|demo|admin|pass|pwd|foo|bar|foobar|baz|qux|abc|abc123|hidden|masked|private|public|string\?)$/i;

/**
 * True when `value` is a documentation placeholder, a template or variable
 * reference, a redaction marker, a constant word, a run of one character, a
 * plain sequence, or otherwise carries too little information to be a real
 * credential. Checked for every secret finding, so known example values
 * (`YOUR_API_KEY`, `sk-xxxx...`, `<token>`, AWS's `...EXAMPLE` keys) are
 * never reported.
 *
 * @example
 * ```ts
 * isPlaceholder('YOUR_API_KEY'); // true
 * isPlaceholder('${DB_PASSWORD}'); // true
 * isPlaceholder('q8Zr2LkP0wXe'); // false
 * ```
 */
export function isPlaceholder(value: string, stats: ValueProfile = profile(value)): boolean {
  const n = value.length;
  if (n === 0) return true;
  if (n <= 12 && CONSTANT_WORDS.test(value)) return true;
  // A long run of one character reads as filler only where it is a good part of the value.
  if ((stats.run >= 6 && stats.run * 4 >= n) || stats.run * 2 > n) return true;
  if (stats.sequence >= Math.max(6, Math.ceil(n * 0.6))) return true;
  if (REFERENCE.test(value)) return true;
  // Markers are words; a long value of high entropy is random, whatever letters it holds.
  if (n >= 64 && stats.entropy >= 4.5) return false;
  return PLACEHOLDER_MARKERS.test(value);
}
