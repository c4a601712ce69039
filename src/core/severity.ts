import type { Severity } from '../types.js';

const RANK: Readonly<Record<Severity, number>> = {
  none: 0,
  low: 1,
  medium: 2,
  high: 3,
  critical: 4,
};
const BY_RANK: readonly Severity[] = ['none', 'low', 'medium', 'high', 'critical'];

/**
 * Orders severities: `none` is 0 and `critical` is 4.
 *
 * @example
 * ```ts
 * severityRank('high') > severityRank('medium'); // true
 * ```
 */
export function severityRank(severity: Severity): number {
  return RANK[severity];
}

/**
 * The more severe of two severities.
 *
 * @example
 * ```ts
 * maxSeverity('low', 'high'); // 'high'
 * ```
 */
export function maxSeverity(a: Severity, b: Severity): Severity {
  return RANK[a] >= RANK[b] ? a : b;
}

/** The severity with rank `rank` (clamped to 0..4). */
export function severityAt(rank: number): Severity {
  return BY_RANK[Math.max(0, Math.min(4, Math.trunc(rank)))]!;
}
