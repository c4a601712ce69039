/**
 * Echoes: later occurrences of a secret value the engine found earlier in
 * the same text or stream, written without the label or context that let
 * the engine find it (`DB_PASSWORD=...` in a CI log, then `connecting with
 * ...`). The sweep puts them between the engine's groups, left to right, so
 * that a one-shot call and a stream (which sweeps each stretch once it can
 * no longer change) decide every position on the same information and
 * produce the same output.
 *
 * @module
 */

import { isAlnum } from './chars.js';
import type { Candidate, Group } from './engine.js';

/** Shortest value remembered: shorter ones are too likely to be ordinary words. */
export const ECHO_MIN = 8;
/** Longest value remembered (UTF-16 units). */
export const ECHO_MAX = 256;
/** Most distinct values one call or stream remembers; later ones are not remembered. */
export const ECHO_VALUES = 1024;
/**
 * Most values remembered that share their first {@link ECHO_MIN} units:
 * each position of the text whose head matches is compared with every one
 * of them, so without a bound, values crafted to share a head and a text
 * made of that head would cost a comparison per value at every position.
 */
export const ECHO_SAME_HEAD = 4;
/** Most units of glue an occurrence takes in on each side (see {@link isGlue}). */
export const ECHO_GLUE = 64;

/**
 * `[A-Za-z0-9_@+-]`: a unit glued to an occurrence is redacted with it, so
 * that what is left cannot read as something new (`-@example.org` after
 * the redacted value would read as an email on a second pass).
 */
function isGlue(c: number): boolean {
  return isAlnum(c) || c === 95 || c === 64 || c === 43 || c === 45;
}

/** Where the glue before `at` starts (at most {@link ECHO_GLUE} units back, within `text`). */
function glueStart(text: string, base: number, at: number): number {
  const floor = Math.max(base, at - ECHO_GLUE);
  let i = at;
  while (i > floor && isGlue(text.charCodeAt(i - 1 - base))) i--;
  return i;
}

/** Where the glue from `at` ends (at most {@link ECHO_GLUE} units on, within `text`). */
function glueEnd(text: string, base: number, at: number): number {
  const ceiling = Math.min(base + text.length, at + ECHO_GLUE);
  let i = at;
  while (i < ceiling && isGlue(text.charCodeAt(i - base))) i++;
  return i;
}

/** A remembered value and the finding it was first found as. */
interface Known {
  readonly value: string;
  readonly source: Candidate;
}

/** What {@link Echoes.sweep} decided. */
export interface Swept {
  /** Every group passed in, and the echoes found between them, in order. */
  readonly groups: Group[];
  /** Absolute offset up to which the output is decided. */
  readonly stop: number;
}

/** An echo in the making: its span, and the winner (its first value) it is reported with. */
interface Pending {
  start: number;
  end: number;
  winner: Candidate;
}

/**
 * A value that ran on through a group: it started at `at` and the text
 * matches it up to the start of the gap being swept, where its rest, as far
 * as the text still matches it, is an echo too.
 */
interface Carry {
  readonly known: Known;
  readonly at: number;
}

/**
 * The values remembered by one call or one stream, and the sweep that
 * finds their later occurrences.
 */
export class Echoes {
  /**
   * The first two units of every value, hashed to one bit of 65,536: a cheap
   * test before the lookup (8 KB, made when the first value is remembered).
   */
  #pairs: Uint32Array | undefined;
  /** The bits set in `#pairs`, to clear them in {@link Echoes.reset}. */
  readonly #bits: number[] = [];
  /** The first two units of each value while there are few: `indexOf` finds them fastest. */
  readonly #heads: string[] = [];
  /**
   * Per head, where `indexOf` last found it in the text being swept
   * (absolute; `Infinity`: nowhere after), so no stretch is searched twice.
   */
  readonly #found: number[] = [];
  /** Values by a hash of their first {@link ECHO_MIN} units, longest first. */
  readonly #byHead = new Map<number, Known[]>();
  readonly #seen = new Set<string>();
  #longest = 0;
  /** A value running on past where the last sweep stopped (a stream's next sweep resumes it). */
  #carry: Carry | undefined;
  /** Where the last sweep stopped. */
  #stopped = 0;

  /** Forgets every value: one instance serves call after call. */
  reset(): void {
    this.#carry = undefined;
    this.#stopped = 0;
    if (this.#longest === 0) return;
    const pairs = this.#pairs!;
    for (const bit of this.#bits) pairs[bit >>> 5] = 0;
    this.#bits.length = 0;
    this.#heads.length = 0;
    this.#byHead.clear();
    this.#seen.clear();
    this.#longest = 0;
  }

  /**
   * Remembers the value of `group` (in `text`, which starts at absolute
   * offset `base`) when it is a secret of a remembered length on one line.
   */
  #learn(text: string, base: number, group: Group): void {
    const winner = group.winner;
    const info = winner.info;
    const length = group.end - group.start;
    if (info.category !== 'secret' || info.block || winner.piece === true || winner.echo === true)
      return;
    if (length < ECHO_MIN || length > ECHO_MAX || this.#seen.size >= ECHO_VALUES) return;
    // A copy, not a slice: a slice would keep the whole input alive.
    const value = ` ${text.slice(group.start - base, group.end - base)}`.slice(1);
    if (this.#seen.has(value) || /[\r\n]/.test(value)) return;
    const key = headHash(value, 0);
    const list = this.#byHead.get(key);
    if (list !== undefined && list.length >= ECHO_SAME_HEAD) return;
    this.#seen.add(value);
    const head = value.charCodeAt(0);
    const known: Known = { value, source: winner };
    if (list === undefined) this.#byHead.set(key, [known]);
    else {
      let i = 0;
      while (i < list.length && list[i]!.value.length >= length) i++;
      list.splice(i, 0, known);
    }
    const bit = pairHash(head, value.charCodeAt(1));
    this.#pairs ??= new Uint32Array(2048);
    this.#pairs[bit >>> 5]! |= 1 << (bit & 31);
    this.#bits.push(bit);
    if (this.#heads.length <= FEW_HEADS) this.#heads.push(value.slice(0, 2));
    if (length > this.#longest) this.#longest = length;
  }

  /**
   * Finds the echoes of remembered values between `groups` (closed groups
   * in order, none before `from`) and returns them merged with the groups,
   * learning each group's value as the sweep passes it. `text` starts at
   * absolute offset `base`.
   *
   * An echo lies in the gap between two groups and never changes a group:
   * a position inside a group starts none, and one whose value runs on
   * into the next group ends where that group starts; when the value goes
   * on past that group's end (the group matching it throughout), its rest
   * is an echo after the group for as far as the text still matches it,
   * taking in glue only when the whole value is there. At each position the longest value is taken; the finding takes
   * in the glue on both sides (see {@link isGlue}) up to the gap's ends, and
   * echoes that overlap are merged into one, reported with the first one's
   * rule. Every position is
   * tried on its own, so what is found at one does not depend on where the
   * sweep began.
   *
   * After the last group, the gap ends at `limit` when `wall` (a group
   * still open starts there) or `final`; otherwise text from `limit` on may
   * still change, and the sweep decides only what no later text can change:
   * it stops before the first position whose echo would reach `limit`, and
   * before the glue that a later echo could take in.
   */
  sweep(
    text: string,
    base: number,
    groups: readonly Group[],
    from: number,
    limit: number,
    wall: boolean,
    final: boolean,
  ): Swept {
    const out: Group[] = [];
    // Positions found in the last text swept mean nothing in this one.
    this.#found.length = 0;
    // A value that ran on past where the last sweep stopped resumes there.
    let carry = this.#stopped === from ? this.#carry : undefined;
    this.#carry = undefined;
    let gapStart = from;
    for (let g = 0; ; g++) {
      const group = groups[g];
      const closed = group !== undefined || wall || final;
      const gapEnd = group !== undefined ? group.start : final ? base + text.length : limit;
      // How far a value that runs into the next group is compared: to that group's end.
      const reach = group !== undefined ? group.end : gapEnd;
      const open = group === undefined && !final;
      // Stops the sweep at `stop`; the carry into this gap resumes there.
      const finish = (stop: number): Swept => {
        this.#carry = stop === gapStart ? carry : undefined;
        this.#stopped = stop;
        return { groups: out, stop };
      };
      let pending: Pending | undefined;
      // The value that runs on through `group` into the next gap, and where it ends.
      let next: Carry | undefined;
      let nextEnd = 0;
      if (carry !== undefined) {
        const value = carry.known.value;
        const valueEnd = carry.at + value.length;
        let q = gapStart;
        const bound = Math.min(gapEnd, valueEnd);
        while (q < bound && text.charCodeAt(q - base) === value.charCodeAt(q - carry.at)) q++;
        const on = q === gapEnd && q < valueEnd;
        // Where the text stops matching, the rest is other text: glue is taken only at the end.
        const whole = q === valueEnd && q > gapStart;
        // Undecided: the rest runs on into text that may still change, or its glue might.
        if (on ? group === undefined && !final : whole && !closed && q + ECHO_GLUE >= limit)
          return finish(gapStart);
        if (q > gapStart)
          pending = {
            start: gapStart,
            end: on ? gapEnd : whole ? Math.min(glueEnd(text, base, q), gapEnd) : q,
            winner: { ...carry.known.source, start: gapStart, end: q, echo: true },
          };
        if (on && group !== undefined && valueEnd > group.end) {
          const k = group.start - carry.at;
          if (sameUnits(text, group.start - base, value, k, group.end - group.start)) {
            next = carry;
            nextEnd = valueEnd;
          }
        }
      }
      let halt = gapEnd;
      let p = gapStart;
      while (p < gapEnd && this.#longest > 0) {
        const at = this.#next(text, base, p, gapEnd);
        if (at < 0) break;
        // Open-ended: an echo here could reach text that may still change.
        if (!closed && at + this.#longest + ECHO_GLUE >= limit) {
          halt = at;
          break;
        }
        p = at + 1;
        const known = this.#match(text, base, at, gapEnd, reach, open);
        if (known === UNDECIDED) {
          halt = at;
          break;
        }
        if (known === undefined) continue;
        const valueEnd = at + known.value.length;
        // Compared up to the group's end: the rest, as far as it matches, is redacted after it.
        if (group !== undefined && valueEnd > Math.max(group.end, nextEnd)) {
          next = { known, at };
          nextEnd = valueEnd;
        }
        const start = Math.max(glueStart(text, base, at), gapStart);
        const end = valueEnd >= gapEnd ? gapEnd : Math.min(glueEnd(text, base, valueEnd), gapEnd);
        if (pending !== undefined && start < pending.end) {
          pending.end = Math.max(pending.end, end);
          continue;
        }
        if (pending !== undefined) out.push(echoGroup(pending));
        // Its winner's span is the value: what a hash or a placeholder is made from,
        // so an echo gets the token its value first got.
        pending = {
          start,
          end,
          winner: { ...known.source, start: at, end: Math.min(valueEnd, gapEnd), echo: true },
        };
      }
      if (!closed || halt < gapEnd) {
        // With no value remembered, no echo can start later: all is decided up to `limit`.
        if (this.#longest === 0) return finish(limit);
        // A later echo may take in the glue before the first undecided position, and
        // with it overlap the echo before it.
        const hold = Math.max(gapStart, glueStart(text, base, halt));
        if (pending !== undefined && pending.end > hold) return finish(pending.start);
        if (pending !== undefined) out.push(echoGroup(pending));
        return finish(hold);
      }
      if (pending !== undefined) out.push(echoGroup(pending));
      if (group === undefined) return finish(Math.max(gapStart, limit));
      out.push(group);
      this.#learn(text, base, group);
      gapStart = Math.max(gapStart, group.end);
      carry = next;
    }
  }

  /** The next position in `[p, to)` where a value may start (by its first two units); -1 if none. */
  #next(text: string, base: number, p: number, to: number): number {
    const pairs = this.#pairs;
    if (pairs === undefined) return -1;
    const heads = this.#heads;
    if (heads.length <= FEW_HEADS) {
      const found = this.#found;
      let first = Number.POSITIVE_INFINITY;
      for (let k = 0; k < heads.length; k++) {
        let at = found[k] ?? -1;
        if (at < p) {
          const i = text.indexOf(heads[k]!, p - base);
          at = i < 0 ? Number.POSITIVE_INFINITY : i + base;
          found[k] = at;
        }
        if (at < first) first = at;
      }
      return first < to ? first : -1;
    }
    const end = to - base;
    let c = text.charCodeAt(p - base);
    for (let i = p - base; i < end; i++) {
      const d = text.charCodeAt(i + 1);
      const bit = pairHash(c, d);
      if ((pairs[bit >>> 5]! & (1 << (bit & 31))) !== 0) return i + base;
      c = d;
    }
    return -1;
  }

  /**
   * The longest remembered value at `at`. One that fits before `gapEnd`
   * must be there whole. One that runs on into the next group is compared
   * up to `reach` (that group's end; at least {@link ECHO_MIN} units): the
   * group hides the rest of it. When the gap ends at a group still open
   * (`open`), such a value cannot be decided yet: {@link UNDECIDED}.
   */
  #match(
    text: string,
    base: number,
    at: number,
    gapEnd: number,
    reach: number,
    open: boolean,
  ): Known | typeof UNDECIDED | undefined {
    const i = at - base;
    // Too little text for a value's head: before a group still open, it may yet be one.
    if (i + ECHO_MIN > text.length || (open && at + ECHO_MIN > gapEnd))
      return open ? UNDECIDED : undefined;
    const list = this.#byHead.get(headHash(text, i));
    if (list === undefined) return undefined;
    for (const known of list) {
      const value = known.value;
      if (at + value.length <= gapEnd) {
        if (text.startsWith(value, i)) return known;
      } else if (open) {
        if (samePrefix(text, i, value, gapEnd - at)) return UNDECIDED;
      } else {
        const n = Math.min(value.length, reach - at);
        if (n >= ECHO_MIN && samePrefix(text, i, value, n)) return known;
      }
    }
    return undefined;
  }
}

/** Up to this many values, their starts are found with `indexOf`. */
const FEW_HEADS = 4;

/** FNV-1a of the {@link ECHO_MIN} units of `text` from `i` (there must be as many). */
function headHash(text: string, i: number): number {
  let hash = 0x811c9dc5;
  for (let k = i; k < i + ECHO_MIN; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193);
  return hash >>> 0;
}

/** A 16-bit hash of two code units (exact for ASCII pairs). */
function pairHash(a: number, b: number): number {
  return ((a << 7) ^ b) & 0xffff;
}

/** {@link Echoes.sweep}'s answer for a position it cannot decide yet. */
const UNDECIDED = 0;

/** Whether `text` at `i` holds the first `n` units of `value` (`n` at most its length). */
function samePrefix(text: string, i: number, value: string, n: number): boolean {
  return sameUnits(text, i, value, 0, n);
}

/** Whether `text` at `i` holds the `n` units of `value` from `k` (within its length). */
function sameUnits(text: string, i: number, value: string, k: number, n: number): boolean {
  if (i < 0 || i + n > text.length) return false;
  for (let j = 0; j < n; j++) if (text.charCodeAt(i + j) !== value.charCodeAt(k + j)) return false;
  return true;
}

function echoGroup(pending: Pending): Group {
  return { start: pending.start, end: pending.end, winner: pending.winner };
}
