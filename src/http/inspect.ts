import { LRUCache } from 'lru-cache';
import type { Redactor } from '../core/redact/redactor.js';
import type { Sanitizer } from '../core/sanitize/sanitize.js';
import { isWellFormed } from '../core/text/unicode.js';
import { CLEAN_VERDICT as CLEAN } from '../core/verdict.js';
import { sha256Hex } from '../internal/hash.js';
import type { Finding, TextSource, Verdict } from '../types.js';
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

/** Characters an entry is charged on top of its text (key, verdict, bookkeeping). */
const ENTRY_COST = 256;

/**
 * Wraps `inspect` with a cache of its results, keyed by source and the
 * SHA-256 of the text, holding at most `maxChars` characters of result text
 * (least recently used first out). A chat client resends the whole
 * conversation with every turn; with the cache each message is inspected
 * once, not once per turn. Results are frozen, as every later request with
 * the same text shares them. Text with a lone surrogate is never cached
 * (its UTF-8 hash equals that of the same text with U+FFFD), nor is a part
 * longer than a sixteenth of the budget. `maxChars` 0 returns `inspect`.
 */
export function cachedInspector(inspect: PartInspector, maxChars: number): PartInspector {
  if (maxChars <= 0) return inspect;
  const largest = Math.floor(maxChars / 16);
  const cache = new LRUCache<string, PartResult>({
    maxSize: maxChars,
    sizeCalculation: (result) => result.text.length + ENTRY_COST,
  });
  return (text, source): PartResult => {
    // A lone surrogate hashes (as UTF-8) like U+FFFD: such text is never cached.
    if (text.length > largest || !isWellFormed(text)) return inspect(text, source);
    const key = `${source}:${sha256Hex(text)}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const result = freezeResult(inspect(text, source));
    cache.set(key, result);
    return result;
  };
}

function freezeResult(result: PartResult): PartResult {
  const verdict = result.verdict;
  if (!Object.isFrozen(verdict)) {
    for (const finding of verdict.findings) freezeFinding(finding);
    Object.freeze(verdict.findings);
    Object.freeze(verdict);
  }
  Object.freeze(result.secrets);
  Object.freeze(result.pii);
  return Object.freeze(result);
}

/** Freezes a finding and the plain data inside it. */
function freezeFinding(finding: Finding): void {
  for (const value of Object.values(finding)) {
    if (typeof value === 'object' && value !== null) Object.freeze(value);
  }
  Object.freeze(finding);
}
