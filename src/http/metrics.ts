import type { FindingCategory, Verdict } from '../types.js';
import type { BlockReason, Decision } from './types.js';

/** One counter increment, for a metrics hook. */
export interface MetricEvent {
  /** Prometheus-style counter name, e.g. `parapet_requests_total`. */
  readonly name: MetricName;
  readonly value: number;
  readonly labels: Readonly<Record<string, string>>;
}

/**
 * Counter names. OpenTelemetry equivalents: `parapet.requests`
 * (`parapet.decision`), `parapet.flags` (`parapet.category`),
 * `parapet.redactions` (`parapet.redaction.type`), `parapet.rate_limited`,
 * `parapet.body_rejected` (`parapet.reason`), `parapet.errors`,
 * `parapet.output.redactions` (`parapet.redaction.type`), `parapet.output.blocked`.
 */
export type MetricName =
  | 'parapet_requests_total'
  | 'parapet_flags_total'
  | 'parapet_redactions_total'
  | 'parapet_rate_limited_total'
  | 'parapet_body_rejected_total'
  | 'parapet_errors_total'
  | 'parapet_output_redactions_total'
  | 'parapet_output_blocked_total';

/** Counter values since the instance was created. */
export interface MetricsSnapshot {
  readonly requests: Readonly<Record<string, number>>;
  readonly flags: Readonly<Record<string, number>>;
  readonly redactions: Readonly<Record<string, number>>;
  readonly rateLimited: number;
  readonly bodyRejected: Readonly<Record<string, number>>;
  readonly errors: number;
  readonly outputRedactions: Readonly<Record<string, number>>;
  readonly outputBlocked: number;
}

const BODY_REASONS: ReadonlySet<BlockReason> = new Set([
  'body_too_large',
  'body_timeout',
  'unsupported_media_type',
  'invalid_json',
  'json_too_complex',
]);

/** In-memory counters with an optional hook per increment. Label sets are bounded (decisions, categories, rule types). */
export class Metrics {
  readonly #hook: ((event: MetricEvent) => void) | undefined;
  readonly #requests: Record<string, number> = {};
  readonly #flags: Record<string, number> = {};
  readonly #redactions: Record<string, number> = {};
  readonly #bodyRejected: Record<string, number> = {};
  readonly #outputRedactions: Record<string, number> = {};
  #rateLimited = 0;
  #errors = 0;
  #outputBlocked = 0;

  constructor(hook: ((event: MetricEvent) => void) | undefined) {
    this.#hook = hook;
  }

  #count(name: MetricName, labels: Record<string, string>, value = 1): void {
    if (this.#hook === undefined) return;
    try {
      this.#hook({ name, value, labels });
    } catch {
      /* a throwing hook must not break requests */
    }
  }

  /** Counts a finished request. */
  request(
    decision: Decision['action'],
    reason: BlockReason | undefined,
    verdict: Verdict,
    redactions: Readonly<Record<string, number>> | undefined,
  ): void {
    this.#requests[decision] = (this.#requests[decision] ?? 0) + 1;
    this.#count('parapet_requests_total', { decision });
    const seen = new Set<FindingCategory>();
    for (const finding of verdict.findings) seen.add(finding.category);
    if (verdict.flagged) {
      for (const category of seen) {
        this.#flags[category] = (this.#flags[category] ?? 0) + 1;
        this.#count('parapet_flags_total', { category });
      }
    }
    for (const [type, n] of Object.entries(redactions ?? {})) {
      this.#redactions[type] = (this.#redactions[type] ?? 0) + n;
      this.#count('parapet_redactions_total', { type }, n);
    }
    if (reason === 'rate_limited') {
      this.#rateLimited++;
      this.#count('parapet_rate_limited_total', {});
    } else if (reason !== undefined && BODY_REASONS.has(reason)) {
      this.#bodyRejected[reason] = (this.#bodyRejected[reason] ?? 0) + 1;
      this.#count('parapet_body_rejected_total', { reason });
    }
  }

  /** Counts a downstream or pipeline error. */
  error(): void {
    this.#errors++;
    this.#count('parapet_errors_total', {});
  }

  /** Counts output redactions and output blocks. */
  output(redactions: Readonly<Record<string, number>>, blocked: boolean): void {
    for (const [type, n] of Object.entries(redactions)) {
      this.#outputRedactions[type] = (this.#outputRedactions[type] ?? 0) + n;
      this.#count('parapet_output_redactions_total', { type }, n);
    }
    if (blocked) {
      this.#outputBlocked++;
      this.#count('parapet_output_blocked_total', {});
    }
  }

  snapshot(): MetricsSnapshot {
    return {
      requests: { ...this.#requests },
      flags: { ...this.#flags },
      redactions: { ...this.#redactions },
      rateLimited: this.#rateLimited,
      bodyRejected: { ...this.#bodyRejected },
      errors: this.#errors,
      outputRedactions: { ...this.#outputRedactions },
      outputBlocked: this.#outputBlocked,
    };
  }
}
