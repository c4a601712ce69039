/**
 * Anomaly signals: properties of the text itself rather than of its words.
 * Each is cheap (counts the normaliser and the scan already produced, or a
 * bounded look at the end of the text) and located in the original string.
 *
 * @module
 */

import type { NormalizeStats } from '../text/normalize.js';
import { isBidiControl, isDefaultIgnorable } from '../text/unicode.js';
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
/** Characters of the tail looked at; adversarial suffixes are 20-40 tokens. */
const TAIL = 240;

/**
 * The span of a gibberish suffix at the end of `text`, if any: the last line
 * ends in several tokens that natural language and ordinary code rarely
 * produce (camelCase glued to symbols, brackets inside words, scripts mixed
 * inside a token), after a prefix of ordinary words. Looks at most
 * {@link TAIL} characters.
 */
export function gibberishSuffix(text: string): { start: number; end: number } | undefined {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  if (end < 40) return undefined;
  const lineStart = text.lastIndexOf('\n', end - 1) + 1;
  const start = Math.max(lineStart, end - TAIL);
  // Cheap rejection: four weird tokens need at least four brackets, case
  // changes inside words or letters outside Latin.
  let cues = 0;
  for (let k = start + 1; k < end && cues < 4; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x370) cues++;
    else if (c < 0x80 && isBracket(c)) cues++;
    else if (c >= 0x41 && c <= 0x5a) {
      const p = text.charCodeAt(k - 1);
      if (p >= 0x61 && p <= 0x7a) cues++;
    }
  }
  if (cues < 4) return undefined;
  // The last (up to) 16 tokens, read backwards: enough of them must be weird.
  let tokens = 0;
  let tailWeird = 0;
  let firstWeird = -1;
  let k = end;
  while (k > start && tokens < 16) {
    while (k > start && isSpace(text.charCodeAt(k - 1))) k--;
    const e = k;
    while (k > start && !isSpace(text.charCodeAt(k - 1))) k--;
    if (k === e) break;
    tokens++;
    if (isWeird(text, k, e)) {
      tailWeird++;
      firstWeird = k;
    }
  }
  // Fewer than 16 tokens means these were all of them.
  if (tokens < 8 || tailWeird < 3 || tailWeird * 5 < tokens) return undefined;
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

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** A token natural text rarely contains. */
function isWeird(text: string, s: number, e: number): boolean {
  const first = text.charCodeAt(s);
  const last = text.charCodeAt(e - 1);
  // Prose conventions: `identifier`, {placeholder}, #hashtag.
  if (first === 0x60 && text.indexOf('`', s + 1) === lastTick(text, s, e)) return false;
  if (first === 0x7b && (last === 0x7d || text.charCodeAt(e - 2) === 0x7d)) return false;
  if (first === 0x23) return false;
  let letters = 0;
  let brackets = 0;
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
    } else if (c >= 0x370 && c < 0x3000) {
      letters++;
      other = true;
    } else if (c < 0x80 && isBracket(c)) {
      brackets++;
    }
    prev = c;
  }
  if (letters === 0) return brackets >= 2;
  return camel || (latin && other) || brackets >= 2;
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
