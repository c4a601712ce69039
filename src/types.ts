/**
 * Shared public types: the one verdict shape used for requests, responses,
 * streams and the CLI.
 *
 * @module
 */

/** Severity of a finding or verdict, from harmless to must-block. */
export type Severity = 'none' | 'low' | 'medium' | 'high' | 'critical';

/** Categories of prompt-injection findings. */
export type InjectionCategory =
  | 'instruction_override'
  | 'role_manipulation'
  | 'delimiter_manipulation'
  | 'prompt_leak'
  | 'context_manipulation'
  | 'persistence'
  | 'tool_hijack'
  | 'exfiltration'
  | 'indirect_injection'
  | 'encoding_obfuscation'
  | 'anomaly';

/** Every category a {@link Finding} can carry. */
export type FindingCategory = InjectionCategory | 'secret' | 'pii';

/**
 * Where a piece of text came from. `user`: a user's message. `system`: a
 * system or developer message, instructions written for the model (their
 * wording alone is not suspicious there). `document` and `tool`: retrieved
 * documents and tool output, untrusted, with stricter thresholds.
 */
export type TextSource = 'user' | 'system' | 'document' | 'tool';

/** What a guard does with a flagged input: `enforce` blocks, `log` only flags, `off` skips the check. */
export type Mode = 'enforce' | 'log' | 'off';

/** One reason behind a verdict, located in the caller's original string. */
export interface Finding {
  /** Stable id of the rule or signal that fired, e.g. `override.ignore-previous`. */
  readonly ruleId: string;
  readonly category: FindingCategory;
  readonly severity: Severity;
  /** UTF-16 offset in the original input where the evidence starts. */
  readonly start: number;
  /** UTF-16 offset in the original input where the evidence ends (exclusive). */
  readonly end: number;
  /** A short, bounded excerpt or decoded payload explaining the finding (never a secret value). */
  readonly evidence?: string;
}

/** The one verdict shape parapet returns everywhere. */
export interface Verdict {
  /** True when the score reached the flagging threshold. */
  readonly flagged: boolean;
  /** True when the verdict is flagged and the mode is `enforce`. */
  readonly blocked: boolean;
  /** Risk score in [0, 1]. */
  readonly score: number;
  readonly severity: Severity;
  /** One-line explanation without any input text, e.g. `instruction_override (high)`; empty when clean. */
  readonly reason: string;
  readonly findings: readonly Finding[];
}
