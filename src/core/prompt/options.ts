import { z } from 'zod';
import { sanitizeOptionsSchema } from '../sanitize/options.js';
import { type DetectorLike, isDetectorLike, isScannerLike, type ScannerLike } from './types.js';

/**
 * Data-only options of the prompt builder: what `createParapet` takes under
 * `prompt`. {@link createPromptBuilder} also takes the detector and scanner.
 *
 * @example
 * ```ts
 * const parapet = createParapet({ prompt: { format: 'anthropic', spotlighting: 'datamark' } });
 * ```
 */
export const promptOptionsSchema = z
  .strictObject({
    /** Message shape produced: OpenAI chat messages, Anthropic Messages (`system` apart), or plain role/text pairs. @default 'openai' */
    format: z.enum(['openai', 'anthropic', 'text']).default('openai'),
    /** How untrusted documents and tool results are marked (Hines et al. 2024). @default 'delimit' */
    spotlighting: z.enum(['delimit', 'datamark', 'encode']).default('delimit'),
    /** What a critical detector verdict on any part does: `block` returns a blocked result with no messages. @default 'block' */
    onCritical: z.enum(['block', 'flag']).default('block'),
    /** System-prompt lint (OWASP LLM07): `flag` reports findings, `block` also blocks the build. @default 'flag' */
    lintSystemPrompt: z.enum(['off', 'flag', 'block']).default('flag'),
    /**
     * Sanitiser options for untrusted parts. `neutralizeTokens` and
     * `stripInvisible` must stay on: wrappers are safe only when chat-template
     * tokens and hidden characters cannot survive.
     */
    sanitize: sanitizeOptionsSchema.prefault({}),
  })
  .superRefine((options, ctx) => {
    for (const key of ['neutralizeTokens', 'stripInvisible'] as const) {
      if (!options.sanitize[key]) {
        ctx.addIssue({
          code: 'custom',
          path: ['sanitize', key],
          message: 'must stay true for prompt building (untrusted text could forge delimiters)',
        });
      }
    }
  });

/** Options accepted under `prompt` by `createParapet`. */
export type PromptOptions = z.input<typeof promptOptionsSchema>;
/** Prompt options after validation. */
export type ResolvedPromptOptions = z.output<typeof promptOptionsSchema>;

/** The dependencies a prompt builder inspects with. */
export interface PromptBuilderDependencies {
  /**
   * Injection detector run on every untrusted part. Without one the build
   * says `inspected: false` and no part is checked.
   */
  readonly detector?: DetectorLike | undefined;
  /** Secret and PII scanner for the system-prompt lint. Without one only URLs and addresses are linted. */
  readonly scanner?: ScannerLike | undefined;
}

/** Options of {@link createPromptBuilder}: the prompt options plus the detector and scanner. */
export type PromptBuilderOptions = PromptOptions & PromptBuilderDependencies;

/** Validates {@link PromptBuilderDependencies}. */
export const promptDependenciesSchema = z.strictObject({
  detector: z
    .custom<DetectorLike>(isDetectorLike, {
      message: 'expected an object with a detect(text) method',
    })
    .optional(),
  scanner: z
    .custom<ScannerLike>(isScannerLike, { message: 'expected an object with a scan(text) method' })
    .optional(),
});

/** Per-call overrides accepted by `build`. */
export const promptCallOptionsSchema = z.strictObject({
  format: z.enum(['openai', 'anthropic', 'text']).optional(),
  spotlighting: z.enum(['delimit', 'datamark', 'encode']).optional(),
});

/** Per-call overrides of format and spotlighting. */
export type PromptCallOptions = z.input<typeof promptCallOptionsSchema>;
