/**
 * Secure prompt construction (spotlighting, sanitised and inspected
 * untrusted parts, system-prompt lint) and canary tokens. See
 * `docs/prompt.md` and `docs/canary.md`.
 *
 * @module
 */

export {
  type AnthropicPromptMessage,
  buildPrompt,
  compilePromptBuilder,
  createPromptBuilder,
  type OpenAIPromptMessage,
  type PromptBuilder,
  type PromptBuildResult,
  type PromptDocument,
  type PromptHistoryMessage,
  type PromptInput,
  type PromptPartSanitized,
  type PromptPartVerdict,
  type PromptTextPart,
  type PromptToolResult,
  type TextPromptMessage,
} from './builder.js';
export {
  type Canary,
  type CanaryMonitor,
  type CanaryOptions,
  type CanaryVerdict,
  compileCanary,
  createCanary,
  type ResolvedCanaryOptions,
} from './canary.js';
export { lintSystemPrompt, type SystemPromptLint, type SystemPromptLintOptions } from './lint.js';
export type {
  PromptBuilderDependencies,
  PromptBuilderOptions,
  PromptCallOptions,
  PromptOptions,
  ResolvedPromptOptions,
} from './options.js';
export type { SpotlightMode } from './spotlight.js';
export type { DetectorLike, ScannerLike, ScannerMatch } from './types.js';
