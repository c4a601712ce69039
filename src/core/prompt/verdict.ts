import type { Finding, Verdict } from '../../types.js';
import { maxSeverity, severityRank } from '../severity.js';
import { CLEAN_VERDICT as CLEAN } from '../verdict.js';

/**
 * A verdict from definitive findings (a canary match, a secret in a system
 * prompt): flagged when there is any finding, scored by the worst severity
 * (critical 1, high 0.75, medium 0.5, low 0.25), blocked when `enforce`.
 */
export function verdictOf(findings: readonly Finding[], enforce: boolean): Verdict {
  if (findings.length === 0) return CLEAN;
  let worst = findings[0]!;
  for (const finding of findings) {
    if (maxSeverity(worst.severity, finding.severity) !== worst.severity) worst = finding;
  }
  return Object.freeze({
    flagged: true,
    blocked: enforce,
    score: severityRank(worst.severity) / 4,
    severity: worst.severity,
    reason: `${worst.category} (${worst.severity})`,
    findings: Object.freeze(findings.map((f) => Object.freeze({ ...f }))),
  });
}
