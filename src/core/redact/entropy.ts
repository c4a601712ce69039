/**
 * Value heuristics shared by secret rules: Shannon entropy, and the filter
 * that keeps documentation placeholders, template references and
 * low-information strings (`YOUR_API_KEY`, `<token>`, `${DB_PASSWORD}`,
 * `xxxxxxxx`, AWS's documented example keys) from becoming findings.
 *
 * @module
 */

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
  const n = text.length;
  if (n === 0) return 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / n;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** Number of character classes (lower, upper, digit, other) present in `text`. */
export function charClasses(text: string): number {
  let lower = 0;
  let upper = 0;
  let digit = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) lower = 1;
    else if (c >= 65 && c <= 90) upper = 1;
    else if (c >= 48 && c <= 57) digit = 1;
    else other = 1;
  }
  return lower + upper + digit + other;
}

/** Length of the longest run of one repeated character. */
function longestRun(text: string): number {
  let best = text.length > 0 ? 1 : 0;
  let run = 1;
  for (let i = 1; i < text.length; i++) {
    run = text.charCodeAt(i) === text.charCodeAt(i - 1) ? run + 1 : 1;
    if (run > best) best = run;
  }
  return best;
}

/** Longest run of consecutive ascending or descending code points (`abcd`, `4321`). */
function longestSequence(text: string): number {
  let best = text.length > 0 ? 1 : 0;
  let up = 1;
  let down = 1;
  for (let i = 1; i < text.length; i++) {
    const d = text.charCodeAt(i) - text.charCodeAt(i - 1);
    up = d === 1 ? up + 1 : 1;
    down = d === -1 ? down + 1 : 1;
    best = Math.max(best, up, down);
  }
  return best;
}

// Words and markers that documentation, templates and redacted output use in
// place of a real value. Matched case-insensitively anywhere in the value.
const PLACEHOLDER_MARKERS =
  /example|your[_-]?(?:api|secret|token|key|access|own|pass)|placeholder|dummy|redacted|changeme|replace[_-]?me|insert[_-]?|x{8}|(?:^|[_-])xxxx|\*\*\*|\.\.\.|<[^>]*>|\$\{|\{\{|%\(|%s\b|_here\b|\bhere_|\bfake|\bsample|notarealkey|not[_-]?a[_-]?real/i;

// Values that name a variable, a type or a lookup instead of containing one.
const REFERENCE =
  /^(?:\$[A-Za-z_(]|process\.env|os\.(?:environ|getenv)|env[.:([]|getenv|secrets?\.|vault:|ref\+|!Ref\b|%[A-Za-z_]+%$|@Value|import\b|require\b|new |this\.|self\.|config\.|settings\.|props\.|options\.)/;

const CONSTANT_WORDS = new Set([
  'null',
  'none',
  'nil',
  'undefined',
  'true',
  'false',
  'yes',
  'no',
  'on',
  'off',
  'string',
  'str',
  'number',
  'int',
  'boolean',
  'bool',
  'required',
  'optional',
  'empty',
  'unset',
  'unknown',
  'default',
  'secret',
  'password',
  'passwd',
  'token',
  'apikey',
  'api_key',
  'value',
  'test',
  'testing',
  'demo',
  'admin',
  'pass',
  'pwd',
  'foo',
  'bar',
  'foobar',
  'baz',
  'qux',
  'abc',
  'abc123',
  'hidden',
  'masked',
  'private',
  'public',
  'string?',
]);

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
export function isPlaceholder(value: string): boolean {
  if (value.length === 0) return true;
  if (CONSTANT_WORDS.has(value.toLowerCase())) return true;
  if (PLACEHOLDER_MARKERS.test(value) || REFERENCE.test(value)) return true;
  // A long run of one character reads as filler only where it is a good part of the value.
  const run = longestRun(value);
  if ((run >= 6 && run * 4 >= value.length) || run * 2 > value.length) return true;
  if (longestSequence(value) >= Math.max(6, Math.ceil(value.length * 0.6))) return true;
  return false;
}
