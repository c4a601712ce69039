/**
 * Scoring: findings combine as independent pieces of evidence (a noisy-OR),
 * so the score is `1 - prod(1 - weight)`, always in [0, 1], and adding a
 * finding never lowers it. The score maps to a severity through fixed bands.
 *
 * @module
 */

import type { Severity } from '../../types.js';

/**
 * Lower bound of each severity band of the score. A rule's `weight` must lie
 * in the band of its `severity`, so one rule alone yields its own severity.
 *
 * | severity | score |
 * |---|---|
 * | none | < 0.25 |
 * | low | 0.25 - 0.5 |
 * | medium | 0.5 - 0.7 |
 * | high | 0.7 - 0.9 |
 * | critical | >= 0.9 |
 */
export const SEVERITY_FLOOR: Readonly<Record<Severity, number>> = Object.freeze({
  none: 0,
  low: 0.25,
  medium: 0.5,
  high: 0.7,
  critical: 0.9,
});

/**
 * The severity band `score` falls in.
 *
 * @example
 * ```ts
 * severityOfScore(0.72); // 'high'
 * ```
 */
export function severityOfScore(score: number): Severity {
  if (score >= SEVERITY_FLOOR.critical) return 'critical';
  if (score >= SEVERITY_FLOOR.high) return 'high';
  if (score >= SEVERITY_FLOOR.medium) return 'medium';
  if (score >= SEVERITY_FLOOR.low) return 'low';
  return 'none';
}

/** Whether `weight` lies in the band of `severity` (the upper bound of critical is 1). */
export function weightFitsSeverity(weight: number, severity: Severity): boolean {
  return weight > 0 && weight <= 1 && severityOfScore(weight) === severity;
}

/** Accumulates weights as a noisy-OR; `score` is exact to floating point and capped in [0, 1]. */
export class ScoreAccumulator {
  #keep = 1;

  add(weight: number): void {
    if (weight > 0) this.#keep *= 1 - Math.min(1, weight);
  }

  get score(): number {
    const s = 1 - this.#keep;
    // Rounded so that equal evidence in a different order gives an identical score.
    return s <= 0 ? 0 : s >= 1 ? 1 : Math.round(s * 1e6) / 1e6;
  }
}
