/**
 * Sticky rule patterns whose finding is a named group `s` of the match
 * (`Bearer {1,4}(?<s>...)`). Match indices (the `d` flag) locate the group
 * but cost a few hundred nanoseconds per match; where it means the same
 * pattern, `P(?<s>Q)R` is compiled as `(P)(Q)R` instead and the group's
 * span is read from the two captured lengths.
 *
 * @module
 */

/** How a {@link SpanPattern}'s finding is located in its match. */
export const WHOLE = 0;
/** Groups 1 (everything before `s`) and 2 (`s`) give the span. */
export const SPLIT = 1;
/** Match indices of the group `s` give the span (flag `d`). */
export const INDICES = 2;

export type SpanMode = typeof WHOLE | typeof SPLIT | typeof INDICES;

/** A compiled sticky pattern and how to read its finding's span. */
export interface SpanPattern {
  readonly re: RegExp;
  readonly mode: SpanMode;
}

/**
 * `P(?<s>Q)R` rewritten as `(P)(Q)R`, or undefined when that could match
 * differently or number groups differently: the group `s` must sit at the
 * top level, unquantified, with no top-level alternative, no other capture
 * group and no back-reference anywhere.
 *
 * @example
 * ```ts
 * splitAtGroup('Bearer {1,4}(?<s>[A-Za-z0-9]+)'); // '(Bearer {1,4})([A-Za-z0-9]+)'
 * splitAtGroup('a|b(?<s>c)'); // undefined
 * ```
 */
export function splitAtGroup(pattern: string): string | undefined {
  let depth = 0;
  let at = -1;
  let close = -1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const n = pattern.charCodeAt(i + 1);
      // `\1`..`\9` and `\k<name>` refer to groups by number or name.
      if ((n >= 0x31 && n <= 0x39) || n === 0x6b) return undefined;
      i++;
    } else if (c === '[') {
      // A class ends at the first unescaped `]` (`[]` is an empty class).
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
    } else if (c === '(') {
      if (pattern.startsWith('(?<s>', i)) {
        if (depth !== 0 || at >= 0) return undefined;
        at = i;
      } else if (
        pattern[i + 1] !== '?' ||
        (pattern[i + 2] === '<' && pattern[i + 3] !== '=' && pattern[i + 3] !== '!')
      ) {
        return undefined;
      }
      depth++;
    } else if (c === ')') {
      depth--;
      if (depth === 0 && at >= 0 && close < 0) close = i;
    } else if (c === '|' && depth === 0) {
      return undefined;
    }
  }
  if (at < 0 || close < 0 || depth !== 0) return undefined;
  const after = pattern[close + 1];
  if (after === '*' || after === '+' || after === '?' || after === '{') return undefined;
  return `(${pattern.slice(0, at)})(${pattern.slice(at + 5)}`;
}

/**
 * Compiles `pattern` sticky, choosing how its finding is located: the
 * whole match, the split groups, or (when the rewrite does not apply) the
 * `d` flag's indices of `s`.
 *
 * @example
 * ```ts
 * spanPattern('sk_live_[0-9a-z]{24}').mode; // WHOLE
 * spanPattern('Bearer (?<s>[0-9a-z]+)').mode; // SPLIT
 * ```
 */
export function spanPattern(pattern: string): SpanPattern {
  if (!/\(\?<s>/.test(pattern)) return { re: new RegExp(pattern, 'y'), mode: WHOLE };
  const split = splitAtGroup(pattern);
  return split === undefined
    ? { re: new RegExp(pattern, 'yd'), mode: INDICES }
    : { re: new RegExp(split, 'y'), mode: SPLIT };
}

/**
 * Start of the finding in `m`, a match of a pattern compiled in `mode`
 * (see {@link spanPattern}).
 *
 * @example
 * ```ts
 * const { re, mode } = spanPattern('Bearer (?<s>[0-9a-z]+)');
 * spanStart(mode, re.exec('Bearer abc123')!); // 7
 * ```
 */
export function spanStart(mode: SpanMode, m: RegExpExecArray): number {
  if (mode === SPLIT) return (m[1] ?? '').length;
  if (mode === INDICES) return m.indices?.groups?.['s']?.[0] ?? 0;
  return 0;
}

/**
 * End of the finding in `m`, a match of a pattern compiled in `mode`.
 *
 * @example
 * ```ts
 * const { re, mode } = spanPattern('Bearer (?<s>[0-9a-z]+) ok');
 * spanEnd(mode, re.exec('Bearer abc123 ok')!); // 13
 * ```
 */
export function spanEnd(mode: SpanMode, m: RegExpExecArray): number {
  if (mode === SPLIT) return (m[1] ?? '').length + (m[2] ?? '').length;
  if (mode === INDICES) {
    const span = m.indices?.groups?.['s'];
    if (span !== undefined) return span[1];
  }
  return m[0].length;
}
