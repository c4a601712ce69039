import type { Redactor } from '../core/redact/redactor.js';
import type { Sanitizer } from '../core/sanitize/sanitize.js';
import { CLEAN_VERDICT as CLEAN } from '../core/verdict.js';
import type { TextSource, Verdict } from '../types.js';
import type { ResolvedInspectOptions } from './options.js';
import type { PartInspector, PartResult } from './pipeline.js';

/** The detector as the pipeline uses it. */
export interface PartDetector {
  detect(text: string, options: { readonly source: TextSource }): Verdict;
}

/** A redaction pass as the pipeline uses it: the rewritten text and what was found, by type. */
export type PartRedaction = (text: string) => {
  readonly text: string;
  readonly secrets: Readonly<Record<string, number>>;
  readonly pii: Readonly<Record<string, number>>;
};

const NONE: Readonly<Record<string, number>> = Object.freeze({});

/**
 * Builds the per-part inspection: the detector reads the original text (so
 * text hidden in invisible characters is seen), the model gets the
 * sanitised text with credentials and chosen personal data redacted.
 */
export function createPartInspector(
  options: ResolvedInspectOptions,
  sanitizer: Sanitizer,
  detector: PartDetector | undefined,
  redaction: PartRedaction | undefined,
): PartInspector {
  return (text, source): PartResult => {
    const verdict = detector === undefined ? CLEAN : detector.detect(text, { source });
    const sanitized = options.sanitize ? sanitizer.sanitize(text).text : text;
    if (redaction === undefined) return { verdict, text: sanitized, secrets: NONE, pii: NONE };
    const redacted = redaction(sanitized);
    return { verdict, text: redacted.text, secrets: redacted.secrets, pii: redacted.pii };
  };
}

/** A redaction pass over one part, from a redactor compiled with only the categories policy acts on. */
export function partRedaction(redactor: Redactor): PartRedaction {
  return (text) => {
    const result = redactor.redact(text);
    if (result.findings.length === 0) return { text, secrets: NONE, pii: NONE };
    const secrets: Record<string, number> = {};
    const pii: Record<string, number> = {};
    for (const finding of result.findings) {
      const bucket = finding.category === 'secret' ? secrets : pii;
      bucket[finding.type] = (bucket[finding.type] ?? 0) + 1;
    }
    return { text: result.text, secrets, pii };
  };
}
