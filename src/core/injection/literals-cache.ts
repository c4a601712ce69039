/**
 * The pattern-literal analysis of rules (see `literals.ts`), precomputed for
 * the built-in catalogue (`literals.generated.ts`, written by
 * `scripts/gen-literals.ts`) so the default detector does not parse every
 * pattern at startup. An entry is used only when the hash of the pattern it
 * was computed from matches the rule's pattern; anything else is analysed
 * on the spot, so a stale entry costs time, never correctness.
 *
 * @module
 */

import { BUILTIN_LITERALS } from './literals.generated.js';
import { longestMatch, patternClauses } from './literals.js';
import type { InjectionRule } from './rule.js';

/** The analysis of one pattern: its clauses, its longest match, and the hash of its source. */
export interface LiteralEntry {
  /** FNV-1a hash of the pattern source the entry was computed from. */
  readonly hash: number;
  /** `longestMatch(pattern)`. */
  readonly longest: number;
  /** `patternClauses(pattern)`. */
  readonly clauses: readonly (readonly string[])[];
}

/** 32-bit FNV-1a over the UTF-16 code units of `text`. */
export function patternHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) {
    hash ^= text.charCodeAt(k);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Analyses `pattern` from scratch. */
export function analyzePattern(pattern: string): LiteralEntry {
  return {
    hash: patternHash(pattern),
    longest: longestMatch(pattern),
    clauses: patternClauses(pattern),
  };
}

/**
 * The analysis of `rule`'s pattern: the precomputed entry when it is
 * current, otherwise computed now.
 */
export function literalsOf(rule: InjectionRule): LiteralEntry {
  const known = Object.hasOwn(BUILTIN_LITERALS, rule.id) ? BUILTIN_LITERALS[rule.id] : undefined;
  if (known !== undefined && known.hash === patternHash(rule.pattern)) return known;
  return analyzePattern(rule.pattern);
}

/** Entries for a rule set, in order, as the generator writes them. */
export function literalEntries(rules: readonly InjectionRule[]): [string, LiteralEntry][] {
  return rules.map((rule) => [rule.id, analyzePattern(rule.pattern)]);
}
