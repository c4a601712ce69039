import { z } from 'zod';
import type { InjectionCategory } from '../../types.js';
import { RULE_ID } from './rule.js';

/** Every injection category, in the order docs and reasons list them. */
export const INJECTION_CATEGORIES = [
  'instruction_override',
  'role_manipulation',
  'delimiter_manipulation',
  'prompt_leak',
  'context_manipulation',
  'persistence',
  'tool_hijack',
  'exfiltration',
  'indirect_injection',
  'encoding_obfuscation',
  'anomaly',
] as const satisfies readonly InjectionCategory[];

const SEVERITIES = ['none', 'low', 'medium', 'high', 'critical'] as const;

const threshold = (fallback: number) => z.number().gt(0).lte(1).default(fallback);

/**
 * A rule supplied through `rules.add`. Same shape as the built-in rules; its
 * pattern must pass safe-regex2 and its examples must behave as declared, or
 * construction fails with a `ParapetConfigError`.
 */
export const injectionRuleSchema = z.strictObject({
  /** Stable id such as `custom.wire-money` (dot-separated lower-case kebab segments). */
  id: z.string().regex(RULE_ID, 'must look like `family.name` in lower-case kebab segments'),
  category: z.enum(INJECTION_CATEGORIES),
  severity: z.enum(SEVERITIES).exclude(['none']),
  /** Contribution to the score; must fall in the band of `severity` (see docs/detection.md). */
  weight: z.number().gt(0).lte(1),
  /** Lower-case literals of which at least one occurs in every match. */
  keywords: z.array(z.string()).min(1).max(64),
  /** Regular-expression source run on the lower-cased, normalised view. */
  pattern: z.string().min(1).max(2000),
  /** ISO 639-1 codes, or `*`. @default ['*'] */
  languages: z.array(z.string().min(1).max(8)).max(64).default(['*']),
  /** What the rule catches. @default '' */
  description: z.string().max(500).default(''),
  /** Cancel a match next to a negation (`do not`, `never`...); `'before'` looks only before it. @default false */
  negatable: z.union([z.boolean(), z.literal('before')]).default(false),
  /** Ignore a match inside a question about it ("What does `rm -rf /` do?"). @default false */
  question: z.boolean().default(false),
  /** Ignore a match inside Markdown code, fenced or inline (`{"role": "system"}` in an API example). @default false */
  codeExample: z.boolean().default(false),
  /** Ignore a match in a text that is source code as a whole (a script, a Dockerfile, a migration). @default false */
  codeFile: z.boolean().default(false),
  /** Most characters a match can start before its keyword; absent when matches start at a keyword. */
  lead: z.number().int().min(0).max(320).optional(),
  /** Literals of which one must occur somewhere in the text for the rule to run. @default [] */
  requires: z.array(z.string()).max(256).default([]),
  /** Inputs that must and must not fire the rule; checked at construction. @default { match: [], noMatch: [] } */
  examples: z
    .strictObject({
      match: z.array(z.string().max(4000)).max(100).default([]),
      noMatch: z.array(z.string().max(4000)).max(100).default([]),
    })
    .prefault({}),
});

/**
 * Options of the prompt-injection detector (`createInjectionDetector`, and
 * the `detect` key of `createParapet`).
 *
 * @example
 * ```ts
 * const detector = createInjectionDetector({
 *   mode: 'log',
 *   thresholds: { document: 0.3 },
 *   rules: { disable: ['persist.from-now-on'] },
 * });
 * ```
 */
export const injectionOptionsSchema = z.strictObject({
  /** `enforce` blocks flagged input, `log` only flags it, `off` skips detection. @default 'enforce' */
  mode: z.enum(['enforce', 'log', 'off']).default('enforce'),
  /**
   * Score at or above which input is flagged, per source. Untrusted documents
   * and tool output get a lower bar because benign ones rarely address the model.
   */
  thresholds: z
    .strictObject({
      /** Text typed by the user. @default 0.5 */
      user: threshold(0.5),
      /** System and developer messages (instructions written for the model). @default 0.5 */
      system: threshold(0.5),
      /** Retrieved documents, web pages, e-mails. @default 0.4 */
      document: threshold(0.4),
      /** Tool and function-call results. @default 0.4 */
      tool: threshold(0.4),
    })
    .prefault({}),
  rules: z
    .strictObject({
      /** Extra rules, checked and compiled at construction. @default [] */
      add: z.array(injectionRuleSchema).max(1000).default([]),
      /** Built-in rule ids, signal ids or whole categories to switch off. @default [] */
      disable: z.array(z.string().min(1).max(100)).max(1000).default([]),
    })
    .prefault({}),
  decode: z
    .strictObject({
      /** Decode base64, hex, URL-encoding, rot13, reversed, leetspeak and spaced-out text and rescan it. @default true */
      enabled: z.boolean().default(true),
      /** Nesting depth of decoding (base64 inside base64 is depth 2). @default 2 */
      maxDepth: z.number().int().min(1).max(3).default(2),
      /** Decoded text budget per call, as a multiple of the input length (plus 4 KiB). @default 4 */
      workFactor: z.number().min(1).max(16).default(4),
    })
    .prefault({}),
  /** Score anomaly signals (controls, invisibles, repetition, gibberish suffixes...). @default true */
  anomalies: z.boolean().default(true),
  /**
   * Use the learned layer (a linear model over hashed word n-grams, shipped
   * as data) as extra evidence; it adds the `model.linear` finding. @default true
   */
  model: z.boolean().default(true),
  /** Attach a short evidence excerpt to each finding. @default true */
  evidence: z.boolean().default(true),
  /** Most findings listed per verdict (the score uses all of them). @default 32 */
  maxFindings: z.number().int().min(1).max(1000).default(32),
});

/** Options accepted by {@link createInjectionDetector}. */
export type InjectionOptions = z.input<typeof injectionOptionsSchema>;
/** Detector options with every default applied. */
export type ResolvedInjectionOptions = z.output<typeof injectionOptionsSchema>;
/** A user rule as accepted in `rules.add`. */
export type InjectionRuleInput = z.input<typeof injectionRuleSchema>;
