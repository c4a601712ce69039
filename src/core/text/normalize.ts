import { ParapetInputError } from '../../errors.js';
import { type InvisibleKind, scanInvisible } from './invisible.js';
import { OffsetMap, OffsetMapBuilder, type Span } from './offset-map.js';
import {
  confusableTarget,
  foldSegment,
  foldUnit,
  isBidiControl,
  isDefaultIgnorable,
  isLineBreak,
  isMark,
  isPlainInvisible,
  isStableAstral,
  isStableBmp,
  isStrippableControl,
  isWhitespace,
  Script,
  scalarAt,
  scriptOf,
} from './unicode.js';

/** Text that was hidden in invisible characters, decoded. */
export interface HiddenText {
  /** `tag`: Unicode tag characters; `variation_selector`: bytes encoded in variation selectors. */
  readonly kind: 'tag' | 'variation_selector';
  /** Offsets of the invisible run in the original string. */
  readonly start: number;
  readonly end: number;
  /** The decoded payload. */
  readonly text: string;
}

/** What normalisation removed or changed, in code points. */
export interface NormalizeStats {
  /** Suspicious zero-width and other default-ignorable characters removed. */
  readonly invisible: number;
  /** Bidirectional controls removed (not counting legitimate marks beside RTL letters). */
  readonly bidi: number;
  /** Tag characters removed (not counting emoji flag sequences). */
  readonly tag: number;
  /** Variation selectors removed outside legitimate emoji or ideographic sequences. */
  readonly variationSelector: number;
  /** Invisible characters in legitimate uses (emoji ZWJ, flags, VS16, Persian ZWNJ...). */
  readonly legitimate: number;
  /** C0/C1 control characters removed. */
  readonly control: number;
  /** Lone surrogates replaced by U+FFFD. */
  readonly surrogate: number;
  /** Letters folded to a Latin look-alike (UTS #39 confusables). */
  readonly confusable: number;
  /** Words mixing letters of two scripts, e.g. Latin and Cyrillic. */
  readonly mixedScriptWords: number;
}

/**
 * The matching view of a string and the way back to the original.
 *
 * The view is NFKC-normalised, case-folded, confusables folded to their
 * Latin skeleton inside words that are mixed-script or sit in Latin text,
 * invisible and control characters removed, and whitespace runs collapsed to
 * one space (or one `\n` when the run held a line break). The escapes a
 * backslash makes of `n`, `r` and `t` (JSON or code read as text, as tool
 * results often arrive) count as the whitespace they stand for.
 */
export interface NormalizedText {
  /** The matching view. */
  readonly text: string;
  /** Length of the original string. */
  readonly originalLength: number;
  /** True when the input was plain ASCII needing nothing but lower-casing. */
  readonly fastPath: boolean;
  /** Payloads hidden in tag characters or variation selectors, decoded. */
  readonly hidden: readonly HiddenText[];
  readonly stats: NormalizeStats;
  /** The offset map between view and original. */
  readonly map: OffsetMap;
  /** Original span of view span `[start, end)`. */
  toOriginal(start: number, end: number): Span;
}

const EMPTY_HIDDEN: readonly HiddenText[] = Object.freeze([]);
const ZERO_STATS: NormalizeStats = Object.freeze({
  invisible: 0,
  bidi: 0,
  tag: 0,
  variationSelector: 0,
  legitimate: 0,
  control: 0,
  surrogate: 0,
  confusable: 0,
  mixedScriptWords: 0,
});

/** Longest run of combining marks kept in one segment (UAX #15 stream-safe limit). */
const MAX_MARKS = 30;

class Normalized implements NormalizedText {
  constructor(
    readonly text: string,
    readonly originalLength: number,
    readonly fastPath: boolean,
    readonly hidden: readonly HiddenText[],
    readonly stats: NormalizeStats,
    readonly map: OffsetMap,
  ) {}

  toOriginal(start: number, end: number): Span {
    return this.map.toOriginal(start, end);
  }
}

/**
 * Builds the matching view of `text` with a map from every view offset back
 * to the original, so findings made on the view point into the caller's
 * string. Plain ASCII without control characters or whitespace runs takes a
 * fast path that only lower-cases.
 *
 * @example
 * ```ts
 * const n = normalize('Ign\u043Ere previous\u200B instructions');
 * n.text; // 'ignore previous instructions'
 * const at = n.text.indexOf('previous');
 * n.toOriginal(at, at + 8); // { start: 7, end: 15 }
 * ```
 *
 * @throws {ParapetInputError} when `text` is not a string.
 */
export function normalize(text: string): NormalizedText {
  if (typeof text !== 'string') throw new ParapetInputError('normalize expects a string');
  patterns ??= createPatterns();
  const re = patterns;
  // Native scans decide the path: V8's regex engine and toLowerCase are far
  // faster per character than a JavaScript loop.
  if (!re.irregular.test(text)) {
    const n = text.length;
    return new Normalized(
      text.toLowerCase(),
      n,
      true,
      EMPTY_HIDDEN,
      ZERO_STATS,
      OffsetMap.identity(n),
    );
  }
  if (!re.nonAscii.test(text)) return normalizeAscii(text, re.asciiEdits);
  return normalizeSlow(text);
}

interface Patterns {
  /** Anything the identity fast path cannot take: non-printable, non-ASCII, whitespace runs, escapes. */
  readonly irregular: RegExp;
  readonly nonAscii: RegExp;
  /**
   * In ASCII text: runs of whitespace, escapes (`\\n`, `\\r`, `\\t`) and
   * controls to collapse or drop, or a lone tab/CR/VT/FF/control or escape.
   */
  readonly asciiEdits: RegExp;
}

let patterns: Patterns | undefined;
function createPatterns(): Patterns {
  return {
    irregular: /[^\x20-\x7e\n]|[ \n]{2}|\\[nrtNRT]/,
    nonAscii: /[^\x00-\x7f]/,
    asciiEdits:
      /(?:[\t\n\v\f\r \x00-\x08\x0e-\x1f\x7f]|\\[nrt]){2,}|[\t\v\f\r\x00-\x08\x0e-\x1f\x7f]|\\[nrt]/g,
  };
}

/**
 * ASCII with whitespace runs or control characters: lower-case natively,
 * then splice out the runs. No confusables or invisibles can occur.
 */
function normalizeAscii(text: string, edits: RegExp): NormalizedText {
  const lower = text.toLowerCase();
  const map = new OffsetMapBuilder();
  const pieces: string[] = [];
  let control = 0;
  let last = 0;
  edits.lastIndex = 0;
  for (let m = edits.exec(lower); m !== null; m = edits.exec(lower)) {
    const at = m.index;
    const run = m[0];
    if (at > last) {
      pieces.push(lower.slice(last, at));
      map.push(at - last, last, at - last);
    }
    let space = 0;
    for (let k = 0; k < run.length; k++) {
      const c = run.charCodeAt(k);
      if (c === 0x5c) {
        // An escape: "\\t" reads as a space, "\\n" and "\\r" as a line break.
        if (run.charCodeAt(++k) !== 0x74) space = 0x0a;
        else if (space === 0) space = 0x20;
      } else if (c >= 0x0a && c <= 0x0d) space = 0x0a;
      else if (c === 0x20 || c === 0x09) {
        if (space === 0) space = 0x20;
      } else control++;
    }
    if (space !== 0) {
      pieces.push(space === 0x0a ? '\n' : ' ');
      map.push(1, at, run.length);
    }
    last = at + run.length;
  }
  if (last < lower.length) {
    pieces.push(lower.slice(last));
    map.push(lower.length - last, last, lower.length - last);
  }
  const stats = control === 0 ? ZERO_STATS : { ...ZERO_STATS, control };
  return new Normalized(
    pieces.join(''),
    text.length,
    false,
    EMPTY_HIDDEN,
    stats,
    map.build(text.length),
  );
}

function normalizeSlow(text: string): NormalizedText {
  const w = new ViewWriter(text.length);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (c === 0x5c && isEscapeLetter(next)) {
        // "\\n" in JSON or code read as text: the line break it stands for.
        if (w.append(next === 0x74 || next === 0x54 ? 0x20 : 0x0a)) w.mapAtomic(1, i, 2);
        else w.mapCollapsed(i + 2);
        w.prevBase = 0x20;
        i += 2;
        continue;
      }
      if (next < 0x0300 || !isMark(next)) {
        if ((c > 0x20 && c < 0x7f) || ((c === 0x20 || c === 0x0a) && !w.lastWasSpace)) {
          i = w.asciiRun(text, i);
          continue;
        }
        // Vertical tab and form feed separate words: whitespace here, not controls.
        if (isStrippableControl(c) && c !== 0x0b && c !== 0x0c) w.control++;
        else if (w.append(c >= 0x41 && c <= 0x5a ? c | 0x20 : c)) w.mapLinear(i, 1);
        else w.mapCollapsed(i + 1);
        w.prevBase = c;
        i++;
        continue;
      }
    }
    const cp = c >= 0xd800 && c <= 0xdfff ? scalarAt(text, i) : c;
    if (cp < 0) {
      w.surrogate++;
      if (w.append(0xfffd)) w.mapAtomic(1, i, 1);
      w.prevBase = 0xfffd;
      i++;
      continue;
    }
    const len = cp > 0xffff ? 2 : 1;
    if (isPlainInvisible(cp)) {
      // Runs of zero-width spaces, word joiners, bidi overrides...: count and skip.
      let j = i;
      while (j < n) {
        const k = text.codePointAt(j)!;
        if (!isPlainInvisible(k)) break;
        if (isBidiControl(k)) w.bidi++;
        else w.invisible++;
        j += k > 0xffff ? 2 : 1;
      }
      i = j;
      continue;
    }
    if (isDefaultIgnorable(cp)) {
      const run = scanInvisible(text, i, cp, w.prevBase);
      w.invisibleRun(run.kind, run.count, run.legitimate);
      if (run.hidden !== undefined) {
        w.hidden.push({
          kind: run.kind === 'tag' ? 'tag' : 'variation_selector',
          start: i,
          end: run.end,
          text: run.hidden,
        });
      }
      i = run.end;
      continue;
    }
    if (isStrippableControl(cp)) {
      w.control++;
      i++;
      continue;
    }
    // A segment: this code point and the combining marks that follow it. Marks
    // beyond the stream-safe limit (UAX #15) stay inside the segment's span
    // but out of the view, which keeps Zalgo floods linear.
    let j = i + len;
    let capped = j;
    let marks = 0;
    while (j < n) {
      const m = text.codePointAt(j)!;
      if (m < 0x0300 || isDefaultIgnorable(m) || !isMark(m)) break;
      j += m > 0xffff ? 2 : 1;
      if (++marks <= MAX_MARKS) capped = j;
    }
    if (j === i + 1 && isStableBmp(cp)) {
      if (w.append(cp)) w.mapLinear(i, 1);
      else w.mapCollapsed(j);
    } else if (j === i + 2 && len === 2 && isStableAstral(cp)) {
      w.appendPair(c, text.charCodeAt(i + 1), i);
    } else {
      // One unit that folds to one unit (a capital of a cased script): no strings built.
      const unit = j === i + 1 ? foldUnit(cp) : -1;
      if (unit >= 0) {
        // The look-alike capitals all fold to one unit: only this branch meets them.
        w.twin = upperTwin(cp);
        if (w.append(unit)) {
          if (unit === cp) w.mapLinear(i, 1);
          else w.mapAtomic(1, i, 1);
        } else w.mapCollapsed(j);
        w.twin = 0;
      } else {
        const segment = capped === j ? text.slice(i, j) : text.slice(i, capped);
        const folded = foldSegment(segment);
        if (folded === segment && capped === j) {
          // Unchanged (an emoji, a stable astral letter, an unchanged sequence).
          w.appendUnchanged(segment, i);
        } else {
          let appended = 0;
          for (let k = 0; k < folded.length; k++)
            appended += w.append(folded.charCodeAt(k)) ? 1 : 0;
          if (appended > 0) w.mapAtomic(appended, i, j - i);
          else w.mapCollapsed(j);
        }
      }
    }
    w.prevBase = cp;
    i = j;
  }
  w.endWord();
  const stats: NormalizeStats = {
    invisible: w.invisible,
    bidi: w.bidi,
    tag: w.tag,
    variationSelector: w.variationSelector,
    legitimate: w.legitimate,
    control: w.control,
    surrogate: w.surrogate,
    confusable: w.confusable,
    mixedScriptWords: w.mixedScriptWords,
  };
  const hidden = w.hidden.length === 0 ? EMPTY_HIDDEN : w.hidden;
  return new Normalized(decodeUtf16(w.buf, w.v), n, false, hidden, stats, w.finishMap(n));
}

/** Whether a backslash before `c` makes an escape read as whitespace: `n`, `r` or `t`, either case. */
function isEscapeLetter(c: number): boolean {
  const lower = c | 0x20;
  return lower === 0x6e || lower === 0x72 || lower === 0x74;
}

/**
 * The view under construction. A class with fields (rather than closures over
 * locals) keeps V8's hot loop on a monomorphic object. Contiguous 1:1 units
 * accumulate in a pending linear run that reaches the map builder only at a
 * discontinuity.
 */
class ViewWriter {
  buf: Uint16Array;
  v = 0;
  readonly #map = new OffsetMapBuilder();
  #pendingStart = 0;
  #pendingLength = 0;
  readonly hidden: HiddenText[] = [];
  prevBase = -1;
  lastWasSpace = false;
  // Current word: view offset where it starts (-1 outside a word), scripts of
  // its letters, how many letters it has and how many have a Latin look-alike.
  wordStart = -1;
  wordScripts = 0;
  wordLetters = 0;
  wordFoldable = 0;
  prevWordLatin = false;
  /** Latin twin of the capital being appended (see {@link upperTwin}), 0 for none. */
  twin = 0;
  /** Flattened `[view offset, Latin twin]` of the current word's look-alike capitals. */
  readonly wordTwins: number[] = [];
  invisible = 0;
  bidi = 0;
  tag = 0;
  variationSelector = 0;
  legitimate = 0;
  control = 0;
  surrogate = 0;
  confusable = 0;
  mixedScriptWords = 0;

  constructor(length: number) {
    this.buf = new Uint16Array(length + 16);
  }

  reserve(extra: number): void {
    if (this.v + extra <= this.buf.length) return;
    const next = new Uint16Array(Math.max(this.buf.length * 2, this.v + extra + 16));
    next.set(this.buf.subarray(0, this.v));
    this.buf = next;
  }

  /** Maps the last `length` appended units 1:1 to original `[start, start + length)`. */
  mapLinear(start: number, length: number): void {
    if (this.#pendingLength > 0 && this.#pendingStart + this.#pendingLength === start) {
      this.#pendingLength += length;
      return;
    }
    this.#flush();
    this.#pendingStart = start;
    this.#pendingLength = length;
  }

  /** Maps the last `viewLength` appended units, as a block, to original `[start, start + length)`. */
  mapAtomic(viewLength: number, start: number, length: number): void {
    this.#flush();
    this.#map.push(viewLength, start, length);
  }

  /** A unit collapsed into the previous whitespace: stretch that unit's span to `end`. */
  mapCollapsed(end: number): void {
    this.#flush();
    this.#map.extendLast(end);
  }

  #flush(): void {
    if (this.#pendingLength === 0) return;
    this.#map.push(this.#pendingLength, this.#pendingStart, this.#pendingLength);
    this.#pendingLength = 0;
  }

  finishMap(originalLength: number): OffsetMap {
    this.#flush();
    return this.#map.build(originalLength);
  }

  /**
   * Copies a run of printable ASCII (with single spaces and line feeds)
   * lower-cased, tracking words, and returns where the run stopped. This is
   * the hot loop for ordinary text. The caller guarantees the first character
   * qualifies and is not followed by a combining mark, so the run is never empty.
   */
  asciiRun(text: string, start: number): number {
    const n = text.length;
    this.reserve(n - start);
    const buf = this.buf;
    let v = this.v;
    let i = start;
    let c = text.charCodeAt(i);
    let space = this.lastWasSpace;
    for (;;) {
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (next >= 0x0300 && isMark(next)) break; // the segment path composes it
      if (c === 0x20 || c === 0x0a) {
        if (space) break;
        space = true;
        if (this.wordStart >= 0) {
          this.v = v;
          this.endWord();
        }
      } else {
        space = false;
        if (c >= 0x41 && c <= 0x5a) c |= 0x20;
        if (c >= 0x61 && c <= 0x7a) {
          if (this.wordStart < 0) this.startWord(v);
          this.wordScripts |= Script.Latin;
          this.wordLetters++;
        } else if (c >= 0x30 && c <= 0x39) {
          if (this.wordStart < 0) this.startWord(v);
        } else if (this.wordStart >= 0) {
          this.v = v;
          this.endWord();
        }
      }
      buf[v++] = c;
      i++;
      if (!((next > 0x20 && next < 0x7f) || next === 0x20 || next === 0x0a)) break;
      // An escape ("\\n") is whitespace: the caller's loop takes it.
      if (next === 0x5c && i + 1 < n && isEscapeLetter(text.charCodeAt(i + 1))) break;
      c = next;
    }
    this.v = v;
    this.lastWasSpace = space;
    this.mapLinear(start, i - start);
    this.prevBase = text.charCodeAt(i - 1);
    return i;
  }

  /**
   * Appends one view code unit, or collapses it into the previous whitespace.
   * Returns false when it collapsed (the caller then calls `mapCollapsed`).
   */
  append(cu: number): boolean {
    if (isWhitespace(cu)) {
      this.endWord();
      const out = isLineBreak(cu) ? 0x0a : 0x20;
      if (this.lastWasSpace) {
        if (out === 0x0a) this.buf[this.v - 1] = 0x0a;
        return false;
      }
      this.reserve(1);
      this.buf[this.v++] = out;
      this.lastWasSpace = true;
      return true;
    }
    this.lastWasSpace = false;
    const script = scriptOf(cu);
    if (script !== Script.Other || (cu >= 0x30 && cu <= 0x39)) {
      if (this.wordStart < 0) this.startWord(this.v);
      if (script !== Script.Other) {
        this.wordScripts |= script;
        this.wordLetters++;
        // A capital whose small letter has no twin ("\u03a4" -> "\u03c4") folds to the capital's.
        if (this.twin !== 0) this.wordTwins.push(this.v, this.twin);
        if (cu >= 0x80 && confusableTarget(cu) !== 0) this.wordFoldable++;
      }
    } else if (cu < 0x80 || (this.wordStart >= 0 && !isMark(cu))) {
      this.endWord();
    }
    this.reserve(1);
    this.buf[this.v++] = cu;
    return true;
  }

  /** Appends a stable supplementary character (an emoji, a CJK extension ideograph...). */
  appendPair(high: number, low: number, start: number): void {
    this.endWord();
    this.lastWasSpace = false;
    this.reserve(2);
    this.buf[this.v++] = high;
    this.buf[this.v++] = low;
    this.mapLinear(start, 2);
  }

  /** Appends `segment` (no whitespace in it) exactly as it is in the original at `start`. */
  appendUnchanged(segment: string, start: number): void {
    const first = segment.codePointAt(0)!;
    if (first > 0xffff && scriptOf(first) === Script.Other) {
      this.endWord();
      this.lastWasSpace = false;
      this.reserve(segment.length);
      for (let k = 0; k < segment.length; k++) this.buf[this.v++] = segment.charCodeAt(k);
    } else {
      // A segment may collapse into the whitespace before it (a line
      // separator after a line break): map what was appended, or stretch
      // the previous unit over it.
      let appended = 0;
      for (let k = 0; k < segment.length; k++)
        appended += this.append(segment.charCodeAt(k)) ? 1 : 0;
      if (appended === 0) {
        this.mapCollapsed(start + segment.length);
        return;
      }
      if (appended < segment.length) {
        this.mapAtomic(appended, start, segment.length);
        return;
      }
    }
    this.mapLinear(start, segment.length);
  }

  invisibleRun(kind: InvisibleKind, count: number, legitimate: boolean): void {
    if (legitimate) this.legitimate += count;
    else if (kind === 'bidi') this.bidi += count;
    else if (kind === 'tag') this.tag += count;
    else if (kind === 'variation_selector') this.variationSelector += count;
    else this.invisible += count;
  }

  startWord(at: number): void {
    this.wordStart = at;
    this.wordScripts = 0;
    this.wordLetters = 0;
    this.wordFoldable = 0;
    this.wordTwins.length = 0;
  }

  /**
   * Ends the current word. Look-alike letters fold to Latin when the word
   * mixes scripts (or Latin letters with them), or when every letter has a
   * Latin twin and the previous word was Latin: an all-Cyrillic "word" inside
   * English text. Ordinary Cyrillic or Greek prose is left alone.
   */
  endWord(): void {
    if (this.wordStart < 0) return;
    const scripts = this.wordScripts;
    const mixed = (scripts & (scripts - 1)) !== 0;
    if (mixed) this.mixedScriptWords++;
    // Capitals count only in a word written in capitals throughout: "\u041d\u0435"
    // (Russian "not") after an English word stays Russian, "\u039d\u039f\u03a4\u0395" reads "note".
    const capitals = this.wordTwins.length >> 1;
    if (
      (this.wordFoldable > 0 || capitals > 0) &&
      (mixed ||
        (this.prevWordLatin &&
          (this.wordFoldable === this.wordLetters || capitals === this.wordLetters)))
    ) {
      const buf = this.buf;
      for (let k = this.wordStart; k < this.v; k++) {
        const target = confusableTarget(buf[k]!);
        if (target !== 0) {
          buf[k] = target;
          this.confusable++;
        }
      }
      const twins = this.wordTwins;
      for (let t = 0; t < twins.length; t += 2) {
        if (buf[twins[t]!] === twins[t + 1]) continue;
        buf[twins[t]!] = twins[t + 1]!;
        this.confusable++;
      }
      // A word folded whole reads as Latin: the next look-alike word folds too
      // ("\u039d\u039f\u03a4\u0395 \u03a4\u039f \u0391\u0399" in English text).
      this.prevWordLatin = true;
      this.wordStart = -1;
      return;
    }
    // A number between words changes nothing ("room 12 \u0391\u03a4 the").
    if (scripts !== 0) this.prevWordLatin = (scripts & Script.Latin) !== 0;
    this.wordStart = -1;
  }
}

/**
 * Greek and Cyrillic capitals that look like a Latin capital whose small
 * letters do not (UTS #39 lists the small letters: "\u03c4" is no "t", but
 * "\u03a4" is a "T"), with the Latin small letter each folds to.
 */
const UPPER_TWINS: ReadonlyMap<number, number> = new Map([
  [0x0391, 0x61], // Alpha
  [0x0392, 0x62], // Beta
  [0x0395, 0x65], // Epsilon
  [0x0396, 0x7a], // Zeta
  [0x0397, 0x68], // Eta
  [0x0399, 0x69], // Iota
  [0x039a, 0x6b], // Kappa
  [0x039c, 0x6d], // Mu
  [0x039d, 0x6e], // Nu
  [0x039f, 0x6f], // Omicron
  [0x03a1, 0x70], // Rho
  [0x03a4, 0x74], // Tau
  [0x03a5, 0x79], // Upsilon
  [0x03a7, 0x78], // Chi
  [0x0410, 0x61], // A
  [0x0412, 0x62], // Ve
  [0x0415, 0x65], // Ie
  [0x041a, 0x6b], // Ka
  [0x041c, 0x6d], // Em
  [0x041d, 0x68], // En
  [0x041e, 0x6f], // O
  [0x0420, 0x70], // Er
  [0x0421, 0x63], // Es
  [0x0422, 0x74], // Te
  [0x0425, 0x78], // Ha
  [0x0405, 0x73], // Dze
  [0x0406, 0x69], // Byelorussian-Ukrainian I
  [0x0408, 0x6a], // Je
]);

/** The Latin letter a look-alike capital folds to ({@link UPPER_TWINS}), 0 for none. */
function upperTwin(cp: number): number {
  return cp >= 0x0391 && cp <= 0x0425 ? (UPPER_TWINS.get(cp) ?? 0) : 0;
}

let decoder: InstanceType<typeof TextDecoder> | null | undefined;
const CHUNK = 8192;

/** Turns the first `length` code units of `buf` into a string. */
export function decodeUtf16(buf: Uint16Array, length: number): string {
  if (decoder === undefined) {
    // TextDecoder reads bytes: only valid where Uint16Array is little-endian.
    const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
    decoder = littleEndian ? new TextDecoder('utf-16le') : null;
  }
  if (decoder !== null) return decoder.decode(buf.subarray(0, length));
  let out = '';
  for (let k = 0; k < length; k += CHUNK) {
    out += String.fromCharCode.apply(
      null,
      buf.subarray(k, Math.min(length, k + CHUNK)) as unknown as number[],
    );
  }
  return out;
}
