import type { TextSource, Verdict } from '../../types.js';

/**
 * What the prompt builder needs from an injection detector. The detector made
 * by `createInjectionDetector` (and `createParapet`) satisfies it; any object
 * with this `detect` method does.
 *
 * @example
 * ```ts
 * const builder = createPromptBuilder({ detector: createInjectionDetector() });
 * ```
 */
export interface DetectorLike {
  /** Inspects `text`; `source` tells the detector how far to trust it. */
  detect(text: string, options?: { readonly source?: TextSource }): Verdict;
}

/**
 * One secret or PII match reported by a scanner, located by UTF-16 offsets
 * into the scanned string.
 */
export interface ScannerMatch {
  /** Id of the rule that matched, e.g. `secret.openai-api-key`. */
  readonly ruleId: string;
  /** What was found, e.g. `email`, `person`, `openai_api_key`. */
  readonly type: string;
  readonly category: 'secret' | 'pii';
  readonly start: number;
  readonly end: number;
  /** Confidence in [0, 1]. */
  readonly confidence: number;
}

/**
 * What the system-prompt lint and the pseudonymiser need from the redactor:
 * a scan that reports where secrets and PII are. The redactor made by
 * `createRedactor` satisfies it.
 *
 * @example
 * ```ts
 * const pseudonymizer = createPseudonymizer({ vault, scanner: createRedactor() });
 * ```
 */
export interface ScannerLike {
  /** Every match in `text`; order and overlaps do not matter to callers here. */
  scan(text: string): readonly ScannerMatch[];
}

/** Structural check used by option schemas. */
export function isDetectorLike(value: unknown): value is DetectorLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { detect?: unknown }).detect === 'function'
  );
}

/** Structural check used by option schemas. */
export function isScannerLike(value: unknown): value is ScannerLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { scan?: unknown }).scan === 'function'
  );
}

/**
 * Keeps well-formed matches only (integer offsets inside the text, non-empty),
 * sorted by start, longest first on ties, without overlaps (earlier wins).
 * Scanners are supplied by users; a bad span must not corrupt output.
 */
export function tidyMatches(matches: readonly ScannerMatch[], length: number): ScannerMatch[] {
  const valid = matches.filter(
    (m) =>
      Number.isInteger(m.start) &&
      Number.isInteger(m.end) &&
      m.start >= 0 &&
      m.end <= length &&
      m.start < m.end &&
      (m.category === 'secret' || m.category === 'pii'),
  );
  valid.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ScannerMatch[] = [];
  let last = 0;
  for (const match of valid) {
    if (match.start < last) continue;
    out.push(match);
    last = match.end;
  }
  return out;
}
