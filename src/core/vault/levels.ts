/**
 * Access levels shared by the vault's named secrets and the tool-call guard,
 * ordered `low < medium < high < critical`.
 *
 * @example
 * ```ts
 * const level: AccessLevel = 'high';
 * ```
 */
export type AccessLevel = 'low' | 'medium' | 'high' | 'critical';

/** Every access level, lowest first. */
export const ACCESS_LEVELS = [
  'low',
  'medium',
  'high',
  'critical',
] as const satisfies readonly AccessLevel[];

const RANK: Readonly<Record<AccessLevel, number>> = { low: 0, medium: 1, high: 2, critical: 3 };

/**
 * True when a caller cleared for `clearance` may use something guarded at `required`.
 *
 * @example
 * ```ts
 * hasClearance('high', 'medium'); // true
 * hasClearance('low', 'critical'); // false
 * ```
 */
export function hasClearance(clearance: AccessLevel, required: AccessLevel): boolean {
  return RANK[clearance] >= RANK[required];
}
