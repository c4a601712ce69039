/**
 * Unicode classification used by the normaliser and the sanitiser. Ranges
 * come from the Unicode Character Database (DerivedCoreProperties.txt,
 * PropList.txt); `test/core/text/unicode.test.ts` checks them against the
 * engine's own property tables for every code point.
 */

import { CONFUSABLE_PAIRS } from './tables/confusables.generated.js';

/**
 * The code point at UTF-16 index `i`: a BMP character, or a whole surrogate
 * pair read from its high half. -1 for a lone surrogate (a high half without
 * its low half, or a low half on its own).
 */
export function scalarAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return c;
  if (c <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return ((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
  }
  return -1;
}

const nativeWellFormed = (String.prototype as { isWellFormed?: (this: string) => boolean })
  .isWellFormed;

/**
 * Whether `text` has no lone surrogate, so its UTF-8 encoding (which turns a
 * lone surrogate into U+FFFD) is one-to-one. The engine's
 * `String.prototype.isWellFormed` where it has one (ES2024).
 */
export function isWellFormed(text: string): boolean {
  return nativeWellFormed !== undefined ? nativeWellFormed.call(text) : scanWellFormed(text);
}

/** {@link isWellFormed} without the engine's help (exported for tests). */
export function scanWellFormed(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (scalarAt(text, i) < 0) return false;
    i++;
  }
  return true;
}

/** Bidirectional formatting characters (UAX #9): ALM, LRM, RLM, LRE..RLO, LRI..PDI. */
export function isBidiControl(cp: number): boolean {
  return (
    cp === 0x061c ||
    cp === 0x200e ||
    cp === 0x200f ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2066 && cp <= 0x2069)
  );
}

/** Unicode tag characters, U+E0000..U+E007F (UTS #51 tag sequences; also used to smuggle text). */
export function isTag(cp: number): boolean {
  return cp >= 0xe0000 && cp <= 0xe007f;
}

/** Variation selectors VS1..VS16 and VS17..VS256. */
export function isVariationSelector(cp: number): boolean {
  return (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);
}

/**
 * Default_Ignorable_Code_Point (DerivedCoreProperties.txt): characters that
 * render as nothing. All of them are removed from the matching view.
 */
export function isDefaultIgnorable(cp: number): boolean {
  if (cp < 0x00ad) return false;
  if (cp <= 0x2064) {
    return (
      cp === 0x00ad ||
      cp === 0x034f ||
      cp === 0x061c ||
      cp === 0x115f ||
      cp === 0x1160 ||
      cp === 0x17b4 ||
      cp === 0x17b5 ||
      (cp >= 0x180b && cp <= 0x180f) ||
      (cp >= 0x200b && cp <= 0x200f) ||
      (cp >= 0x202a && cp <= 0x202e) ||
      cp >= 0x2060
    );
  }
  return (
    (cp >= 0x2065 && cp <= 0x206f) ||
    cp === 0x3164 ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0xfeff ||
    cp === 0xffa0 ||
    (cp >= 0xfff0 && cp <= 0xfff8) ||
    (cp >= 0x1bca0 && cp <= 0x1bca3) ||
    (cp >= 0x1d173 && cp <= 0x1d17a) ||
    (cp >= 0xe0000 && cp <= 0xe0fff)
  );
}

/**
 * Invisible characters that are suspicious whatever surrounds them: every
 * default-ignorable code point except the joiners, BOM, Mongolian selectors,
 * directional marks, tags and variation selectors, whose legitimacy depends
 * on context. Bidi embeddings, overrides and isolates are included.
 */
export function isPlainInvisible(cp: number): boolean {
  if (!isDefaultIgnorable(cp)) return false;
  if (cp === 0x200c || cp === 0x200d || cp === 0xfeff || cp === 0x200e || cp === 0x200f)
    return false;
  if (cp === 0x061c || (cp >= 0x180b && cp <= 0x180f && cp !== 0x180e)) return false;
  return !isTag(cp) && !isVariationSelector(cp);
}

/** C0 and C1 control characters other than tab, line feed and carriage return, plus DEL. */
export function isStrippableControl(cp: number): boolean {
  return (
    (cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d) ||
    (cp >= 0x7f && cp <= 0x9f && cp !== 0x85)
  );
}

/**
 * Characters collapsed as whitespace in the matching view: those of `\s`
 * plus NEL (U+0085), minus the byte-order mark (U+FEFF), which is an
 * invisible character there, removed rather than collapsed.
 */
export function isWhitespace(cu: number): boolean {
  return cu === 0x85 || (cu !== 0xfeff && isRegExpSpace(cu));
}

/**
 * The units `\s` matches in a JavaScript regular expression (ECMA-262
 * WhiteSpace and LineTerminator), for scanners that must agree with a
 * pattern they stand in for.
 *
 * @example
 * ```ts
 * isRegExpSpace(0x3000); // true
 * isRegExpSpace(0x85); // false: NEL is not in `\s`
 * ```
 */
export function isRegExpSpace(cu: number): boolean {
  if (cu <= 0x20) return cu === 0x20 || (cu >= 0x09 && cu <= 0x0d);
  if (cu < 0xa0) return false;
  return (
    cu === 0xa0 ||
    cu === 0x1680 ||
    (cu >= 0x2000 && cu <= 0x200a) ||
    cu === 0x2028 ||
    cu === 0x2029 ||
    cu === 0x202f ||
    cu === 0x205f ||
    cu === 0x3000 ||
    cu === 0xfeff
  );
}

/** Line breaks: a collapsed whitespace run that contains one becomes `\n`. */
export function isLineBreak(cu: number): boolean {
  return (cu >= 0x0a && cu <= 0x0d) || cu === 0x85 || cu === 0x2028 || cu === 0x2029;
}

/** Scripts tracked for confusable folding and mixed-script detection. */
export enum Script {
  Other = 0,
  Latin = 1,
  Greek = 2,
  Cyrillic = 4,
  Armenian = 8,
  Cherokee = 16,
  Lisu = 32,
}

/** The script of a letter, for the scripts whose letters pass for Latin ones. */
export function scriptOf(cp: number): Script {
  if (cp < 0x80) {
    const lower = cp | 0x20;
    return lower >= 0x61 && lower <= 0x7a ? Script.Latin : Script.Other;
  }
  if (cp < 0x0370) {
    return (cp >= 0xc0 && cp !== 0xd7 && cp !== 0xf7 && cp <= 0x24f) || (cp >= 0x250 && cp <= 0x2af)
      ? Script.Latin
      : Script.Other;
  }
  if (cp <= 0x03ff) return Script.Greek;
  if (cp <= 0x052f) return Script.Cyrillic;
  if (cp <= 0x058f) return cp >= 0x0531 ? Script.Armenian : Script.Other;
  if (cp >= 0x13a0 && cp <= 0x13ff) return Script.Cherokee;
  if (cp >= 0x1c80 && cp <= 0x1c8f) return Script.Cyrillic;
  if (cp >= 0x1d00 && cp <= 0x1dbf) return Script.Latin;
  if (cp >= 0x1e00 && cp <= 0x1eff) return Script.Latin;
  if (cp >= 0x1f00 && cp <= 0x1fff) return Script.Greek;
  if (cp >= 0x2c60 && cp <= 0x2c7f) return Script.Latin;
  if (cp >= 0x2c80 && cp <= 0x2cff) return Script.Greek; // Coptic, grouped with Greek
  if (cp >= 0x2de0 && cp <= 0x2dff) return Script.Cyrillic;
  if (cp >= 0xa4d0 && cp <= 0xa4ff) return Script.Lisu;
  if (cp >= 0xa640 && cp <= 0xa69f) return Script.Cyrillic;
  if (cp >= 0xa720 && cp <= 0xa7ff) return Script.Latin;
  if (cp >= 0xab30 && cp <= 0xab6f) return Script.Latin;
  if (cp >= 0xab70 && cp <= 0xabbf) return Script.Cherokee;
  return Script.Other;
}

/** Scripts in which ZWJ and ZWNJ shape text (Arabic, Syriac, Indic, Sinhala, Myanmar, Khmer). */
export function isJoiningScript(cp: number): boolean {
  return (
    (cp >= 0x0600 && cp <= 0x08ff) ||
    (cp >= 0x0900 && cp <= 0x0dff) ||
    (cp >= 0x1000 && cp <= 0x109f) ||
    (cp >= 0x1780 && cp <= 0x17ff) ||
    (cp >= 0xa8e0 && cp <= 0xa8ff) ||
    (cp >= 0xfb50 && cp <= 0xfdff) ||
    (cp >= 0xfe70 && cp <= 0xfefe)
  );
}

/** CJK ideographs, for ideographic variation sequences. */
export function isIdeograph(cp: number): boolean {
  return (
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x3ffff)
  );
}

let pictographic: RegExp | undefined;
let pictographicMemo: Uint8Array | undefined;
/**
 * Extended_Pictographic (UTS #51), the property that emoji ZWJ sequences
 * join. Memoised per code point for planes 0 and 1 (0 unknown, 1 no, 2 yes).
 */
export function isExtendedPictographic(cp: number): boolean {
  if (cp < 0xa9) return false;
  pictographic ??= /^\p{Extended_Pictographic}$/u;
  if (cp > 0x1ffff) return pictographic.test(String.fromCodePoint(cp));
  pictographicMemo ??= new Uint8Array(0x20000);
  let known = pictographicMemo[cp]!;
  if (known === 0) {
    known = pictographic.test(String.fromCodePoint(cp)) ? 2 : 1;
    pictographicMemo[cp] = known;
  }
  return known === 2;
}

/** Emoji modifiers (skin tones) that may sit between a pictograph and a ZWJ. */
export function isEmojiModifier(cp: number): boolean {
  return cp >= 0x1f3fb && cp <= 0x1f3ff;
}

/** Keycap bases: `#`, `*`, `0`-`9` take VS16 before U+20E3. */
export function isKeycapBase(cp: number): boolean {
  return cp === 0x23 || cp === 0x2a || (cp >= 0x30 && cp <= 0x39);
}

/** The "generic" combining diacritics stripped from Latin, Greek and Cyrillic letters in the view. */
export function isGenericCombiningMark(cu: number): boolean {
  return (
    (cu >= 0x0300 && cu <= 0x036f) ||
    (cu >= 0x1ab0 && cu <= 0x1aff) ||
    (cu >= 0x1dc0 && cu <= 0x1dff) ||
    (cu >= 0x20d0 && cu <= 0x20ff) ||
    (cu >= 0xfe20 && cu <= 0xfe2f)
  );
}

/** An Arabic or Hebrew letter, which may carry optional vowel points. */
function isPointedLetter(cp: number): boolean {
  return (
    (cp >= 0x05d0 && cp <= 0x05ea) ||
    (cp >= 0x0620 && cp <= 0x064a) ||
    (cp >= 0x066e && cp <= 0x06d3) ||
    (cp >= 0x06fa && cp <= 0x06ff)
  );
}

/**
 * Arabic harakat (fatha, damma, kasra, tanwin, shadda, sukun...) and Hebrew
 * niqqud: optional in ordinary writing, stripped from the view so that a
 * pointed word matches its plain spelling.
 */
function isVowelPoint(cu: number): boolean {
  return (
    (cu >= 0x064b && cu <= 0x065f) ||
    cu === 0x0670 ||
    (cu >= 0x05b0 && cu <= 0x05bd) ||
    cu === 0x05bf ||
    cu === 0x05c1 ||
    cu === 0x05c2 ||
    cu === 0x05c7
  );
}

// Per-BMP-code-unit property memo, filled lazily on first sight of a code
// unit so that importing this module does no work.
const PROP_KNOWN = 1;
const PROP_MARK = 2;
/** The code unit is unchanged by NFKC and case folding and needs no other handling. */
const PROP_STABLE = 4;
let props: Uint8Array | undefined;
let markRe: RegExp | undefined;

function computeProps(cu: number): number {
  const ch = String.fromCharCode(cu);
  markRe ??= /^\p{M}$/u;
  let p = PROP_KNOWN;
  if (cu >= 0xd800 && cu <= 0xdfff) return p;
  if (markRe.test(ch)) p |= PROP_MARK;
  else if (
    !isDefaultIgnorable(cu) &&
    !isWhitespace(cu) &&
    !isStrippableControl(cu) &&
    foldSegment(ch) === ch
  ) {
    p |= PROP_STABLE;
  }
  return p;
}

function propsOf(cu: number): number {
  props ??= new Uint8Array(0x10000);
  let p = props[cu]!;
  if (p === 0) {
    p = computeProps(cu);
    props[cu] = p;
  }
  return p;
}

let plane1Marks: Uint8Array | undefined;

/** True for combining marks (general category M). */
export function isMark(cp: number): boolean {
  if (cp < 0x0300) return false;
  if (cp <= 0xffff) return (propsOf(cp) & PROP_MARK) !== 0;
  if (cp <= 0x1ffff) {
    // Supplementary plane 1 holds the astral marks (Brahmi, musical symbols...);
    // memoised like the BMP: 0 unknown, 1 not a mark, 2 a mark.
    plane1Marks ??= new Uint8Array(0x10000);
    let known = plane1Marks[cp - 0x10000]!;
    if (known === 0) {
      markRe ??= /^\p{M}$/u;
      known = markRe.test(String.fromCodePoint(cp)) ? 2 : 1;
      plane1Marks[cp - 0x10000] = known;
    }
    return known === 2;
  }
  return cp >= 0xe0100 && cp <= 0xe01ef; // variation selectors 17-256 (Mn)
}

/**
 * True when a BMP code unit passes through the view unchanged: stable under
 * NFKC and case folding, not a mark, not whitespace, not ignorable.
 */
export function isStableBmp(cu: number): boolean {
  return (propsOf(cu) & PROP_STABLE) !== 0;
}

/**
 * True for a supplementary-plane code point that NFKC and case folding leave
 * alone and that is not ignorable: everything outside the ranges below.
 * (Combining marks among them stay as they are, as they would when folded.) The list is checked against the engine for every code point in
 * `test/core/text/unicode.test.ts`.
 */
export function isStableAstral(cp: number): boolean {
  if (cp < 0x10000) return false;
  if (cp < 0x1d000) {
    return !(
      (cp >= 0x10400 && cp <= 0x104ff) || // Deseret, Osage (cased)
      (cp >= 0x10570 && cp <= 0x105bf) || // Vithkuqi (cased)
      (cp >= 0x10780 && cp <= 0x107bf) || // Latin Extended-F (compatibility)
      (cp >= 0x10c80 && cp <= 0x10cff) || // Old Hungarian (cased)
      (cp >= 0x10d50 && cp <= 0x10d8f) || // Garay (cased)
      (cp >= 0x118a0 && cp <= 0x118ff) || // Warang Citi (cased)
      (cp >= 0x16e40 && cp <= 0x16e9f) || // Medefaidrin (cased)
      (cp >= 0x16ea0 && cp <= 0x16edf) || // Beria Erfe (cased)
      (cp >= 0x1bca0 && cp <= 0x1bca3) || // shorthand format controls (ignorable)
      (cp >= 0x1ccd6 && cp <= 0x1ccf9) // outlined alphanumerics
    );
  }
  return !(
    (cp >= 0x1d15e && cp <= 0x1d17a) || // musical symbols with decompositions; format controls
    (cp >= 0x1d1bb && cp <= 0x1d1c0) ||
    (cp >= 0x1d400 && cp <= 0x1d7ff) || // mathematical alphanumerics
    (cp >= 0x1e030 && cp <= 0x1e08f) || // Cyrillic Extended-D (compatibility)
    (cp >= 0x1e900 && cp <= 0x1e95f) || // Adlam (cased)
    (cp >= 0x1ee00 && cp <= 0x1eeff) || // Arabic mathematical alphabetic symbols
    (cp >= 0x1f100 && cp <= 0x1f2ff) || // enclosed alphanumerics and ideographs
    (cp >= 0x1fbf0 && cp <= 0x1fbf9) || // segmented digits
    (cp >= 0x2f800 && cp <= 0x2fa1f) || // CJK compatibility ideographs supplement
    cp >= 0xe0000 // tags, variation selectors, private use
  );
}

const FOLD_CACHE_LIMIT = 4096;
let foldCache: Map<string, string> | undefined;

/**
 * Folds one segment (a base character and its combining marks) for the
 * matching view: NFKC, then full case folding (upper then lower, so `ss` for
 * sharp s and `sigma` for final sigma), then generic combining marks removed
 * from Latin, Greek and Cyrillic bases (defeats "Zalgo" text; precomposed
 * accented letters keep their accents because NFKC composed them first).
 */
export function foldSegment(segment: string): string {
  foldCache ??= new Map();
  const cached = foldCache.get(segment);
  if (cached !== undefined) return cached;
  let folded = segment.normalize('NFKC').toUpperCase().toLowerCase();
  if (folded.length > 1) {
    const base = folded.codePointAt(0)!;
    if (scriptOf(base) !== Script.Other) {
      let stripped = '';
      let changed = false;
      for (let i = 0; i < folded.length; i++) {
        const cu = folded.charCodeAt(i);
        if (i > 0 && isGenericCombiningMark(cu)) changed = true;
        else stripped += folded[i];
      }
      if (changed) folded = stripped.normalize('NFKC');
    } else if (isPointedLetter(base)) {
      // Optional vowel points on Arabic and Hebrew letters: "\u0627\u0646\u0633\u064e" reads "\u0627\u0646\u0633".
      let stripped = folded[0]!;
      for (let i = 1; i < folded.length; i++) {
        if (!isVowelPoint(folded.charCodeAt(i))) stripped += folded[i];
      }
      folded = stripped;
    }
  }
  if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
  foldCache.set(segment, folded);
  return folded;
}

/** {@link foldUnit}'s answers so far: 0 unknown, the folded unit + 1, or {@link NOT_ONE_UNIT}. */
let unitFolds: Uint16Array | undefined;
const NOT_ONE_UNIT = 0xffff;

/**
 * The one code unit a BMP code unit folds to (NFKC, case folding, as
 * {@link foldSegment} does), or -1 when it folds to more or fewer units
 * (or to a noncharacter at the end of the plane): then fold the segment.
 * Remembered per unit in a 128 KB table: text in a cased script folds
 * letter by letter without building a string for each.
 *
 * @example
 * ```ts
 * foldUnit(0x041f); // 0x043f (Cyrillic capital Pe to small pe)
 * ```
 */
export function foldUnit(cu: number): number {
  unitFolds ??= new Uint16Array(0x10000);
  let known = unitFolds[cu]!;
  if (known === 0) {
    const folded = foldSegment(String.fromCharCode(cu));
    const unit = folded.charCodeAt(0);
    known = folded.length === 1 && unit < 0xfffe ? unit + 1 : NOT_ONE_UNIT;
    unitFolds[cu] = known;
  }
  return known === NOT_ONE_UNIT ? -1 : known - 1;
}

let confusables: Uint8Array | undefined;

/** The ASCII letter a view code unit folds to under UTS #39 confusables, or 0. */
export function confusableTarget(cu: number): number {
  if (confusables === undefined) {
    confusables = new Uint8Array(0x10000);
    for (let i = 0; i + 1 < CONFUSABLE_PAIRS.length; i += 2) {
      confusables[CONFUSABLE_PAIRS[i]!] = CONFUSABLE_PAIRS[i + 1]!;
    }
  }
  return cu < 0x10000 ? confusables[cu]! : 0;
}

/**
 * `[A-Za-z]`
 *
 * @example
 * ```ts
 * isAsciiLetter(0x41); // true ('A')
 * isAsciiLetter(0xe9); // false (U+00E9)
 * ```
 */
export function isAsciiLetter(cu: number): boolean {
  const lower = cu | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}

/**
 * `[A-Za-z0-9]`
 *
 * @example
 * ```ts
 * isAsciiAlnum(0x37); // true ('7')
 * isAsciiAlnum(0x5f); // false ('_')
 * ```
 */
export function isAsciiAlnum(cu: number): boolean {
  return (cu >= 0x30 && cu <= 0x39) || isAsciiLetter(cu);
}
