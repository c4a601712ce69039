import { ParapetInputError } from '../../errors.js';
import { parseOptions } from '../../internal/config.js';
import { removedInRun, scanInvisible } from '../text/invisible.js';
import { type OffsetMap, OffsetMapBuilder } from '../text/offset-map.js';
import {
  isBidiControl,
  isDefaultIgnorable,
  isEmojiModifier,
  isLineBreak,
  isMark,
  isPlainInvisible,
  isStableAstral,
  isStrippableControl,
  isTag,
  isVariationSelector,
  isWhitespace,
  scalarAt,
} from '../text/unicode.js';
import {
  type ResolvedSanitizeOptions,
  type SanitizeOptions,
  sanitizeOptionsSchema,
} from './options.js';
import { createTokenPattern, insertions } from './tokens.js';

/** What one sanitiser change did. */
export type SanitizeChangeKind =
  | 'control_removed'
  | 'surrogate_replaced'
  | 'bidi_removed'
  | 'invisible_removed'
  | 'tag_removed'
  | 'variation_selector_removed'
  | 'normalized'
  | 'whitespace_collapsed'
  | 'token_neutralized'
  | 'markdown_escaped'
  | 'truncated';

/** One change, located by `[start, end)` offsets in the original input. Adjacent changes of one kind are merged. */
export interface SanitizeChange {
  readonly kind: SanitizeChangeKind;
  readonly start: number;
  readonly end: number;
}

/** Result of sanitising one string. */
export interface SanitizeResult {
  /** The sanitised text; empty when `rejected`. */
  readonly text: string;
  /** True when `text` differs from the input. */
  readonly changed: boolean;
  /** True when the output exceeded `maxLength` and `onOverflow` is `reject`. */
  readonly rejected: boolean;
  /** Changes in input order, at most `maxChanges` of them. */
  readonly changes: readonly SanitizeChange[];
  /**
   * Change records beyond `maxChanges` that were counted but not listed
   * (adjacent changes of one kind merge into one record, listed or not).
   */
  readonly changesOmitted: number;
  /** Exact number of affected code points (removals, replacements) or occurrences (the rest), per kind. */
  readonly counts: Readonly<Record<SanitizeChangeKind, number>>;
}

/** A compiled sanitiser. */
export interface Sanitizer {
  /** The resolved, frozen options. */
  readonly options: ResolvedSanitizeOptions;
  /**
   * Sanitises `text`. Never throws for any string (lone surrogates included);
   * idempotent: sanitising the output again changes nothing.
   */
  sanitize(text: string): SanitizeResult;
}

const KINDS: readonly SanitizeChangeKind[] = [
  'control_removed',
  'surrogate_replaced',
  'bidi_removed',
  'invisible_removed',
  'tag_removed',
  'variation_selector_removed',
  'normalized',
  'whitespace_collapsed',
  'token_neutralized',
  'markdown_escaped',
  'truncated',
];

function zeroCounts(): Record<SanitizeChangeKind, number> {
  const counts = {} as Record<SanitizeChangeKind, number>;
  for (const kind of KINDS) counts[kind] = 0;
  return counts;
}

const NO_CHANGES: readonly SanitizeChange[] = Object.freeze([]);
const ZERO_COUNTS = Object.freeze(zeroCounts());

/** Collects changes, merging adjacent ones of the same kind and capping the list. */
class ChangeLog {
  readonly list: { kind: SanitizeChangeKind; start: number; end: number }[] = [];
  readonly counts = zeroCounts();
  /** Records beyond the cap: exactly those an uncapped log would list after its first `max`. */
  omitted = 0;
  readonly #max: number;
  // The last record past the cap, kept only to merge into it as the list would.
  #overKind: SanitizeChangeKind | undefined;
  #overStart = 0;
  #overEnd = 0;
  constructor(max: number) {
    this.#max = max;
  }
  add(kind: SanitizeChangeKind, start: number, end: number, count = 1): void {
    this.counts[kind] += count;
    if (this.#overKind !== undefined) {
      if (this.#overKind === kind && this.#overEnd >= start && this.#overStart <= start) {
        if (end > this.#overEnd) this.#overEnd = end;
        return;
      }
    } else {
      const last = this.list[this.list.length - 1];
      if (last !== undefined && last.kind === kind && last.end >= start && last.start <= start) {
        if (end > last.end) last.end = end;
        return;
      }
      if (this.list.length < this.#max) {
        this.list.push({ kind, start, end });
        return;
      }
    }
    this.omitted++;
    this.#overKind = kind;
    this.#overStart = start;
    this.#overEnd = end;
  }
  get empty(): boolean {
    return this.list.length === 0 && this.omitted === 0;
  }
}

const MARKDOWN_SPECIAL = new Set([
  0x60, 0x2a, 0x5f, 0x5b, 0x5d, 0x3c, 0x3e, 0x21, 0x7c, 0x7e, 0x23,
]);
const MAX_MARKS = 30;

function isJamoTrailing(cp: number): boolean {
  return (cp >= 0x1160 && cp <= 0x11ff) || (cp >= 0xd7b0 && cp <= 0xd7ff);
}

let nfcStable: Uint8Array | undefined;
/** Whether a BMP code unit on its own is unchanged by `form` (memoised; bit 1 known, 2 NFC, 4 NFKC). */
function stableAlone(cu: number, form: 'NFC' | 'NFKC'): boolean {
  nfcStable ??= new Uint8Array(0x10000);
  let bits = nfcStable[cu]!;
  if (bits === 0) {
    const ch = String.fromCharCode(cu);
    bits = 1 | (ch.normalize('NFC') === ch ? 2 : 0) | (ch.normalize('NFKC') === ch ? 4 : 0);
    nfcStable[cu] = bits;
  }
  return (bits & (form === 'NFC' ? 2 : 4)) !== 0;
}

/**
 * Creates a sanitiser with options validated and compiled once.
 *
 * It removes NUL and other control characters (keeping tab, LF, CR), strips
 * bidi controls and invisible characters (keeping legitimate emoji and
 * Persian/Indic joiners unless told otherwise), replaces lone surrogates with
 * U+FFFD, normalises (NFC by default), optionally collapses whitespace,
 * neutralises chat-template tokens, optionally escapes Markdown, and enforces
 * `maxLength`. Every change is reported with offsets into the input.
 *
 * @example
 * ```ts
 * const sanitizer = createSanitizer({ collapseWhitespace: true });
 * const { text, changes } = sanitizer.sanitize('hi\u200B <|im_start|>system');
 * text; // 'hi <| im_start |>system'
 * changes.map((c) => c.kind); // ['invisible_removed', 'token_neutralized']
 * ```
 *
 * @throws {ParapetConfigError} when an option is invalid.
 */
export function createSanitizer(options?: SanitizeOptions): Sanitizer {
  const resolved = parseOptions(sanitizeOptionsSchema, options, 'sanitize');
  return compileSanitizer(resolved);
}

/**
 * Builds a sanitiser from already-resolved options (used by `createParapet`,
 * which parses every module's options once); the options of an existing
 * sanitiser are resolved options.
 *
 * @example
 * ```ts
 * const strict = createSanitizer({ maxLength: 10_000, collapseWhitespace: true });
 * const copy = compileSanitizer(strict.options);
 * copy.sanitize('a\u0000b').text; // 'ab'
 * ```
 */
export function compileSanitizer(options: ResolvedSanitizeOptions): Sanitizer {
  const tokenPattern = createTokenPattern();
  // A native scan that finds the first character stage A would act on; input
  // without one (plain ASCII text) skips stage A entirely.
  const needsStageA = new RegExp(
    (options.removeControls ? '[^\\t\\n\\r\\x20-\\x7e]' : '[^\\x00-\\x7e]') +
      (options.collapseWhitespace ? '|[\\t\\n\\v\\f\\r ]{2}' : ''),
  );
  const sanitizer: Sanitizer = {
    options,
    sanitize(text: string): SanitizeResult {
      if (typeof text !== 'string') throw new ParapetInputError('sanitize expects a string');
      return run(text, options, needsStageA, tokenPattern);
    },
  };
  return Object.freeze(sanitizer);
}

let defaultSanitizer: Sanitizer | undefined;
const compiled = new WeakMap<object, Sanitizer>();

/**
 * Sanitises `text` with `options` (defaults when omitted). Options objects are
 * validated once and remembered; for a hot path prefer {@link createSanitizer}
 * or `createParapet().sanitize`.
 *
 * @example
 * ```ts
 * const result = sanitize('Hello\u0000 world\u202E');
 * result.text; // 'Hello world'
 * result.counts.control_removed; // 1
 * ```
 *
 * @throws {ParapetConfigError} when an option is invalid.
 * @throws {ParapetInputError} when `text` is not a string.
 */
export function sanitize(text: string, options?: SanitizeOptions): SanitizeResult {
  if (options === undefined) {
    defaultSanitizer ??= createSanitizer();
    return defaultSanitizer.sanitize(text);
  }
  let sanitizer = compiled.get(options);
  if (sanitizer === undefined) {
    sanitizer = createSanitizer(options);
    compiled.set(options, sanitizer);
  }
  return sanitizer.sanitize(text);
}

function run(
  text: string,
  o: ResolvedSanitizeOptions,
  needsStageA: RegExp,
  tokenPattern: RegExp,
): SanitizeResult {
  const log = new ChangeLog(o.maxChanges);
  const a = needsStageA.test(text) ? stageA(text, o, log) : identityStage(text);
  const b = stageB(text, a, o, tokenPattern, log);
  let out = b.text;
  let rejected = false;
  if (out.length > o.maxLength) {
    if (o.onOverflow === 'reject') {
      rejected = true;
      out = '';
    } else {
      const cut = safeCut(out, o.maxLength, b.tokens);
      log.add('truncated', b.originalOffset(cut), text.length, 1);
      out = out.slice(0, cut);
    }
  }
  if (log.empty && !rejected) {
    return {
      text,
      changed: false,
      rejected: false,
      changes: NO_CHANGES,
      changesOmitted: 0,
      counts: ZERO_COUNTS,
    };
  }
  const changes = log.list.length > 1 ? log.list.sort((x, y) => x.start - y.start) : log.list;
  return {
    text: out,
    changed: out !== text,
    rejected,
    changes: Object.freeze(changes.map((c) => Object.freeze(c))),
    changesOmitted: log.omitted,
    counts: Object.freeze(log.counts),
  };
}

/** Stage A output: text plus the way back to the original (undefined when unchanged). */
interface StageA {
  readonly text: string;
  originalStart(k: number): number;
  toOriginal(start: number, end: number): readonly [number, number];
}

function identityStage(text: string): StageA {
  return { text, originalStart: (k) => k, toOriginal: (s, e) => [s, e] };
}

/** Chains a pass's map after the previous stage's, so spans always land in the original. */
function chain(previous: StageA, text: string, map: OffsetMap | undefined): StageA {
  if (map === undefined) return previous;
  const inner = previous.text.length;
  return {
    text,
    originalStart: (k) => previous.originalStart(k < map.viewLength ? map.originalStart(k) : inner),
    toOriginal: (s, e) => {
      const span = map.toOriginal(s, e);
      return previous.toOriginal(span.start, span.end);
    },
  };
}

/**
 * Output of a stage-A pass. It records nothing until the first change: then
 * it takes the unchanged prefix as one slice and continues from there, so
 * input that needs no change costs one scan and no allocation. Output is kept
 * as string pieces (slices are O(1)) and joined once.
 */
class LazyWriter {
  #pieces: string[] | undefined;
  #map: OffsetMapBuilder | undefined;
  readonly #source: string;

  constructor(source: string) {
    this.#source = source;
  }

  get building(): boolean {
    return this.#pieces !== undefined;
  }

  /** Starts recording; `source[0, upTo)` is taken unchanged. */
  begin(upTo: number): void {
    if (this.#pieces !== undefined) return;
    this.#pieces = [];
    this.#map = new OffsetMapBuilder();
    this.copy(0, upTo);
  }

  /** Takes `source[start, end)` unchanged (a no-op before `begin`). */
  copy(start: number, end: number): void {
    if (this.#pieces === undefined || end <= start) return;
    this.#pieces.push(this.#source.slice(start, end));
    this.#map!.push(end - start, start, end - start);
  }

  /** Writes `units`, derived as a block from `source[start, end)` (1:1 when the lengths match). */
  write(units: string, start: number, end: number): void {
    this.#pieces!.push(units);
    this.#map!.push(units.length, start, end - start);
  }

  /** Replaces the last written unit with `cu` and extends its source range to `end` (callers keep that piece short). */
  replaceLast(cu: number, end: number): void {
    const pieces = this.#pieces!;
    const last = pieces.length - 1;
    const piece = pieces[last]!;
    pieces[last] = piece.slice(0, -1) + String.fromCharCode(cu);
    this.#map!.extendLast(end);
  }

  finish(): { text: string; map: OffsetMap | undefined } {
    if (this.#pieces === undefined) return { text: this.#source, map: undefined };
    return { text: this.#pieces.join(''), map: this.#map!.build(this.#source.length) };
  }
}

function stageA(text: string, o: ResolvedSanitizeOptions, log: ChangeLog): StageA {
  const origin = identityStage(text);
  const removed = removalPass(text, o, log);
  const afterRemoval = chain(origin, removed.text, removed.map);
  const normalized = normalizePass(afterRemoval, o, log);
  return chain(afterRemoval, normalized.text, normalized.map);
}

function neighbourFor(form: ResolvedSanitizeOptions['normalization']) {
  if (form !== 'NFKC') return undefined;
  return (cp: number, side: 'before' | 'after'): number => {
    const folded = String.fromCodePoint(cp).normalize('NFKC');
    if (folded.length === 0) return cp;
    return side === 'after' ? folded.codePointAt(0)! : lastCodePoint(folded);
  };
}

function lastCodePoint(text: string): number {
  const last = text.charCodeAt(text.length - 1);
  if (last >= 0xdc00 && last <= 0xdfff && text.length >= 2)
    return text.codePointAt(text.length - 2)!;
  return last;
}

/** Pass 1: controls, lone surrogates and invisible characters. */
function removalPass(
  text: string,
  o: ResolvedSanitizeOptions,
  log: ChangeLog,
): { text: string; map: OffsetMap | undefined } {
  const n = text.length;
  const out = new LazyWriter(text);
  const neighbour = neighbourFor(o.normalization);
  let prevBase = -1;
  // Start of the unchanged stretch not yet taken into `out`.
  let copyFrom = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (o.removeControls && isStrippableControl(c)) {
        out.begin(copyFrom);
        out.copy(copyFrom, i);
        let j = i + 1;
        while (j < n && isStrippableControl(text.charCodeAt(j))) j++;
        log.add('control_removed', i, j, j - i);
        copyFrom = i = j;
        continue;
      }
      prevBase = c;
      i++;
      continue;
    }
    const cp = c >= 0xd800 && c <= 0xdfff ? scalarAt(text, i) : c;
    if (cp < 0) {
      out.begin(copyFrom);
      out.copy(copyFrom, i);
      let j = i + 1;
      // After a lone surrogate, a low half is lone too; a high half may start a pair.
      while (j < n && scalarAt(text, j) < 0) j++;
      out.write('\ufffd'.repeat(j - i), i, j);
      log.add('surrogate_replaced', i, j, j - i);
      prevBase = 0xfffd;
      copyFrom = i = j;
      continue;
    }
    const len = cp > 0xffff ? 2 : 1;
    if (o.stripInvisible && isPlainInvisible(cp)) {
      // Zero-width spaces, word joiners, bidi overrides...: never legitimate.
      out.begin(copyFrom);
      out.copy(copyFrom, i);
      let j = i;
      let bidi = 0;
      let other = 0;
      while (j < n) {
        const k = text.codePointAt(j)!;
        if (!isPlainInvisible(k)) break;
        if (isBidiControl(k)) {
          if (other > 0) log.add('invisible_removed', j - other, j, other);
          other = 0;
          bidi++;
        } else {
          if (bidi > 0) log.add('bidi_removed', j - bidi, j, bidi);
          bidi = 0;
          other++;
        }
        j += k > 0xffff ? 2 : 1;
      }
      if (bidi > 0) log.add('bidi_removed', j - bidi, j, bidi);
      if (other > 0) log.add('invisible_removed', j - other, j, other);
      copyFrom = i = j;
      continue;
    }
    if (o.stripInvisible && isDefaultIgnorable(cp)) {
      const invisible = scanInvisible(text, i, cp, prevBase, neighbour, false);
      if (!(invisible.legitimate && o.keepLegitimateInvisible)) {
        out.begin(copyFrom);
        out.copy(copyFrom, i);
        log.add(REMOVAL_KIND[invisible.kind], i, invisible.end, invisible.count);
        // The joiners, marks and BOMs that follow and are removed as well,
        // without a full check each (a flood of them stays cheap).
        let j = invisible.end;
        const mapped =
          neighbour !== undefined && prevBase >= 0 ? neighbour(prevBase, 'before') : prevBase;
        let kind = removedInRun(text, j, mapped);
        while (kind !== undefined) {
          // One log entry per stretch of one kind (the log merges them anyway).
          const from = j;
          let next = removedInRun(text, ++j, mapped);
          while (next === kind) next = removedInRun(text, ++j, mapped);
          log.add(REMOVAL_KIND[kind], from, j, j - from);
          kind = next;
        }
        copyFrom = j;
        i = j;
        continue;
      }
      i = invisible.end;
      continue;
    }
    if (o.removeControls && isStrippableControl(cp)) {
      out.begin(copyFrom);
      out.copy(copyFrom, i);
      log.add('control_removed', i, i + 1);
      copyFrom = ++i;
      continue;
    }
    prevBase = cp;
    i += len;
  }
  out.copy(copyFrom, n);
  return out.finish();
}

const REMOVAL_KIND = {
  bidi: 'bidi_removed',
  tag: 'tag_removed',
  variation_selector: 'variation_selector_removed',
  invisible: 'invisible_removed',
} as const satisfies Record<string, SanitizeChangeKind>;

/** Pass 2: Unicode normalisation per combining sequence, then whitespace collapsing. */
function normalizePass(
  stage: StageA,
  o: ResolvedSanitizeOptions,
  log: ChangeLog,
): { text: string; map: OffsetMap | undefined } {
  const text = stage.text;
  const form = o.normalization;
  const collapse = o.collapseWhitespace;
  if (form === 'none' && !collapse) return { text, map: undefined };
  const n = text.length;
  const out = new LazyWriter(text);
  let copyFrom = 0;
  // Whitespace run being collapsed: where it started, its length, and the line
  // break it keeps (LF if it had one, else its first break: CR, U+2028...).
  let runStart = -1;
  let runLength = 0;
  let runBreak = 0;
  // Whether the run's unit is already its own output piece. Once it is, each
  // further unit only replaces that one-character piece: replacing the end of
  // a large piece would copy it every time (quadratic on long runs).
  let runWritten = false;

  // One whitespace unit from `[start, end)`; true when it collapsed into the run.
  const collapseInto = (cu: number, start: number, end: number): boolean => {
    if (runLength === 0) {
      runStart = start;
      runLength = 1;
      runBreak = isLineBreak(cu) ? cu : 0;
      runWritten = false;
      return false;
    }
    runLength++;
    if (cu === 0x0a || (runBreak === 0 && isLineBreak(cu))) runBreak = cu;
    const unit = runBreak === 0 ? 0x20 : runBreak;
    if (runWritten) {
      out.replaceLast(unit, end);
    } else {
      out.begin(copyFrom);
      out.copy(copyFrom, runStart);
      out.write(String.fromCharCode(unit), runStart, end);
      runWritten = true;
    }
    const [s, e] = stage.toOriginal(runStart, end);
    log.add('whitespace_collapsed', s, e, runLength === 2 ? 1 : 0);
    copyFrom = end;
    return true;
  };

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    const simple = c < 0x80 && (next < 0x0300 || !isMark(next));
    let j = i + 1;
    let replacement: string | undefined;
    if (!simple && form !== 'none') {
      const cp = text.codePointAt(i)!;
      // A segment: this code point, its combining marks and trailing Hangul jamo.
      j = i + (cp > 0xffff ? 2 : 1);
      let marks = 0;
      while (j < n && marks < MAX_MARKS) {
        const m = text.codePointAt(j)!;
        if (m < 0x0300 || isDefaultIgnorable(m) || !(isMark(m) || isJamoTrailing(m))) break;
        j += m > 0xffff ? 2 : 1;
        marks++;
      }
      const stable =
        (j === i + 1 && stableAlone(c, form)) || (j === i + 2 && cp > 0xffff && isStableAstral(cp));
      if (!stable) {
        const segment = text.slice(i, j);
        const result = normalizeSegment(segment, form);
        if (result !== segment) replacement = result;
      }
    } else if (!simple && c >= 0xd800 && c <= 0xdbff) {
      j = i + 2;
    }
    if (replacement === undefined) {
      if (collapse && j === i + 1 && isWhitespace(c)) collapseInto(c, i, j);
      else runLength = 0;
      i = j;
      continue;
    }
    if (runLength > 0 && !runWritten) {
      // The run's first unit is still in the unchanged stretch: make it its own piece first.
      out.begin(copyFrom);
      out.copy(copyFrom, runStart);
      out.write(text.charAt(runStart), runStart, runStart + 1);
      copyFrom = runStart + 1;
      runWritten = true;
    }
    out.begin(copyFrom);
    out.copy(copyFrom, i);
    copyFrom = j;
    const [s, e] = stage.toOriginal(i, j);
    log.add('normalized', s, e);
    if (!collapse) {
      out.write(replacement, i, j);
      i = j;
      continue;
    }
    for (let k = 0; k < replacement.length; k++) {
      const cu = replacement.charCodeAt(k);
      if (isWhitespace(cu)) {
        if (!collapseInto(cu, i, j)) {
          out.write(String.fromCharCode(cu), i, j);
          runWritten = true;
        }
      } else {
        runLength = 0;
        out.write(String.fromCharCode(cu), i, j);
      }
    }
    copyFrom = j;
    i = j;
  }
  out.copy(copyFrom, n);
  return out.finish();
}

let unitMemo: { NFC: Map<number, string>; NFKC: Map<number, string> } | undefined;
/** A lone BMP code unit normalised, memoised (at most the 65 536 units per form). */
function normalizeUnit(cu: number, form: 'NFC' | 'NFKC'): string {
  unitMemo ??= { NFC: new Map(), NFKC: new Map() };
  const memo = unitMemo[form];
  let result = memo.get(cu);
  if (result === undefined) {
    result = String.fromCharCode(cu).normalize(form);
    memo.set(cu, result);
  }
  return result;
}

const SEGMENT_CACHE_LIMIT = 1024;
let segmentCache: Map<string, string> | undefined;
/** `segment.normalize(form)`, remembered for repeated sequences (Zalgo floods repeat). */
function normalizeSegment(segment: string, form: 'NFC' | 'NFKC'): string {
  if (segment.length === 1) return normalizeUnit(segment.charCodeAt(0), form);
  if (segment.length === 2) return segment.normalize(form);
  segmentCache ??= new Map();
  const key = form === 'NFC' ? segment : `\u0000${segment}`;
  let result = segmentCache.get(key);
  if (result === undefined) {
    result = segment.normalize(form);
    if (segmentCache.size >= SEGMENT_CACHE_LIMIT) segmentCache.clear();
    segmentCache.set(key, result);
  }
  return result;
}

interface StageB {
  readonly text: string;
  /** Output ranges `[start, end)` of neutralised tokens, ascending; a cut must not fall inside one. */
  readonly tokens: readonly number[];
  /** Original offset of output offset `k`. */
  originalOffset(k: number): number;
}

function stageB(
  original: string,
  a: StageA,
  o: ResolvedSanitizeOptions,
  tokenPattern: RegExp,
  log: ChangeLog,
): StageB {
  const src = a.text;
  const toOriginal = (k: number): number => (k < src.length ? a.originalStart(k) : original.length);
  const spanOf = a.toOriginal;

  let hasTokens = false;
  if (o.neutralizeTokens) {
    tokenPattern.lastIndex = 0;
    hasTokens = tokenPattern.test(src);
  }
  if (!hasTokens && !o.escapeMarkdown) return { text: src, tokens: [], originalOffset: toOriginal };

  // Output offsets at which a character was inserted, ascending.
  const inserted: number[] = [];
  const tokens: number[] = [];
  let out = '';
  let backslashes = 0;

  const append = (piece: string, pieceStart: number): void => {
    if (!o.escapeMarkdown) {
      out += piece;
      return;
    }
    let from = 0;
    for (let k = 0; k < piece.length; k++) {
      const cu = piece.charCodeAt(k);
      if (cu === 0x5c) {
        backslashes++;
        continue;
      }
      if (MARKDOWN_SPECIAL.has(cu) && (backslashes & 1) === 0) {
        out += piece.slice(from, k);
        inserted.push(out.length);
        out += '\\';
        from = k;
        const [s, e] = spanOf(pieceStart + k, pieceStart + k + 1);
        log.add('markdown_escaped', s, e);
      }
      backslashes = 0;
    }
    out += piece.slice(from);
  };

  let last = 0;
  if (hasTokens) {
    tokenPattern.lastIndex = 0;
    for (let m = tokenPattern.exec(src); m !== null; m = tokenPattern.exec(src)) {
      const token = m[0];
      const at = m.index;
      append(src.slice(last, at), last);
      const [s, e] = spanOf(at, at + token.length);
      log.add('token_neutralized', s, e);
      tokens.push(out.length);
      let from = 0;
      for (const [point, insert] of insertions(token)) {
        append(token.slice(from, point), at + from);
        for (let k = 0; k < insert.length; k++) inserted.push(out.length + k);
        out += insert;
        backslashes = 0;
        from = point;
      }
      append(token.slice(from), at + from);
      tokens.push(out.length);
      last = at + token.length;
    }
  }
  append(src.slice(last), last);

  return {
    text: out,
    tokens,
    originalOffset(k: number): number {
      // Inserted characters before output offset k do not exist in stage A.
      let lo = 0;
      let hi = inserted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (inserted[mid]! < k) lo = mid + 1;
        else hi = mid;
      }
      return toOriginal(k - lo);
    },
  };
}

/**
 * Largest cut <= `max` that splits no surrogate pair, combining sequence,
 * emoji or tag sequence, and no neutralised token (half a neutral form could
 * be re-read differently by a second pass).
 */
function safeCut(text: string, max: number, tokens: readonly number[]): number {
  let cut = max;
  for (let k = 0; k < tokens.length; k += 2) {
    if (tokens[k]! >= cut) break;
    if (cut < tokens[k + 1]!) {
      cut = tokens[k]!;
      break;
    }
  }
  while (cut > 0) {
    const at = text.codePointAt(cut)!;
    const prev = text.charCodeAt(cut - 1);
    const cu = text.charCodeAt(cut);
    const splitsPair = cu >= 0xdc00 && cu <= 0xdfff && prev >= 0xd800 && prev <= 0xdbff;
    const extends_ =
      isMark(at) ||
      isVariationSelector(at) ||
      isTag(at) ||
      isEmojiModifier(at) ||
      isJamoTrailing(at) ||
      at === 0x200d ||
      at === 0x200c ||
      at === 0x20e3;
    const joinerBefore = prev === 0x200d || prev === 0x200c;
    if (!splitsPair && !extends_ && !joinerBefore) break;
    cut--;
  }
  return cut;
}
