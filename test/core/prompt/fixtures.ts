import type { DetectorLike } from '../../../src/core/prompt/types.js';
import type { Severity, TextSource, Verdict } from '../../../src/types.js';

/**
 * A tiny purpose-built detector standing in for the injection detector:
 * `ignore previous instructions` is critical, `you are now` is medium.
 * It records what it was asked, to assert the builder's calls.
 */
export function fixtureDetector(): DetectorLike & {
  calls: { text: string; source: TextSource | undefined }[];
} {
  const calls: { text: string; source: TextSource | undefined }[] = [];
  const rules: readonly [string, Severity, string][] = [
    ['ignore previous instructions', 'critical', 'override.ignore-previous'],
    ['you are now', 'medium', 'role.you-are-now'],
  ];
  return {
    calls,
    detect(text, options) {
      calls.push({ text, source: options?.source });
      const lower = text.toLowerCase();
      for (const [phrase, severity, ruleId] of rules) {
        const at = lower.indexOf(phrase);
        if (at < 0) continue;
        const verdict: Verdict = {
          flagged: true,
          blocked: severity === 'critical',
          score: severity === 'critical' ? 1 : 0.5,
          severity,
          reason: `instruction_override (${severity})`,
          findings: [
            {
              ruleId,
              category: 'instruction_override',
              severity,
              start: at,
              end: at + phrase.length,
            },
          ],
        };
        return verdict;
      }
      return {
        flagged: false,
        blocked: false,
        score: 0,
        severity: 'none',
        reason: '',
        findings: [],
      };
    },
  };
}
