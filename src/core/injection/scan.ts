/**
 * The single pass over the matching view. It runs the keyword automaton and,
 * in the same loop, gathers what the later stages need: which rules can
 * match and where (merged keyword windows), candidate runs for the base64 and
 * hex decoders, hints for the leetspeak, spaced-letter and escape decoders,
 * and counts for the anomaly signals. Text without keywords costs this one
 * loop and nothing else.
 *
 * @module
 */

import type { Automaton } from './prefilter.js';

/** The prefilter compiled for one rule set. */
export interface ScanPlan {
  readonly automaton: Automaton;
  /** Targets (rule indexes, then decoder triggers) of keyword `k`: `targets[targetStart[k] .. targetStart[k + 1])`. */
  readonly targetStart: Int32Array;
  readonly targets: Int32Array;
  /** Number of targets. */
  readonly targetCount: number;
  /** Characters kept on each side of a keyword hit. */
  readonly window: number;
  /** Scratch space, one slot per target (scanning never re-enters itself). */
  readonly regionStart: Int32Array;
  readonly regionEnd: Int32Array;
}

/** Builds a plan from keywords and, for each, the targets it selects. */
export function createScanPlan(
  automaton: Automaton,
  targetsOf: readonly (readonly number[])[],
  targetCount: number,
  window: number,
): ScanPlan {
  const targetStart = new Int32Array(targetsOf.length + 1);
  let total = 0;
  for (let k = 0; k < targetsOf.length; k++) {
    targetStart[k] = total;
    total += targetsOf[k]!.length;
  }
  targetStart[targetsOf.length] = total;
  const targets = new Int32Array(total);
  for (let k = 0, at = 0; k < targetsOf.length; k++)
    for (const t of targetsOf[k]!) targets[at++] = t;
  const regionStart = new Int32Array(targetCount).fill(-1);
  const regionEnd = new Int32Array(targetCount).fill(-1);
  return { automaton, targetStart, targets, targetCount, window, regionStart, regionEnd };
}

/** What one pass over a view found. */
export interface ScanResult {
  /** Flattened `[target, start, end]` view regions where a target's keyword occurred (windows merged). */
  readonly regions: number[];
  /** Flattened `[start, end]` runs of 20+ base64-alphabet characters. */
  readonly runs: number[];
  /** Flattened `[start, end]` runs of 5+ single letters split by one separator (`i g n o r e`). */
  readonly spaced: number[];
  /** Letter/digit adjacencies with a leetspeak digit or symbol (`1gn0r3`). */
  readonly leet: number;
  /** `%XX` escapes seen. */
  readonly percent: number;
  /** Backslashes seen (candidates for `\xNN` / `\uNNNN` escapes). */
  readonly backslash: number;
  /** Longest run of one word repeated back to back, and where it starts in the view. */
  readonly repeat: number;
  readonly repeatAt: number;
  /** ASCII letters, digits, whitespace, other printable ASCII, and non-ASCII code units. */
  readonly letters: number;
  readonly digits: number;
  readonly spaces: number;
  readonly symbols: number;
  readonly nonAscii: number;
}

const LETTER = 1;
const DIGIT = 2;
const B64 = 4;
const SPACE = 8;
const SYMBOL = 16;
const SEP = 32;
const LEET = 64;
const WORD = LETTER | DIGIT;

let classes: Uint8Array | undefined;
function charClasses(): Uint8Array {
  const t = new Uint8Array(128);
  for (let c = 0x21; c < 0x7f; c++) t[c] = SYMBOL;
  for (let c = 0x61; c <= 0x7a; c++) t[c] = LETTER | B64;
  for (let c = 0x41; c <= 0x5a; c++) t[c] = LETTER | B64;
  for (let c = 0x30; c <= 0x39; c++) t[c] = DIGIT | B64;
  for (const c of '0134578') t[c.charCodeAt(0)]! |= LEET;
  for (const c of '@$') t[c.charCodeAt(0)]! |= LEET;
  for (const c of '+/=_-') t[c.charCodeAt(0)]! |= B64;
  for (const c of ' .-_*|/,+~:') t[c.charCodeAt(0)]! |= SEP;
  t[0x20] = SPACE | SEP;
  t[0x0a] = SPACE;
  return t;
}

/** Shortest run of base64-alphabet characters worth decoding (15 bytes). */
export const MIN_RUN = 20;
/** Fewest single letters in a row that count as spaced-out text. */
export const MIN_SPACED = 5;
const MAX_RUNS = 64;

/**
 * Scans `view` once. `view` is the lower-cased matching view; positions in
 * the result are view offsets.
 */
export function scanView(view: string, plan: ScanPlan): ScanResult {
  classes ??= charClasses();
  const cls = classes;
  const { symbolOf, dense, width, outStart, outIds, lengths, boundary } = plan.automaton;
  const { targetStart, targets, regionStart, regionEnd } = plan;
  const win = plan.window;
  const n = view.length;
  const regions: number[] = [];
  const touched: number[] = [];
  const runs: number[] = [];
  const spaced: number[] = [];

  let state = 0;
  let letters = 0;
  let digits = 0;
  let spaces = 0;
  let symbols = 0;
  let nonAscii = 0;
  let leet = 0;
  let percent = 0;
  let backslash = 0;
  let prev = 0;
  // base64 run
  let runStart = -1;
  // spaced letters: current letter token start, then the run of single letters
  let tokenStart = -1;
  let singles = 0;
  let singlesStart = 0;
  let lastSingleEnd = -2;
  // repetition
  let hash = 0;
  let wordStart = -1;
  let prevHash = 0;
  let prevLength = -1;
  let repeatRun = 0;
  let repeatRunAt = 0;
  let repeat = 0;
  let repeatAt = 0;

  for (let i = 0; i <= n; i++) {
    // One extra iteration at i === n flushes runs with a virtual separator.
    const c = i < n ? view.charCodeAt(i) : 0x20;
    if (i < n) {
      const sym = symbolOf[c]!;
      state = sym < width ? dense[state * width + sym]! : plan.automaton.stepWide(state, sym);
      const oa = outStart[state]!;
      const ob = outStart[state + 1]!;
      for (let o = oa; o < ob; o++) {
        const id = outIds[o]!;
        const end = i + 1;
        const start = end - lengths[id]!;
        if (boundary[id] === 1 && start > 0) {
          const before = view.charCodeAt(start - 1);
          if (before < 0x80 ? (cls[before]! & WORD) !== 0 : before >= 0xc0 && before < 0x2000) {
            continue;
          }
        }
        const ws = start > win ? start - win : 0;
        const we = Math.min(end + win, n);
        for (let t = targetStart[id]!; t < targetStart[id + 1]!; t++) {
          const target = targets[t]!;
          const re = regionEnd[target]!;
          if (re < 0) {
            touched.push(target);
            regionStart[target] = ws;
            regionEnd[target] = we;
          } else if (ws <= re) {
            if (we > re) regionEnd[target] = we;
          } else {
            regions.push(target, regionStart[target]!, re);
            regionStart[target] = ws;
            regionEnd[target] = we;
          }
        }
      }
    }
    const f = c < 0x80 ? cls[c]! : 0;
    if (c >= 0x80) nonAscii++;
    else if ((f & LETTER) !== 0) letters++;
    else if ((f & DIGIT) !== 0) digits++;
    else if ((f & SPACE) !== 0) spaces++;
    else if (c === 0x25) {
      percent++;
      symbols++;
    } else if (c === 0x5c) {
      backslash++;
      symbols++;
    } else if (f !== 0) symbols++;

    // base64-alphabet runs
    if ((f & B64) !== 0) {
      if (runStart < 0) runStart = i;
    } else if (runStart >= 0) {
      if (i - runStart >= MIN_RUN && runs.length < MAX_RUNS * 2) runs.push(runStart, i);
      runStart = -1;
    }

    // leetspeak: a leet digit or symbol touching a letter
    const pf = prev < 0x80 ? cls[prev]! : 0;
    if ((f & LETTER) !== 0 ? (pf & LEET) !== 0 : (f & LEET) !== 0 && (pf & LETTER) !== 0) leet++;

    // single-letter tokens split by one separator
    if ((f & LETTER) !== 0) {
      if ((pf & LETTER) === 0) tokenStart = i;
    } else if (tokenStart >= 0) {
      if (i - tokenStart === 1) {
        if (
          singles > 0 &&
          tokenStart === lastSingleEnd + 1 &&
          (cls[view.charCodeAt(lastSingleEnd)]! & SEP) !== 0
        ) {
          singles++;
        } else {
          if (singles >= MIN_SPACED && spaced.length < MAX_RUNS * 2) {
            spaced.push(singlesStart, lastSingleEnd);
          }
          singles = 1;
          singlesStart = tokenStart;
        }
        lastSingleEnd = i;
      } else if (singles > 0) {
        if (singles >= MIN_SPACED && spaced.length < MAX_RUNS * 2) {
          spaced.push(singlesStart, lastSingleEnd);
        }
        singles = 0;
      }
      tokenStart = -1;
    }

    // back-to-back repeated words
    if ((f & WORD) !== 0 || c >= 0x80) {
      if (wordStart < 0) {
        wordStart = i;
        hash = 0;
      }
      hash = (Math.imul(hash, 31) + c) | 0;
    } else if (wordStart >= 0) {
      const length = i - wordStart;
      if (length === prevLength && hash === prevHash) {
        repeatRun++;
      } else {
        repeatRun = 1;
        repeatRunAt = wordStart;
      }
      if (repeatRun > repeat) {
        repeat = repeatRun;
        repeatAt = repeatRunAt;
      }
      prevHash = hash;
      prevLength = length;
      wordStart = -1;
    }
    prev = c;
  }
  if (singles >= MIN_SPACED && spaced.length < MAX_RUNS * 2)
    spaced.push(singlesStart, lastSingleEnd);

  for (const target of touched) {
    regions.push(target, regionStart[target]!, regionEnd[target]!);
    regionStart[target] = -1;
    regionEnd[target] = -1;
  }
  return {
    regions,
    runs,
    spaced,
    leet,
    percent,
    backslash,
    repeat,
    repeatAt,
    letters,
    digits,
    spaces,
    symbols,
    nonAscii,
  };
}
