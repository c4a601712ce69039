/**
 * The one place parapet reads the wall clock. Stateful factories (rate
 * limiter, vault audit, pseudonymiser expiry) take a `now` option and default
 * to this; the pure core never calls it directly, so tests inject time.
 */
export function systemClock(): number {
  return Date.now();
}
