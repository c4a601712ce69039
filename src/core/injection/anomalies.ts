/**
 * Anomaly signals: properties of the text itself rather than of its words.
 * Each is cheap (counts the normaliser and the scan already produced, or a
 * bounded look at the end of the text) and located in the original string.
 *
 * @module
 */

import type { NormalizeStats } from '../text/normalize.js';
import { isAsciiAlnum, isAsciiLetter, isBidiControl, isDefaultIgnorable } from '../text/unicode.js';
import type { ScanResult } from './scan.js';
import type { SignalId } from './signals.js';

/** An anomaly found in the original text. */
export interface Anomaly {
  readonly id: SignalId;
  readonly start: number;
  readonly end: number;
}

/** C0/C1 controls other than tab, line breaks, vertical tab, form feed and NEL. */
const CONTROL = /[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]/;

/** Inputs at least this long get the `anomaly.long-input` signal. */
export const LONG_INPUT = 50_000;

/**
 * Anomalies of `text`, given its normalisation statistics and the scan of
 * its view. `viewToOriginal` maps a view span to the original.
 */
export function findAnomalies(
  text: string,
  view: string,
  stats: NormalizeStats,
  scan: ScanResult,
  viewToOriginal: (start: number, end: number) => { start: number; end: number },
): Anomaly[] {
  const out: Anomaly[] = [];
  const n = text.length;
  if (stats.bidi > 0) out.push(locate(text, 'anomaly.bidi-controls', isBidiControl));
  // stats.control also counts some whitespace (see the foundation note in the
  // issue report), so confirm with a native scan for a real control character.
  if (stats.control > 0) {
    const at = text.search(CONTROL);
    if (at >= 0) out.push({ id: 'anomaly.control-chars', start: at, end: at + 1 });
  }
  if (stats.invisible > 0) {
    const flood = stats.invisible >= 16 || (stats.invisible >= 4 && stats.invisible * 20 >= n);
    out.push(
      locate(text, flood ? 'anomaly.invisible-flood' : 'anomaly.invisible-chars', isZeroWidth),
    );
  }
  if (stats.mixedScriptWords > 0) out.push({ id: 'anomaly.mixed-script', start: 0, end: n });
  if (scan.repeatAt >= 0) {
    const at = viewToOriginal(scan.repeatAt, scan.repeatAt);
    out.push({ id: 'anomaly.repetition', start: at.start, end: n });
  }
  if (n >= 256 && scan.symbols * 5 > 2 * view.length) {
    out.push({ id: 'anomaly.special-chars', start: 0, end: n });
  }
  if (n >= LONG_INPUT) out.push({ id: 'anomaly.long-input', start: 0, end: n });
  const suffix = gibberishSuffix(text);
  if (suffix !== undefined) out.push({ id: 'anomaly.gibberish-suffix', ...suffix });
  return out;
}

function isZeroWidth(cp: number): boolean {
  return isDefaultIgnorable(cp) && !isBidiControl(cp);
}

/** The signal located at the first code point `test` accepts (the whole text if none). */
function locate(text: string, id: SignalId, test: (cp: number) => boolean): Anomaly {
  for (let k = 0; k < text.length; k++) {
    const cp = text.codePointAt(k)!;
    if (test(cp)) return { id, start: k, end: k + (cp > 0xffff ? 2 : 1) };
    if (cp > 0xffff) k++;
  }
  return { id, start: 0, end: text.length };
}

const BRACKETS = '[]{}()<>\\$^|~=_*#`";';
/** 1 for the ASCII units in {@link BRACKETS}, built on first use. */
let bracketTable: Uint8Array | undefined;

/** Whether the ASCII unit `c` is one of {@link BRACKETS}. */
function isBracket(c: number): boolean {
  if (bracketTable === undefined) {
    bracketTable = new Uint8Array(128);
    for (let k = 0; k < BRACKETS.length; k++) bracketTable[BRACKETS.charCodeAt(k)] = 1;
  }
  return bracketTable[c] === 1;
}
/** A unit of {@link BRACKETS} or outside Latin (>= U+0370), or a lower-case letter before an upper-case one. */
const CUE = /[\u0370-\uffff[\]{}()<>\\$^|~=_*#`";]|[a-z][A-Z]/g;

function isLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

function isUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

/** Longest text whose brackets {@link gibberishSuffix} checks from its start, not only on its last line. */
const BALANCE_REACH = 8192;

/** Characters of the tail looked at; adversarial suffixes are 20-40 tokens. */
const TAIL = 240;

/**
 * The span of a gibberish suffix at the end of `text`, if any: the last line
 * ends in several tokens that natural language and ordinary code rarely
 * produce (camelCase glued to symbols, unpaired brackets inside words,
 * scripts mixed inside a token), the last of them among the final nine
 * tokens, after a prefix of ordinary words. A line whose brackets nest and
 * whose quotes pair up reads as code and is left alone. Tokens come from at
 * most {@link TAIL} characters; the bracket check reads the last line once.
 */
export function gibberishSuffix(text: string): { start: number; end: number } | undefined {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  if (end < 40) return undefined;
  const lineStart = text.lastIndexOf('\n', end - 1) + 1;
  const start = Math.max(lineStart, end - TAIL);
  // Cheap rejection: four weird tokens need at least four brackets, case
  // changes inside words or units outside Latin, counted from `start + 1`
  // (a case change may begin at `start`). The native scan skips ordinary
  // prose far faster than a loop.
  let cues = 0;
  let from = start + 1;
  if (isLower(text.charCodeAt(start)) && isUpper(text.charCodeAt(start + 1)) && start + 1 < end) {
    cues = 1;
    from = start + 2;
  }
  CUE.lastIndex = from;
  while (cues < 4) {
    const m = CUE.exec(text);
    if (m === null || m.index + m[0].length > end) break;
    cues++;
  }
  CUE.lastIndex = 0;
  if (cues < 4) return undefined;
  // The last (up to) 16 tokens, read backwards: enough of them must be weird.
  let tokens = 0;
  let tailWeird = 0;
  let firstWeird = -1;
  // Tokens read before the first weird one: a suffix ends in its noise.
  let tailPlain = -1;
  let k = end;
  while (k > start && tokens < 16) {
    while (k > start && isSpace(text.charCodeAt(k - 1))) k--;
    const e = k;
    while (k > start && !isSpace(text.charCodeAt(k - 1))) k--;
    if (k === e) break;
    tokens++;
    if (isWeird(text, k, e)) {
      if (tailWeird === 0) tailPlain = tokens - 1;
      tailWeird++;
      firstWeird = k;
    }
  }
  // Fewer than 16 tokens means these were all of them.
  if (tokens < 8 || tailWeird < 3 || tailPlain > 8) return undefined;
  // Code pasted at the end of a question nests its brackets and closes its
  // quotes; an optimised suffix almost never does.
  if (isBalanced(text, lineStart, end)) return undefined;
  // Or its last line closes what earlier lines opened (JSON over several lines).
  if (lineStart > 0 && end <= BALANCE_REACH && isBalanced(text, 0, end)) return undefined;
  // After a prefix of ordinary words.
  let plain = 0;
  k = start;
  while (k < end && plain < 4) {
    while (k < end && isSpace(text.charCodeAt(k))) k++;
    const s = k;
    while (k < end && !isSpace(text.charCodeAt(k))) k++;
    if (k > s && !isWeird(text, s, k) && isPlainWord(text, s, k)) plain++;
  }
  return plain >= 4 ? { start: firstWeird, end } : undefined;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0xa0;
}

/** A token natural text rarely contains. */
function isWeird(text: string, s: number, e: number): boolean {
  const first = text.charCodeAt(s);
  const last = text.charCodeAt(e - 1);
  // Prose conventions: `identifier`, {placeholder}, #hashtag.
  if (first === 0x60) {
    const close = lastTick(text, s, e);
    if (close > s && text.indexOf('`', s + 1) === close) return false;
  }
  if (first === 0x7b && (last === 0x7d || text.charCodeAt(e - 2) === 0x7d)) return false;
  if (first === 0x23) return false;
  let letters = 0;
  // Symbols that count: brackets left open or closed without an opener,
  // pairs beyond the first (`f(x)`, `[name]` and `(D)` are prose), and the
  // other symbols of BRACKETS.
  let odd = 0;
  let open = 0;
  let pairs = 0;
  let camel = false;
  let latin = false;
  let other = false;
  let prev = 0;
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (isAsciiLetter(c)) {
      letters++;
      latin = true;
      if (c <= 0x5a && prev >= 0x61 && prev <= 0x7a) camel = true;
    } else if ((c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff)) {
      letters++;
      latin = true;
    } else if (c >= 0x370 && c < 0x3000 && !(c >= 0x2000 && c < 0x2c00)) {
      // Letters of other scripts (general punctuation, arrows and symbols
      // in U+2000-U+2BFF are not).
      letters++;
      other = true;
    } else if (c < 0x80 && isBracket(c)) {
      const kind = pairKind(c);
      if (kind > 0) open++;
      else if (kind < 0) {
        if (open > 0) {
          open--;
          pairs++;
        } else odd++;
      } else if (!isProseSymbol(text, k, c, s, e)) odd++;
    }
    prev = c;
  }
  const brackets = odd + open + (pairs > 1 ? pairs - 1 : 0);
  if (letters === 0) return brackets >= 2;
  return camel || (latin && other) || brackets >= 2;
}

/** Deepest nesting {@link isBalanced} follows. */
const MAX_NESTING = 32;

/**
 * Whether `text[start, end)` closes every `(`, `[` and `{` it opens, in
 * order, and has an even number of `"` and of backticks.
 */
function isBalanced(text: string, start: number, end: number): boolean {
  const stack = nesting;
  let depth = 0;
  let quotes = 0;
  let ticks = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x22) quotes++;
    else if (c === 0x60) ticks++;
    else if (c === 0x28 || c === 0x5b || c === 0x7b) {
      if (depth === MAX_NESTING) return false;
      stack[depth++] = c;
    } else if (c === 0x29 || c === 0x5d || c === 0x7d) {
      // The closer of `(` is one unit after it; `]` and `}` are two.
      const opener = c === 0x29 ? 0x28 : c - 2;
      if (depth === 0 || stack[depth - 1] !== opener) return false;
      depth--;
    }
  }
  return depth === 0 && (quotes & 1) === 0 && (ticks & 1) === 0;
}

/** The open brackets {@link isBalanced} is inside of (it never re-enters itself). */
const nesting = new Uint8Array(MAX_NESTING);

/** 1 for an opening bracket, -1 for a closing one, 0 for other units. */
function pairKind(c: number): number {
  if (c === 0x28 || c === 0x5b || c === 0x7b) return 1;
  if (c === 0x29 || c === 0x5d || c === 0x7d) return -1;
  return 0;
}

/**
 * Symbols of BRACKETS that ordinary text uses: `$` before a digit (money),
 * `_` between letters or digits (snake_case), and a backslash opening a
 * `\n`, `\t` or `\r` escape.
 */
function isProseSymbol(text: string, k: number, c: number, s: number, e: number): boolean {
  const next = k + 1 < e ? text.charCodeAt(k + 1) : 0;
  if (c === 0x24) return next >= 0x30 && next <= 0x39;
  if (c === 0x5f) return k > s && isAsciiAlnum(text.charCodeAt(k - 1)) && isAsciiAlnum(next);
  if (c === 0x5c) return next === 0x6e || next === 0x74 || next === 0x72;
  return false;
}

/** Offset of the last backtick of a token that ends in one (ignoring trailing punctuation), or -1. */
function lastTick(text: string, s: number, e: number): number {
  let k = e - 1;
  while (k > s && '.,;:!?)'.includes(text[k]!)) k--;
  return text.charCodeAt(k) === 0x60 && k > s ? k : -1;
}

/** An ordinary lower-case word of 3+ letters, optionally followed by punctuation. */
function isPlainWord(text: string, s: number, e: number): boolean {
  let k = s;
  while (k < e && isAsciiLetter(text.charCodeAt(k))) k++;
  if (k - s < 3) return false;
  for (let j = s + 1; j < k; j++) if (text.charCodeAt(j) <= 0x5a) return false;
  return e - k <= 1;
}
