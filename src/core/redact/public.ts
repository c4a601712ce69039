/**
 * Secret and PII redaction: `createRedactor` for one-shot text,
 * `createStreamRedactor` / `createRedactionStream` for chunked output.
 *
 * ```ts
 * import { createRedactor } from 'parapet';
 * const { text, findings, piiScore } = createRedactor().redact(input);
 * ```
 *
 * @module
 */

export {
  type RedactionStyle,
  type RedactorOptions,
  type ResolvedRedactorOptions,
  redactorOptionsSchema,
} from './options.js';
export { piiRules } from './pii.js';
export {
  compileRedactor,
  createRedactionStream,
  createRedactor,
  createStreamRedactor,
  type RedactionFinding,
  type Redactor,
  type RedactResult,
  redact,
  type StreamRedactor,
} from './redactor.js';
export type {
  AssignmentRule,
  BlockRule,
  PiiRule,
  PiiType,
  RuleExamples,
  SecretRule,
  SecretValidatorName,
  TokenRule,
  UrlRule,
} from './rules.js';
export { secretRules } from './secret-rules.js';
