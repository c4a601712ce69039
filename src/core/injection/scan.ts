/**
 * The single pass over the matching view: the keyword automaton, reporting
 * where each rule may match. Anchored rules get one attempt position per
 * keyword hit; rules whose match can start before their keyword get merged
 * windows. Text without keywords costs this one loop and nothing else.
 *
 * The same loop counts what the decoders and anomaly signals need: base64
 * runs, leetspeak adjacencies, escapes, spaced-out letters, repeated tokens
 * and the share of symbols.
 *
 * @module
 */

import {
  BI,
  CHAR,
  firstOnLine,
  GRAM,
  isUnspaced,
  isWordUnit,
  LINE_SET,
  type LinearModel,
  lineSetFor,
  lineTotals,
  MAX_WORD,
  type ModelScore,
  mix,
  UNI,
  WORD_GRAMS,
  windowOf,
} from './model.js';
import { type KeywordMatcher, START, walk } from './prefilter.js';

/** The prefilter compiled for one rule set. */
export interface ScanPlan {
  readonly matcher: KeywordMatcher;
  /** Targets (rule indexes, then decoder triggers) of keyword `k`: `targets[targetStart[k] .. targetStart[k + 1])`. */
  readonly targetStart: Int32Array;
  readonly targets: Int32Array;
  /** Number of targets. */
  readonly targetCount: number;
  /**
   * Per target: -1 when matches start at a keyword (anchored), otherwise the
   * most characters a match may start before its keyword (windowed).
   */
  readonly lead: Int32Array;
  /** Characters after a keyword within which a windowed match must end. */
  readonly window: number;
  /** Scratch space, one slot per target (scanning never re-enters itself). */
  readonly regionStart: Int32Array;
  readonly regionEnd: Int32Array;
  /** Scratch space, one slot per keyword: hits so far and where the last one started. */
  readonly hitCount: Int32Array;
  readonly lastHit: Int32Array;
  /** Scratch space, one slot per target: attempts recorded so far, and where the last one was. */
  readonly attemptCount: Int32Array;
  readonly lastAttempt: Int32Array;
  /**
   * Requirement groups of target `t`: `targetGroups[groupStart[t] .. groupStart[t + 1])`.
   * Group `g` holds keyword ids `groupKeys[groupKeyStart[g] .. groupKeyStart[g + 1])`,
   * one of which must occur in the view for the target to run at all.
   */
  readonly groupStart: Int32Array;
  readonly targetGroups: Int32Array;
  readonly groupKeyStart: Int32Array;
  readonly groupKeys: Int32Array;
  /**
   * Per group: 1 when one of its keywords must occur inside every match
   * (derived from the pattern), so an attempt needs one within `reach` units
   * of its start; 0 when it may occur anywhere (a rule's `requires`).
   */
  readonly groupLocal: Uint8Array;
  /** Per target: the longest match of an anchored rule with local groups, or -1. */
  readonly reach: Int32Array;
  /** Local groups keyword `k` belongs to: `groupsOf[groupsOfStart[k] .. groupsOfStart[k + 1])`. */
  readonly groupsOfStart: Int32Array;
  readonly groupsOf: Int32Array;
  /** All groups keyword `k` belongs to: `keyGroups[keyGroupStart[k] .. keyGroupStart[k + 1])`. */
  readonly keyGroupStart: Int32Array;
  readonly keyGroups: Int32Array;
  /** Scratch space, per group: the scan in which one of its keywords occurred. */
  readonly groupSeen: Int32Array;
  /** Scratch space, one slot per target: whether its requirements were checked and met. */
  readonly ready: Uint8Array;
  /** Scratch space, per group: the call that last linked its hits, and its next hit (see `linkGroups`). */
  readonly groupCall: Int32Array;
  readonly groupNext: Int32Array;
  /** Scratch space, per group: the call that needs its hits linked (see `linkGroups`). */
  readonly groupWanted: Int32Array;
  /**
   * Scratch space, per keyword: the call that read its targets in
   * `linkGroups` (negated once its wanted groups are listed), and those
   * groups: `wantedOf[wantedFirst[k] .. wantedFirst[k] + wantedCount[k])`.
   */
  readonly keywordLinked: Int32Array;
  readonly wantedFirst: Int32Array;
  readonly wantedCount: Int32Array;
  readonly wantedOf: Int32Array;
  /** Scratch space: linked hit entries (start, next), grown as needed. */
  entryStart: Int32Array;
  entryNext: Int32Array;
  /** Calls that linked group hits so far (stamps `groupCall`). */
  calls: number;
  /**
   * Scratch space, per keyword: the scan that listed its ready targets, and
   * where: `readyTargets[keywordFirst[k] .. keywordFirst[k] + keywordCount[k])`.
   */
  readonly keywordScan: Int32Array;
  readonly keywordFirst: Int32Array;
  readonly keywordCount: Int32Array;
  readonly readyTargets: Int32Array;
  /** Scans so far (stamps `keywordScan`). */
  scans: number;
  /** Per keyword: cue bits it sets in {@link ScanResult.cues} when it occurs (0 for most). */
  readonly cueOf: Uint8Array;
}

/** Requirements of one target: groups of keyword ids, and whether each must occur inside the match. */
export interface Requirement {
  readonly keys: readonly number[];
  readonly local: boolean;
}

/** Builds a plan from keywords and, for each, the targets it selects. */
export function createScanPlan(
  matcher: KeywordMatcher,
  targetsOf: readonly (readonly number[])[],
  lead: readonly number[],
  requires: readonly (readonly Requirement[])[],
  reach: readonly number[],
  window: number,
  cueOf: Uint8Array = new Uint8Array(matcher.size),
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
  const targetCount = lead.length;
  const groupStart = new Int32Array(targetCount + 1);
  const groupKeyStart: number[] = [0];
  const groupKeys: number[] = [];
  const groupLocal: number[] = [];
  const groupsOfKey: number[][] = Array.from({ length: matcher.size }, () => []);
  const allGroupsOfKey: number[][] = Array.from({ length: matcher.size }, () => []);
  // Targets share equal groups (one list of hits per group and call).
  const groupIndex = new Map<string, number>();
  const targetGroups: number[] = [];
  for (let t = 0; t < targetCount; t++) {
    groupStart[t] = targetGroups.length;
    for (const group of requires[t] ?? []) {
      const keys = [...new Set(group.keys)].sort((a, b) => a - b);
      const name = `${group.local ? 'L' : 'G'}${keys.join(',')}`;
      let g = groupIndex.get(name);
      if (g === undefined) {
        g = groupLocal.length;
        groupIndex.set(name, g);
        for (const id of keys) {
          groupKeys.push(id);
          allGroupsOfKey[id]!.push(g);
          if (group.local) groupsOfKey[id]!.push(g);
        }
        groupKeyStart.push(groupKeys.length);
        groupLocal.push(group.local ? 1 : 0);
      }
      if (!targetGroups.slice(groupStart[t]).includes(g)) targetGroups.push(g);
    }
  }
  groupStart[targetCount] = targetGroups.length;
  const groupsOfStart = new Int32Array(matcher.size + 1);
  const groupsOf: number[] = [];
  for (let k = 0; k < matcher.size; k++) {
    groupsOfStart[k] = groupsOf.length;
    groupsOf.push(...groupsOfKey[k]!);
  }
  groupsOfStart[matcher.size] = groupsOf.length;
  const keyGroupStart = new Int32Array(matcher.size + 1);
  const keyGroups: number[] = [];
  for (let k = 0; k < matcher.size; k++) {
    keyGroupStart[k] = keyGroups.length;
    keyGroups.push(...allGroupsOfKey[k]!);
  }
  keyGroupStart[matcher.size] = keyGroups.length;
  const groups = groupLocal.length;
  const reachOf = new Int32Array(targetCount).fill(-1);
  for (let t = 0; t < reach.length; t++) reachOf[t] = reach[t]!;
  return {
    groupStart,
    targetGroups: Int32Array.from(targetGroups),
    groupKeyStart: Int32Array.from(groupKeyStart),
    groupKeys: Int32Array.from(groupKeys),
    groupLocal: Uint8Array.from(groupLocal),
    reach: reachOf,
    groupsOfStart,
    groupsOf: Int32Array.from(groupsOf),
    keyGroupStart,
    keyGroups: Int32Array.from(keyGroups),
    groupSeen: new Int32Array(groups),
    groupCall: new Int32Array(groups),
    groupNext: new Int32Array(groups),
    groupWanted: new Int32Array(groups),
    keywordLinked: new Int32Array(matcher.size),
    wantedFirst: new Int32Array(matcher.size),
    wantedCount: new Int32Array(matcher.size),
    // Each keyword is listed once per call, with at most its own local groups.
    wantedOf: new Int32Array(Math.max(1, groupsOf.length)),
    entryStart: new Int32Array(256),
    entryNext: new Int32Array(256),
    calls: 0,
    keywordScan: new Int32Array(matcher.size),
    keywordFirst: new Int32Array(matcher.size),
    keywordCount: new Int32Array(matcher.size),
    readyTargets: new Int32Array(Math.max(1, total)),
    scans: 0,
    matcher,
    targetStart,
    targets,
    targetCount,
    lead: Int32Array.from(lead),
    window,
    regionStart: new Int32Array(targetCount).fill(-1),
    regionEnd: new Int32Array(targetCount).fill(-1),
    hitCount: new Int32Array(targetsOf.length),
    lastHit: new Int32Array(targetsOf.length),
    attemptCount: new Int32Array(targetCount),
    lastAttempt: new Int32Array(targetCount),
    ready: new Uint8Array(targetCount),
    cueOf,
  };
}

/** What one pass over a view found. */
export interface ScanResult {
  /** Flattened `[target, start]`: an anchored target may match at view offset `start`. */
  readonly attempts: Int32Array;
  /** Flattened `[target, start, end]` view windows of windowed targets (merged). */
  readonly regions: number[];
  /** Printable ASCII punctuation and symbols seen. */
  readonly symbols: number;
  /** Flattened `[start, end]` runs of 20+ base64-alphabet characters (at most 64). */
  readonly runs: readonly number[];
  /** Letter/digit adjacencies with a leetspeak digit or symbol (`1gn0r3`). */
  readonly leet: number;
  /** `%` and backslash characters seen (candidates for escapes). */
  readonly escapes: number;
  /** Flattened `[start, end]` runs of 5+ single letters split by one separator (`i g n o r e`). */
  readonly spaced: readonly number[];
  /** View offset where one token starts repeating {@link REPEAT_LIMIT} times back to back, or -1. */
  readonly repeatAt: number;
  /** The learned layer's score of the view, when the scan was given the model. */
  readonly model: ModelScore | undefined;
  /** The cue bits ({@link ScanPlan.cueOf}) of every keyword that occurred, or-ed together. */
  readonly cues: number;
}

/** Character classes of ASCII code units for the scan's counters. */
const SYMBOL = 1;
const LETTER = 2;
const DIGIT = 4;
const B64 = 8;
const LEET = 16;
const SEP = 32;
const ESCAPE = 64;
const SPACE = 128;
/** Non-ASCII units: part of words, nothing else. */
const WIDE = 0;

let classTable: Uint8Array | undefined;
function classes(): Uint8Array {
  const t = new Uint8Array(128);
  for (let c = 0x21; c < 0x7f; c++) t[c] = SYMBOL;
  for (let c = 0x61; c <= 0x7a; c++) t[c] = LETTER | B64;
  for (let c = 0x30; c <= 0x39; c++) t[c] = DIGIT | B64;
  for (const c of '+/=_-') t[c.charCodeAt(0)]! |= B64;
  for (const c of '0134578@$!|') t[c.charCodeAt(0)]! |= LEET;
  for (const c of '.-_*|/,+~:') t[c.charCodeAt(0)]! |= SEP;
  t[0x25] = t[0x25]! | ESCAPE;
  t[0x5c] = t[0x5c]! | ESCAPE;
  t[0x20] = SPACE | SEP;
  t[0x0a] = SPACE;
  return t;
}

/** Most attempt positions recorded per target and call (a hard bound for keyword floods). */
export const MAX_ATTEMPTS = 2048;
/** Hits of one keyword after which a hit whose context repeats the previous hit's is skipped. */
const FLOOD = 16;
/** Characters of context compared to detect a repeated hit. */
const CONTEXT = 24;
/** Shortest run of base64-alphabet characters worth decoding (15 bytes). */
export const MIN_RUN = 20;
/** Fewest single letters in a row that count as spaced-out text. */
export const MIN_SPACED = 5;
/** Back-to-back repetitions of one token that count as an anomaly. */
export const REPEAT_LIMIT = 16;
const MAX_RUNS = 64;

/**
 * Scans `view` once. `view` is the lower-cased matching view; positions in
 * the result are view offsets. Without `counters` (a layer that will not be
 * decoded further nor checked for anomalies) the counters stay empty. With
 * `model`, the same pass computes the learned layer's features and the
 * result carries its score (exactly what `scoreView` returns).
 */
export function scanView(
  view: string,
  plan: ScanPlan,
  counters = true,
  model?: LinearModel,
): ScanResult {
  const pass = onePass(view, plan.matcher, counters, model);
  const hits = pass.hits;
  const hitEnd = pass.hitCount * 2;
  const { targetStart, targets, lead, regionStart, regionEnd, hitCount, lastHit, attemptCount } =
    plan;
  const { reach, lastAttempt } = plan;
  const { lengths } = plan.matcher;
  let linked = false;
  const win = plan.window;
  const n = view.length;
  let attempts = spareAttempts;
  let attemptSize = 0;
  const regions: number[] = [];
  let touched: number[] | undefined;
  let attempted: number[] | undefined;
  let floods: Periods | undefined;
  let scan = plan.scans + 1;
  if (scan > 0x3fffffff) {
    plan.keywordScan.fill(0);
    plan.groupSeen.fill(0);
    scan = 1;
  }
  plan.scans = scan;
  // First pass: which keywords occur at all, and so which requirement groups are met.
  const { keyGroupStart, keyGroups, groupSeen, cueOf } = plan;
  let cues = 0;
  for (let h = 0; h < hitEnd; h += 2) {
    const id = hits[h]!;
    if (hitCount[id] !== 0) continue;
    hitCount[id] = 1;
    cues |= cueOf[id]!;
    for (let j = keyGroupStart[id]!; j < keyGroupStart[id + 1]!; j++)
      groupSeen[keyGroups[j]!] = scan;
  }
  const ready = plan.ready; // per target: 0 unknown, 1 requirements met, 2 not met
  let decided: number[] | undefined;
  // Per keyword, its targets whose requirements are met, listed at its first hit.
  const { keywordScan, keywordFirst, keywordCount, readyTargets } = plan;
  let listed = 0;
  for (let h = 0; h < hitEnd; h += 2) {
    const id = hits[h]!;
    if (keywordScan[id] !== scan) {
      keywordScan[id] = scan;
      keywordFirst[id] = listed;
      for (let t = targetStart[id]!; t < targetStart[id + 1]!; t++) {
        const target = targets[t]!;
        let state = ready[target]!;
        if (state === 0) {
          state = requirementsMet(target, plan, scan) ? 1 : 2;
          ready[target] = state;
          decided = append(decided, target);
        }
        if (state === 1) readyTargets[listed++] = target;
      }
      keywordCount[id] = listed - keywordFirst[id]!;
    }
    const count = keywordCount[id]!;
    if (count === 0) continue;
    const end = hits[h + 1]!;
    const start = end - lengths[id]!;
    // Floods ("ignore ignore ignore ...") repeat the same context: one
    // attempt covers them all, while a real attack among decoys differs.
    const seenHits = hitCount[id]! - 1;
    hitCount[id] = seenHits + 2;
    const previous = lastHit[id]!;
    lastHit[id] = start;
    if (seenHits >= FLOOD) {
      floods ??= new Periods();
      if (floods.same(view, previous, start)) continue;
    }
    const first = keywordFirst[id]!;
    for (let t = first; t < first + count; t++) {
      const target = readyTargets[t]!;
      const before = lead[target]!;
      if (before < 0) {
        const made = attemptCount[target]!;
        if (made >= MAX_ATTEMPTS) continue;
        if (made === 0) attempted = append(attempted, target);
        attemptCount[target] = made + 1;
        // Another keyword of the same rule at the same start: the attempt is made already.
        if (made > 0 && lastAttempt[target] === start) continue;
        lastAttempt[target] = start;
        // A match needs its pattern's literals inside it: skip the attempt
        // when none of some group's keywords starts within its reach.
        if (reach[target]! >= 0) {
          if (!linked) {
            linkGroups(plan, hits, hitEnd, scan);
            linked = true;
          }
          if (!nearby(plan, target, start)) continue;
        }
        if (attemptSize + 2 > attempts.length) attempts = spareAttempts = doubled(attempts);
        attempts[attemptSize++] = target;
        attempts[attemptSize++] = start;
        continue;
      }
      const ws = start > before ? start - before : 0;
      const we = Math.min(end + win, n);
      const re = regionEnd[target]!;
      if (re < 0) {
        touched = append(touched, target);
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
  for (let h = 0; h < hitEnd; h += 2) hitCount[hits[h]!] = 0;
  if (decided !== undefined) for (const target of decided) ready[target] = 0;
  if (attempted !== undefined) for (const target of attempted) attemptCount[target] = 0;
  if (touched !== undefined) {
    for (const target of touched) {
      regions.push(target, regionStart[target]!, regionEnd[target]!);
      regionStart[target] = -1;
      regionEnd[target] = -1;
    }
  }
  return {
    attempts: attempts.slice(0, attemptSize),
    regions,
    symbols: pass.symbols,
    runs: pass.runs,
    leet: pass.leet,
    escapes: pass.escapes,
    spaced: pass.spaced,
    repeatAt: pass.repeatAt,
    model: pass.model,
    cues,
  };
}

/** What {@link onePass} reads from a view (exported for tests). */
export interface Pass {
  /**
   * Keyword hits as `KeywordMatcher.hits` reports them, in the first
   * `2 * hitCount` entries: a list reused by the next pass, read it first.
   */
  readonly hits: readonly number[];
  /** Number of `[keyword, end]` pairs in `hits`. */
  readonly hitCount: number;
  readonly symbols: number;
  readonly runs: readonly number[];
  readonly leet: number;
  readonly escapes: number;
  readonly spaced: readonly number[];
  readonly repeatAt: number;
  readonly model: ModelScore | undefined;
}

/**
 * The loop over the view: keyword hits, the counters and the learned
 * layer's features, one character at a time. ASCII letters and digits
 * (most of any text) take a short path; everything else the general one.
 *
 * Keywords: a walk of the trie starts at each word start and advances one
 * unit per iteration while the word lasts; at the word's end a walk still
 * alive continues in `walk` (keywords spanning a space), and keywords that
 * start with other units are walked from there. Hits come out in the order
 * of their start, as `KeywordMatcher.hits` reports them.
 *
 * The learned layer's part repeats `scoreView` (model.ts) feature for
 * feature; a test holds the two equal.
 */
export function onePass(
  view: string,
  matcher: KeywordMatcher,
  counting: boolean,
  model: LinearModel | undefined,
): Pass {
  classTable ??= classes();
  const cls = classTable;
  const n = view.length;
  // Reused between passes (a pass never re-enters itself): no regrowth per call.
  const hits = spareHits;
  let hitSize = 0;
  const { symbolOf, flags, base, check, outStart, outIds } = matcher;
  // Keyword walk: trie slot of the walk started at the current word, -1 when dead.
  let kw = -1;
  // Counters.
  const runs: number[] = [];
  let symbols = 0;
  let leet = 0;
  let escapes = 0;
  let prev = SPACE;
  let prev2 = SPACE;
  let runStart = -1;
  let tokenStart = -1;
  const singles = new SingleLetters();
  // The previous unit was a letter of another alphabet ({@link isSpacedLetter}).
  let prevWide = false;
  let hash = 0;
  let tokenLength = 0;
  let prevHash = 0;
  let prevLength = -1;
  let repeatRun = 0;
  let repeatRunAt = 0;
  let repeatAt = -1;
  // The learned layer.
  const scoring = model !== undefined;
  let lines = 1;
  if (scoring) for (let k = view.indexOf('\n'); k >= 0; k = view.indexOf('\n', k + 1)) lines++;
  const totals = scoring ? lineTotals(lines) : undefined;
  const sums = totals?.sums;
  const counts = totals?.counts;
  const w = model?.weights;
  const bits = scoring ? model.bits : 0;
  const shift = 32 - bits;
  const set = scoring ? lineSetFor(bits) : undefined;
  const keys = set?.keys;
  const scale = model?.scale ?? 0;
  let tag = set === undefined ? 0 : set.next();
  let size = 0;
  let line = 0;
  let sum = 0;
  let count = 0;
  let prevWord = 0;
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
    const f = c < 0x80 ? cls[c]! : WIDE;
    if ((f & (LETTER | DIGIT)) !== 0) {
      // An ASCII letter or digit: inside or at the start of a word.
      if ((prev & (LETTER | DIGIT)) === 0) {
        const sym = symbolOf[c]!;
        kw = sym !== 0 && check[base[0]! + sym] === 0 ? base[0]! + sym : -1;
      } else if (kw > 0) {
        const sym = symbolOf[c]!;
        const next = base[kw]! + sym;
        kw = sym !== 0 && check[next] === kw ? next : -1;
      }
      if (kw > 0) {
        for (let o = outStart[kw]!; o < outStart[kw + 1]!; o++) {
          hits[hitSize++] = outIds[o]!;
          hits[hitSize++] = i + 1;
        }
      }
      if (counting) {
        if (runStart < 0) runStart = i;
        if ((f & LETTER) !== 0) {
          if ((prev & LEET) !== 0 && (prev2 & LETTER) !== 0) leet++;
          if ((prev & LETTER) === 0 && !prevWide) tokenStart = i;
        } else if (tokenStart >= 0) {
          // A digit ends a run of letters.
          singles.tokenEnd(cls, view, tokenStart, i);
          tokenStart = -1;
        }
        hash = (Math.imul(hash, 31) + c) | 0;
        tokenLength++;
        prevWide = false;
      }
      if (scoring) {
        if (!inWord) {
          inWord = true;
          wordStart = i;
          h = 0x811c9dc5;
          gram = 0x20;
        }
        h = Math.imul(h ^ c, 0x01000193);
        gram = (gram << 8) | c;
        const at = i - wordStart;
        if (at >= GRAM - 2 && at < WORD_GRAMS) {
          b = mix(gram ^ CHAR) >>> shift;
          if (size >= LINE_SET || firstOnLine(keys!, tag, bits, b)) {
            size++;
            sum += w![b]!;
            count++;
          }
        }
      }
      prev2 = prev;
      prev = f;
      continue;
    }

    // Anything else: spaces, punctuation, other scripts, the end.
    if (i < n) {
      if (kw > 0) hitSize = walk(matcher, view, i, kw, hits, hitSize);
      if ((flags[c]! & START) !== 0) hitSize = walk(matcher, view, i, 0, hits, hitSize);
    }
    kw = -1;
    if (counting) {
      symbols += f & SYMBOL;
      escapes += (f & ESCAPE) >> 6;
      if ((f & B64) !== 0) {
        if (runStart < 0) runStart = i;
      } else if (runStart >= 0) {
        if (i - runStart >= MIN_RUN && runs.length < MAX_RUNS * 2) runs.push(runStart, i);
        runStart = -1;
      }
      // A letter of another alphabet continues a word, or starts one.
      const wide = c >= 0xc0 && i < n && isSpacedLetter(c);
      if (wide && tokenStart >= 0 && (prevWide || (prev & LETTER) !== 0)) {
        // Inside a word.
      } else {
        if (tokenStart >= 0) {
          singles.tokenEnd(cls, view, tokenStart, i);
          tokenStart = -1;
        }
        if (wide) tokenStart = i;
      }
      prevWide = wide;
      if ((f & SPACE) === 0) {
        hash = (Math.imul(hash, 31) + c) | 0;
        tokenLength++;
      } else if (tokenLength > 0) {
        if (tokenLength === prevLength && hash === prevHash) {
          if (++repeatRun === REPEAT_LIMIT && repeatAt < 0) repeatAt = repeatRunAt;
        } else {
          repeatRun = 1;
          repeatRunAt = i - tokenLength;
        }
        prevHash = hash;
        prevLength = tokenLength;
        hash = 0;
        tokenLength = 0;
      }
    }
    prev2 = prev;
    prev = f;
    if (!scoring) continue;
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
      const at = i - wordStart;
      if (at >= GRAM - 2 && at < WORD_GRAMS) {
        b = mix(gram ^ CHAR) >>> shift;
        if (size >= LINE_SET || firstOnLine(keys!, tag, bits, b)) {
          size++;
          sum += w![b]!;
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
        if (size >= LINE_SET || firstOnLine(keys!, tag, bits, b)) {
          size++;
          sum += w![b]!;
          count++;
        }
      }
      const hashed = mix(h ^ UNI);
      lineHash = Math.imul(lineHash ^ hashed, 0x01000193);
      words++;
      units += length;
      b = hashed >>> shift;
      if (size >= LINE_SET || firstOnLine(keys!, tag, bits, b)) {
        size++;
        sum += w![b]!;
        count++;
      }
      if (prevWord !== 0) {
        b = mix(Math.imul(prevWord, 31) ^ hashed ^ BI) >>> shift;
        if (size >= LINE_SET || firstOnLine(keys!, tag, bits, b)) {
          size++;
          sum += w![b]!;
          count++;
        }
      }
      prevWord = hashed;
    }
    if (unspaced) {
      const hashed = mix(Math.imul(c, 0x01000193) ^ UNI);
      lineHash = Math.imul(lineHash ^ hashed, 0x01000193);
      words++;
      units++;
      b = hashed >>> shift;
      if (size >= LINE_SET || firstOnLine(keys!, tag, bits, b)) {
        size++;
        sum += w![b]!;
        count++;
      }
      if (prevWord !== 0) {
        b = mix(Math.imul(prevWord, 31) ^ hashed ^ BI) >>> shift;
        if (size >= LINE_SET || firstOnLine(keys!, tag, bits, b)) {
          size++;
          sum += w![b]!;
          count++;
        }
      }
      prevWord = hashed;
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
      sums![line] = skip ? 0 : sum * scale;
      counts![line] = skip ? 0 : count;
      line++;
      sum = 0;
      count = 0;
      prevWord = 0;
      if (i < n) {
        tag = set!.next();
        size = 0;
      }
    } else if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x3a) {
      prevWord = 0;
    }
  }
  if (counting) singles.flush();
  const scored =
    totals === undefined || model === undefined
      ? undefined
      : windowOf(totals.sums, totals.counts, lines, model.bias, totals.ps, totals.pc);
  return {
    hits,
    hitCount: hitSize >> 1,
    symbols,
    runs: counting ? runs : NONE,
    leet,
    escapes,
    spaced: counting ? singles.runs : NONE,
    repeatAt,
    model: scored,
  };
}

/**
 * Runs of single letters split by separators (`i g n o r e`), collected as
 * tokens end: flattened `[start, end]` view offsets of runs of at least
 * {@link MIN_SPACED} letters, at most {@link MAX_RUNS} of them.
 */
class SingleLetters {
  readonly runs: number[] = [];
  #count = 0;
  #start = 0;
  #lastEnd = -2;

  /** A token of letters `[start, end)` ended: a single letter extends or opens a run, a word closes it. */
  tokenEnd(cls: Uint8Array, view: string, start: number, end: number): void {
    if (end - start === 1) {
      if (this.#count > 0 && joinsSingles(cls, view, this.#lastEnd, start)) this.#count++;
      else {
        this.flush();
        this.#count = 1;
        this.#start = start;
      }
      this.#lastEnd = end;
    } else if (this.#count > 0) {
      this.flush();
      this.#count = 0;
    }
  }

  /** Records the current run if it is long enough. */
  flush(): void {
    if (this.#count >= MIN_SPACED && this.runs.length < MAX_RUNS * 2)
      this.runs.push(this.#start, this.#lastEnd);
  }
}

/**
 * Whether a single letter at `next` continues a run of single letters that
 * ended at `end`: one separator between them (`i g n o r e`, `i.g.n.o.r.e`)
 * or a word gap of up to three (`a l l / y o u r`, `a.l.l._.y.o.u.r`).
 */
function joinsSingles(cls: Uint8Array, view: string, end: number, next: number): boolean {
  if (next <= end || next > end + MAX_SINGLE_GAP) return false;
  for (let k = end; k < next; k++) if ((sepAt(cls, view, k) & SEP) === 0) return false;
  return true;
}

/** Most separators between two letters of a spaced-out run (a word gap such as ` / `). */
const MAX_SINGLE_GAP = 3;

/**
 * Whether `c` is a letter of an alphabet written with spaces between words
 * (Latin beyond ASCII, Greek, Cyrillic, Hebrew, Arabic): a letter that can
 * be spaced out like `i g n o r e` ("\u00f6-n-c-e-k-i", "\u0438 \u0433 \u043d \u043e \u0440").
 */
export function isSpacedLetter(c: number): boolean {
  if (c < 0x0250) return c >= 0xc0 && c !== 0xd7 && c !== 0xf7;
  if (c < 0x0370) return false;
  if (c < 0x0530) {
    // Greek and Cyrillic: letters and marks, not their signs and unassigned units.
    greekCyrillic ??= lettersOf(0x0370, 0x0530);
    return greekCyrillic[c - 0x0370] === 1;
  }
  if (c >= 0x05d0 && c <= 0x05ea) return true; // Hebrew
  if (c >= 0x0620 && c <= 0x064a) return true; // Arabic
  return c >= 0x1e00 && c <= 0x1eff; // Latin Extended Additional (Vietnamese)
}

/** 1 for the letters and marks of the Greek and Cyrillic blocks, built on first use. */
let greekCyrillic: Uint8Array | undefined;

/** A table of `[from, to)`: 1 where the unit is a letter or a combining mark. */
function lettersOf(from: number, to: number): Uint8Array {
  const table = new Uint8Array(to - from);
  const letter = /[\p{L}\p{M}]/u;
  for (let c = from; c < to; c++) table[c - from] = letter.test(String.fromCharCode(c)) ? 1 : 0;
  return table;
}

/** The counters' class of the view unit at `at` (0 outside ASCII). */
function sepAt(cls: Uint8Array, view: string, at: number): number {
  const c = view.charCodeAt(at);
  return c < 0x80 ? cls[c]! : 0;
}

const NONE: readonly number[] = Object.freeze([]);

/** The hit list {@link onePass} writes into (see {@link Pass.hits}). */
const spareHits: number[] = [];

/**
 * The attempt list {@link scanView} writes into, copied out at the end:
 * indexed writes into a typed array cost a fraction of `push` on the
 * floods of keywords that make tens of thousands of attempts.
 */
let spareAttempts = new Int32Array(256);

/** `list` twice as long, its contents kept. */
function doubled(list: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(list.length * 2);
  grown.set(list);
  return grown;
}

/** `list` with `value` appended, creating the list on first use. */
function append(list: number[] | undefined, value: number): number[] {
  if (list === undefined) return [value];
  list.push(value);
  return list;
}

/** Whether every requirement group of `target` had a keyword occur in scan `scan` (true without groups). */
function requirementsMet(target: number, plan: ScanPlan, scan: number): boolean {
  const { groupStart, targetGroups, groupSeen } = plan;
  for (let j = groupStart[target]!; j < groupStart[target + 1]!; j++) {
    if (groupSeen[targetGroups[j]!] !== scan) return false;
  }
  return true;
}

/**
 * Links, for each local group some attempt may ask about, the hits of its
 * keywords in order of start: `groupNext[g]` is the first entry,
 * `entryNext[e]` the next one and `entryStart[e]` its view offset (-1 ends a
 * list). Groups are stamped with the call so that nothing needs clearing
 * afterwards.
 *
 * Only {@link nearby} reads the lists, and only for anchored targets with
 * local groups whose requirements are met: the groups of other targets are
 * left unlinked. A keyword flood ("ignore ignore ...") hits keywords that
 * belong to many groups, most of them of rules that also need a word the
 * flood lacks; linking every hit into every group was most of its cost.
 */
/** Keyword hits above which `linkGroups` links only the groups some attempt may ask about. */
const CHOOSE_GROUPS = 256;

function linkGroups(plan: ScanPlan, hits: readonly number[], hitEnd: number, scan: number): void {
  let call = plan.calls + 1;
  if (call > 0x3fffffff) {
    plan.groupCall.fill(0);
    plan.groupWanted.fill(0);
    plan.keywordLinked.fill(0);
    call = 1;
  }
  plan.calls = call;
  // Choosing the groups costs more than it saves unless the hits are many.
  if (hitEnd > 2 * CHOOSE_GROUPS) {
    linkChosen(plan, hits, hitEnd, scan, call);
    return;
  }
  const { groupsOfStart, groupsOf } = plan;
  const lengths = plan.matcher.lengths;
  let entries = 0;
  for (let h = hitEnd - 2; h >= 0; h -= 2) {
    const id = hits[h]!;
    const a = groupsOfStart[id]!;
    const b = groupsOfStart[id + 1]!;
    if (a === b) continue;
    entries = linkHit(plan, groupsOf, a, b, hits[h + 1]! - lengths[id]!, call, entries);
  }
}

/**
 * Links one hit starting at `start` into the groups `list[a..b)`, in front
 * of each group's list; returns the new entry count.
 */
function linkHit(
  plan: ScanPlan,
  list: Int32Array,
  a: number,
  b: number,
  start: number,
  call: number,
  entries: number,
): number {
  if (entries + (b - a) > plan.entryStart.length) growEntries(plan, entries + (b - a));
  const { groupCall, groupNext, entryStart, entryNext } = plan;
  for (let k = a; k < b; k++) {
    const g = list[k]!;
    entryStart[entries] = start;
    entryNext[entries] = groupCall[g] === call ? groupNext[g]! : -1;
    groupCall[g] = call;
    groupNext[g] = entries++;
  }
  return entries;
}

/** {@link linkGroups} for many hits: only the groups some attempt may ask about. */
function linkChosen(
  plan: ScanPlan,
  hits: readonly number[],
  hitEnd: number,
  scan: number,
  call: number,
): void {
  const { groupsOfStart, groupsOf, groupWanted, keywordLinked } = plan;
  const { targetStart, targets, lead, reach, ready, groupStart, targetGroups, groupLocal } = plan;
  // The local groups of every anchored target with local groups whose requirements are met.
  for (let h = 0; h < hitEnd; h += 2) {
    const id = hits[h]!;
    if (keywordLinked[id] === call) continue;
    keywordLinked[id] = call;
    for (let t = targetStart[id]!; t < targetStart[id + 1]!; t++) {
      const target = targets[t]!;
      if (lead[target]! >= 0 || reach[target]! < 0) continue;
      const state = ready[target]!;
      if (state === 2 || (state === 0 && !requirementsMet(target, plan, scan))) continue;
      for (let j = groupStart[target]!; j < groupStart[target + 1]!; j++) {
        const g = targetGroups[j]!;
        if (groupLocal[g] === 1) groupWanted[g] = call;
      }
    }
  }
  // Per keyword, its wanted groups, listed once: a flood repeats one keyword.
  const { wantedOf, wantedFirst, wantedCount } = plan;
  let listed = 0;
  for (let h = 0; h < hitEnd; h += 2) {
    const id = hits[h]!;
    if (keywordLinked[id] !== call) continue;
    keywordLinked[id] = -call;
    wantedFirst[id] = listed;
    for (let k = groupsOfStart[id]!; k < groupsOfStart[id + 1]!; k++) {
      const g = groupsOf[k]!;
      if (groupWanted[g] === call) wantedOf[listed++] = g;
    }
    wantedCount[id] = listed - wantedFirst[id]!;
  }
  const lengths = plan.matcher.lengths;
  let entries = 0;
  for (let h = hitEnd - 2; h >= 0; h -= 2) {
    const id = hits[h]!;
    const a = wantedFirst[id]!;
    const b = a + wantedCount[id]!;
    if (a === b) continue;
    entries = linkHit(plan, wantedOf, a, b, hits[h + 1]! - lengths[id]!, call, entries);
  }
}

function growEntries(plan: ScanPlan, need: number): void {
  const size = Math.max(need, plan.entryStart.length * 2);
  const start = new Int32Array(size);
  start.set(plan.entryStart);
  const next = new Int32Array(size);
  next.set(plan.entryNext);
  plan.entryStart = start;
  plan.entryNext = next;
}

/**
 * Whether each local group of `target` has a keyword hit starting within
 * `[start - 1, start + reach)` (a match may open one unit before its
 * keyword). Attempts come in order of `start`, so each group's list is only
 * read forward.
 */
function nearby(plan: ScanPlan, target: number, start: number): boolean {
  const { groupStart, targetGroups, groupLocal, groupCall, groupNext, entryStart, entryNext } =
    plan;
  const call = plan.calls;
  const from = start - 1;
  const to = start + plan.reach[target]!;
  for (let j = groupStart[target]!; j < groupStart[target + 1]!; j++) {
    const g = targetGroups[j]!;
    if (groupLocal[g] === 0) continue;
    if (groupCall[g] !== call) return false;
    let e = groupNext[g]!;
    while (e >= 0 && entryStart[e]! < from) e = entryNext[e]!;
    groupNext[g] = e;
    if (e < 0 || entryStart[e]! >= to) return false;
  }
  return true;
}

/**
 * Whether the text at `a` and at `b` agrees for {@link CONTEXT} units, in
 * amortised constant time over one view: a flood of one keyword compares
 * each hit with the previous one at the same distance, so the stretch
 * already known to repeat with that period is not compared again.
 */
class Periods {
  /** `view[x] === view[x - period]` holds for every `x` in `[from, to)`. */
  #period = -1;
  #from = 0;
  #to = 0;

  same(view: string, a: number, b: number): boolean {
    const end = b + CONTEXT;
    if (end > view.length) return false;
    const d = b - a;
    let k = b;
    if (d === this.#period && this.#from <= b && b <= this.#to) k = Math.max(b, this.#to);
    else {
      this.#period = d;
      this.#from = b;
      this.#to = b;
    }
    for (; k < end; k++) {
      if (view.charCodeAt(k) !== view.charCodeAt(k - d)) {
        this.#to = k;
        return false;
      }
    }
    if (end > this.#to) this.#to = end;
    return true;
  }
}
