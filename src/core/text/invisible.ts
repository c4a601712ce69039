import {
  isBidiControl,
  isDefaultIgnorable,
  isEmojiModifier,
  isExtendedPictographic,
  isIdeograph,
  isJoiningScript,
  isKeycapBase,
  isStrippableControl,
  isTag,
  isVariationSelector,
  isWhitespace,
} from './unicode.js';

/** What kind of invisible character a run holds. */
export type InvisibleKind = 'bidi' | 'tag' | 'variation_selector' | 'invisible';

/** A run of default-ignorable code points starting at one index. */
export interface InvisibleRun {
  /** Exclusive end index (UTF-16) of the run. */
  readonly end: number;
  readonly kind: InvisibleKind;
  /** Number of code points in the run. */
  readonly count: number;
  /**
   * A legitimate use that must not be treated as suspicious: an emoji ZWJ
   * sequence, an emoji flag tag sequence, VS15/VS16 after an emoji, an
   * ideographic variation sequence, ZWJ/ZWNJ between letters of a joining
   * script (Persian, Indic), LRM/RLM/ALM beside right-to-left letters, a BOM
   * at the start of the text.
   */
  readonly legitimate: boolean;
  /** Text smuggled in tag characters or variation-selector bytes, decoded. */
  readonly hidden: string | undefined;
}

const MAX_SUBDIVISION = 6;

function codePointAt(text: string, i: number): number {
  return i < text.length ? text.codePointAt(i)! : -1;
}

/**
 * The visible character that starts at `k`, mapped by `neighbour` when given;
 * an invisible one counts as none (-1), so a decision never depends on a
 * character that may itself be removed.
 */
function visibleAfter(
  text: string,
  k: number,
  neighbour: ((cp: number, side: 'before' | 'after') => number) | undefined,
): number {
  const next = codePointAt(text, k);
  if (next < 0 || isDefaultIgnorable(next)) return -1;
  return neighbour !== undefined ? neighbour(next, 'after') : next;
}

/** True when the code point just before `i` is a visible character (not invisible, control or broken). */
function directBase(text: string, i: number): boolean {
  if (i === 0) return false;
  let before = text.charCodeAt(i - 1);
  if (before >= 0xdc00 && before <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high < 0xd800 || high > 0xdbff) return false;
    before = ((high - 0xd800) << 10) + (before - 0xdc00) + 0x10000;
  } else if (before >= 0xd800 && before <= 0xdfff) {
    return false;
  }
  return !isDefaultIgnorable(before) && !isStrippableControl(before);
}

function isRtlLetter(cp: number): boolean {
  return (
    (cp >= 0x0590 && cp <= 0x08ff) ||
    (cp >= 0xfb1d && cp <= 0xfdff) ||
    (cp >= 0xfe70 && cp <= 0xfefe)
  );
}

function pictographicContext(cp: number): boolean {
  return cp >= 0 && (isExtendedPictographic(cp) || isEmojiModifier(cp));
}

/**
 * Inside a run of invisible characters being removed: whether the code point
 * at `j` is removed too, decided without building a run record. Answers
 * `'invisible'` or `'bidi'` (the kind {@link scanInvisible} would report)
 * only where {@link scanInvisible} would call it not legitimate; anything
 * else is `undefined` and takes the full check. `prevBase` is the visible
 * code point before the run, already mapped as {@link scanInvisible} maps
 * it, or -1. A joiner, directional mark or BOM followed by another invisible
 * character (or by nothing) joins, marks or starts nothing.
 *
 * @example
 * ```ts
 * removedInRun('a\u200d\u200d\u200db', 1, 0x61); // 'invisible': a joiner before a joiner
 * removedInRun('a\u200d\u200d\u200db', 3, 0x61); // undefined: the last one needs the full check
 * ```
 */
export function removedInRun(
  text: string,
  j: number,
  prevBase: number,
): 'invisible' | 'bidi' | undefined {
  if (j <= 0 || j >= text.length) return undefined;
  const cp = text.charCodeAt(j);
  if (cp === 0xfeff) return 'invisible'; // a BOM is legitimate only at offset 0
  const joiner = cp === 0x200d || cp === 0x200c;
  const mark = cp === 0x200e || cp === 0x200f || cp === 0x061c;
  if (!joiner && !mark) return undefined;
  const next = codePointAt(text, j + 1);
  if (next >= 0 && !isDefaultIgnorable(next)) return undefined;
  if (joiner) return 'invisible';
  return isRtlLetter(prevBase) ? undefined : 'bidi';
}

/**
 * Classifies the default-ignorable code point `cp` at `i` (and, for tag and
 * variation-selector runs, the rest of its run). `prevBase` is the last
 * visible code point before it, or -1. `neighbour`, when given, maps a
 * neighbouring code point to the one that will stand there in the output
 * (the sanitiser passes its NFKC mapping), so a second run over the output
 * makes the same decisions.
 */
export function scanInvisible(
  text: string,
  i: number,
  cp: number,
  prevBase: number,
  neighbour?: (cp: number, side: 'before' | 'after') => number,
  decodeHidden = true,
): InvisibleRun {
  if (neighbour !== undefined && prevBase >= 0) prevBase = neighbour(prevBase, 'before');
  if (isTag(cp) || isVariationSelector(cp)) {
    // Tag and variation-selector sequences qualify only directly after their
    // base: one removed character in between and the base no longer applies.
    const base = directBase(text, i) ? prevBase : -1;
    return isTag(cp)
      ? scanTags(text, i, base, decodeHidden)
      : scanSelectors(text, i, base, decodeHidden);
  }
  const end = i + (cp > 0xffff ? 2 : 1);
  if (isBidiControl(cp)) {
    // Directional marks beside right-to-left letters are ordinary typography;
    // embeddings, overrides and isolates are what Trojan Source uses.
    const mark = cp === 0x200e || cp === 0x200f || cp === 0x061c;
    const legitimate =
      mark && (isRtlLetter(prevBase) || isRtlLetter(visibleAfter(text, end, neighbour)));
    return { end, kind: 'bidi', count: 1, legitimate, hidden: undefined };
  }
  let legitimate = false;
  if (cp === 0x200d || cp === 0x200c) {
    // Cheap test first: with no visible character after it, a joiner joins nothing.
    const next = visibleAfter(text, end, neighbour);
    legitimate =
      next >= 0 &&
      prevBase >= 0 &&
      ((isJoiningScript(prevBase) && isJoiningScript(next)) ||
        (cp === 0x200d && pictographicContext(prevBase) && pictographicContext(next)));
  } else if (cp === 0xfeff) {
    legitimate = i === 0;
  } else if ((cp >= 0x180b && cp <= 0x180d) || cp === 0x180f) {
    legitimate = prevBase >= 0x1800 && prevBase <= 0x18af; // Mongolian free variation selectors
  }
  return { end, kind: 'invisible', count: 1, legitimate, hidden: undefined };
}

function scanTags(text: string, i: number, prevBase: number, decodeHidden: boolean): InvisibleRun {
  const flag = prevBase === 0x1f3f4;
  let j = i;
  let count = 0;
  let cancelled = false;
  let codes: number[] | undefined;
  let subdivision = '';
  while (j < text.length) {
    const cp = text.codePointAt(j)!;
    if (!isTag(cp)) break;
    count++;
    j += 2;
    if (cp === 0xe007f) {
      cancelled = true;
      if (flag) break; // a flag sequence ends at CANCEL TAG
      continue;
    }
    if (cp >= 0xe0020 && cp <= 0xe007e) {
      if (decodeHidden) {
        codes ??= [];
        codes.push(cp - 0xe0000);
      }
      if (flag && subdivision.length <= MAX_SUBDIVISION)
        subdivision += String.fromCharCode(cp - 0xe0000);
    }
  }
  // UTS #51 emoji tag sequence: BLACK FLAG, a subdivision code (e.g. gbsct), CANCEL TAG.
  const legitimate =
    flag &&
    cancelled &&
    subdivision.length >= 3 &&
    subdivision.length <= MAX_SUBDIVISION &&
    /^[a-z]{2}[a-z0-9]{1,4}$/.test(subdivision);
  return {
    end: j,
    kind: 'tag',
    count,
    legitimate,
    hidden: legitimate || codes === undefined ? undefined : fromCodes(codes),
  };
}

const CHUNK = 8192;
function fromCodes(codes: readonly number[]): string {
  let out = '';
  for (let k = 0; k < codes.length; k += CHUNK) {
    out += String.fromCharCode.apply(null, codes.slice(k, k + CHUNK));
  }
  return out;
}

function scanSelectors(
  text: string,
  i: number,
  prevBase: number,
  decodeHidden: boolean,
): InvisibleRun {
  let j = i;
  let count = 0;
  let bytes: number[] | undefined;
  while (j < text.length) {
    const cp = text.codePointAt(j)!;
    if (!isVariationSelector(cp)) break;
    count++;
    j += cp > 0xffff ? 2 : 1;
    // "Emoji smuggling" maps bytes 0-15 to VS1-VS16 and 16-255 to VS17-VS256.
    if (decodeHidden && count <= 0x10000) {
      bytes ??= [];
      bytes.push(cp <= 0xfe0f ? cp - 0xfe00 : cp - 0xe0100 + 16);
    }
  }
  const first = text.codePointAt(i)!;
  // Legitimate: one selector forming a known kind of variation sequence.
  // VS15/VS16 pick text or emoji presentation; VS1-VS14 select standardized
  // variants of symbols and CJK compatibility forms; VS17+ are ideographic.
  const legitimate =
    count === 1 &&
    prevBase >= 0 &&
    (first >= 0xe0100
      ? isIdeograph(prevBase)
      : first >= 0xfe0e
        ? isExtendedPictographic(prevBase) || isKeycapBase(prevBase)
        : prevBase >= 0x80 && !isWhitespace(prevBase));
  let hidden: string | undefined;
  if (!legitimate && bytes !== undefined && bytes.length >= 4) {
    const decoded = new TextDecoder('utf-8', { fatal: false }).decode(Uint8Array.from(bytes));
    let printable = 0;
    for (let k = 0; k < decoded.length; k++) {
      const c = decoded.charCodeAt(k);
      if ((c >= 0x20 && c < 0x7f) || c === 0x0a || (c >= 0xa0 && c !== 0xfffd)) printable++;
    }
    if (printable >= decoded.length * 0.8) hidden = decoded;
  }
  return { end: j, kind: 'variation_selector', count, legitimate, hidden };
}
