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
export type { AuthOptions, Authorize, ResolvedAuthOptions } from './http/auth.js';
export type { BodyOptions, ResolvedBodyOptions } from './http/body.js';
export type { CorsOptions, ResolvedCorsOptions } from './http/cors.js';
export type { BodyPath, ExtractedText, Extractor } from './http/extract.js';
export type { HeadersOptions, ResolvedHeadersOptions } from './http/headers.js';
export type { LinkOptions, ResolvedLinkOptions } from './http/links.js';
export type { MetricEvent, MetricName, MetricsSnapshot } from './http/metrics.js';
export type {
  InspectOptions,
  ResolvedInspectOptions,
  ResolvedServerOptions,
  ServerOptions,
} from './http/options.js';
export type {
  GuardedJson,
  OutputOptions,
  ResolvedOutputOptions,
  StreamFormat,
} from './http/output.js';
export type { OutputTransform, ResponseSpec, Session } from './http/session.js';
export type {
  AllowDecision,
  AuditEvent,
  BlockReason,
  BodySource,
  Decision,
  GuardrailsSummary,
  HeaderValue,
  InspectedPart,
  Inspection,
  NodeReadableLike,
  ParapetRequest,
  Principal,
  RequestFormat,
  RequestHeaders,
  RespondDecision,
} from './http/types.js';
export type { ParapetOptions, ResolvedParapetOptions } from './options.js';
export { createParapet, type Parapet, resolveParapet } from './parapet.js';
export type {
  Finding,
  FindingCategory,
  InjectionCategory,
  Mode,
  Severity,
  TextSource,
  Verdict,
} from './types.js';
