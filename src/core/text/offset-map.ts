import { ParapetInputError } from '../../errors.js';

/** A half-open range of UTF-16 offsets, `start <= end`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Maps offsets of a derived string (the "view") back to the string it was
 * derived from, and the other way.
 *
 * The map is a list of runs. A run of equal length on both sides is linear
 * (view unit `k` of the run maps to original unit `k`); any other run is
 * atomic (each of its view units maps to the whole original run). Original
 * code units that were removed fall between runs. Memory is proportional to
 * the number of edits, not to the length of the text.
 *
 * @example
 * ```ts
 * const { text, map } = normalize('Ign\u043Ere previous\u200B instructions');
 * text; // 'ignore previous instructions'
 * map.toOriginal(7, 15); // { start: 7, end: 15 }: 'previous' in the input
 * map.toView(0, 6); // { start: 0, end: 6 }: 'ignore' in the view
 * ```
 */
export class OffsetMap {
  readonly viewLength: number;
  readonly originalLength: number;
  // Interleaved [viewStart, viewLength, originalStart, originalLength] per run.
  readonly #runs: readonly number[];
  readonly #count: number;

  constructor(runs: readonly number[], viewLength: number, originalLength: number) {
    this.#runs = runs;
    this.#count = runs.length >> 2;
    this.viewLength = viewLength;
    this.originalLength = originalLength;
  }

  /** Map for a view identical in length and alignment to its original. */
  static identity(length: number): OffsetMap {
    return new OffsetMap(length === 0 ? [] : [0, length, 0, length], length, length);
  }

  /** Number of runs; 1 for an identity map. */
  get runCount(): number {
    return this.#count;
  }

  /** Index of the run holding view unit `v` (0 <= v < viewLength). */
  #runOfView(v: number): number {
    const runs = this.#runs;
    let lo = 0;
    let hi = this.#count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (runs[mid * 4]! <= v) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Original offset where view unit `v` starts. */
  originalStart(v: number): number {
    const r = this.#runOfView(v) * 4;
    const runs = this.#runs;
    const vLen = runs[r + 1]!;
    const oLen = runs[r + 3]!;
    return vLen === oLen ? runs[r + 2]! + (v - runs[r]!) : runs[r + 2]!;
  }

  /** Original offset where view unit `v` ends (exclusive). */
  originalEnd(v: number): number {
    const r = this.#runOfView(v) * 4;
    const runs = this.#runs;
    const vLen = runs[r + 1]!;
    const oLen = runs[r + 3]!;
    return vLen === oLen ? runs[r + 2]! + (v - runs[r]!) + 1 : runs[r + 2]! + oLen;
  }

  /**
   * The span of the original covered by view span `[start, end)`. An empty
   * view span maps to an empty original span at the corresponding position.
   *
   * @throws {ParapetInputError} when the span is not within the view.
   */
  toOriginal(start: number, end: number): Span {
    checkSpan(start, end, this.viewLength);
    if (start === end) {
      const at = start < this.viewLength ? this.originalStart(start) : this.#originalTail();
      return { start: at, end: at };
    }
    return { start: this.originalStart(start), end: this.originalEnd(end - 1) };
  }

  /** End of the last mapped original unit (removed trailing units are outside every view span). */
  #originalTail(): number {
    if (this.viewLength === 0) return this.originalLength;
    return this.originalEnd(this.viewLength - 1);
  }

  /**
   * The smallest view span whose original span covers as much of original
   * `[start, end)` as survives in the view. Removed characters map to an
   * empty view span.
   *
   * @throws {ParapetInputError} when the span is not within the original.
   */
  toView(start: number, end: number): Span {
    checkSpan(start, end, this.originalLength);
    // First view unit whose original end is > start.
    let lo = 0;
    let hi = this.viewLength;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.originalEnd(mid) > start) hi = mid;
      else lo = mid + 1;
    }
    const viewStart = lo;
    // First view unit whose original start is >= end.
    lo = viewStart;
    hi = this.viewLength;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.originalStart(mid) >= end) hi = mid;
      else lo = mid + 1;
    }
    return { start: viewStart, end: Math.max(viewStart, lo) };
  }
}

function checkSpan(start: number, end: number, length: number): void {
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    end < start ||
    end > length
  ) {
    throw new ParapetInputError('span must be integers with 0 <= start <= end <= length');
  }
}

/**
 * Builds an {@link OffsetMap} while a view is written left to right. Callers
 * report each piece of view output with the original range it came from.
 */
export class OffsetMapBuilder {
  readonly #runs: number[] = [];
  #viewLength = 0;

  /** Appends `viewLength` view units derived from original `[start, start + length)`. */
  push(viewLength: number, start: number, length: number): void {
    const runs = this.#runs;
    const last = runs.length - 4;
    if (
      viewLength === length &&
      last >= 0 &&
      runs[last + 1] === runs[last + 3] &&
      runs[last + 2]! + runs[last + 3]! === start
    ) {
      runs[last + 1]! += viewLength;
      runs[last + 3]! += length;
    } else {
      runs.push(this.#viewLength, viewLength, start, length);
    }
    this.#viewLength += viewLength;
  }

  /** Extends the original range of the last view unit to end at `end` (used when collapsing runs). */
  extendLast(end: number): void {
    const runs = this.#runs;
    const last = runs.length - 4;
    if (last < 0) return;
    const vLen = runs[last + 1]!;
    if (vLen === runs[last + 3]! && vLen > 1) {
      // Split the final unit off a linear run.
      runs[last + 1] = vLen - 1;
      runs[last + 3] = vLen - 1;
      const unitStart = runs[last + 2]! + vLen - 1;
      runs.push(this.#viewLength - 1, 1, unitStart, end - unitStart);
      return;
    }
    runs[last + 3] = end - runs[last + 2]!;
  }

  get viewLength(): number {
    return this.#viewLength;
  }

  build(originalLength: number): OffsetMap {
    return new OffsetMap(this.#runs, this.#viewLength, originalLength);
  }
}
