/**
 * parapet: embeddable security for LLM backends.
 *
 * ```ts
 * import { createParapet } from 'parapet';
 * const parapet = createParapet();
 * parapet.sanitize(untrusted).text;
 * ```
 *
 * @module
 */

export * from './core/injection/public.js';
export * from './core/limit/public.js';
export * from './core/prompt/public.js';
export * from './core/redact/public.js';
export type {
  ResolvedSanitizeOptions,
  SanitizeOptions,
} from './core/sanitize/options.js';
export {
  compileSanitizer,
  createSanitizer,
  type SanitizeChange,
  type SanitizeChangeKind,
  type SanitizeResult,
  type Sanitizer,
  sanitize,
} from './core/sanitize/sanitize.js';
export { maxSeverity, severityRank } from './core/severity.js';
export {
  type HiddenText,
  type NormalizedText,
  type NormalizeStats,
  normalize,
} from './core/text/normalize.js';
export type { OffsetMap, Span } from './core/text/offset-map.js';
export * from './core/tools/public.js';
export * from './core/vault/public.js';
export {
  ParapetConfigError,
  type ParapetConfigIssue,
  ParapetError,
  type ParapetErrorCode,
  type ParapetErrorOptions,
  ParapetHttpError,
  ParapetInputError,
  ParapetStoreError,
  ParapetToolError,
  ParapetVaultError,
} from './errors.js';
export type { ParapetOptions, ResolvedParapetOptions } from './options.js';
export { createParapet, type Parapet } from './parapet.js';
export type {
  Finding,
  FindingCategory,
  InjectionCategory,
  Mode,
  Severity,
  TextSource,
  Verdict,
} from './types.js';
