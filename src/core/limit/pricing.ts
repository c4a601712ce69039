import { ParapetInputError } from '../../errors.js';
import { parseOptions } from '../../internal/config.js';
import type { RateLimiter, RateLimitResult } from './limiter.js';
import {
  type ResolvedTokenEstimateOptions,
  type TokenEstimateOptions,
  tokenEstimateOptionsSchema,
} from './options.js';

/**
 * Estimates the tokens a request body will cost, before it reaches the model.
 *
 * @example
 * ```ts
 * const estimate: TokenEstimator = createTokenEstimator();
 * const cost = estimate(body);
 * ```
 */
export type TokenEstimator = (body: unknown) => number;

/**
 * Top-level fields of OpenAI (chat completions, responses, completions) and
 * Anthropic (messages) request bodies that the model reads as prompt.
 */
const PROMPT_FIELDS = [
  'messages',
  'input',
  'prompt',
  'suffix',
  'system',
  'instructions',
  'tools',
  'functions',
  'response_format',
] as const;

/**
 * Keys whose values carry image, audio or file payloads (base64 or URLs):
 * their characters are not prompt text, each counts `mediaTokens` instead.
 */
const MEDIA_KEYS = new Set([
  'image_url',
  'input_audio',
  'file_data',
  'file_id',
  'image',
  'source',
  'audio',
]);

/** Output limits in order of precedence: the newer OpenAI names first. */
const OUTPUT_FIELDS = ['max_completion_tokens', 'max_output_tokens', 'max_tokens'] as const;

/** Most values visited per body; a guard against cyclic objects handed in by code. */
const MAX_NODES = 1_000_000;

/** Most completions a body may ask for that are counted (`n`, `best_of`). */
const MAX_CHOICES = 128;

/**
 * Creates a token estimator with options validated once.
 *
 * The estimate is the prompt's characters divided by `charsPerToken`
 * (4 by default), rounded up, or the sum of `countTokens` over its text
 * parts, plus `mediaTokens` per image, audio or file part, plus the output
 * limit the body sets (`max_completion_tokens`, `max_output_tokens` or
 * `max_tokens`, else `defaultMaxOutputTokens`) times the completions asked
 * for (`n`, `best_of`). Prompt text is read from `messages`, `input`,
 * `prompt`, `suffix`, `system`, `instructions`, `tools`, `functions` and
 * `response_format`, which covers OpenAI chat completions, responses and
 * completions and Anthropic messages; a string body counts as prompt.
 * Characters are a rough measure (text in some scripts costs more than one
 * token per four characters): {@link settle} corrects it once the provider
 * reports its usage.
 *
 * @example
 * ```ts
 * const estimate = createTokenEstimator({ defaultMaxOutputTokens: 1024 });
 * estimate({ model: 'gpt-4o', messages: [{ role: 'user', content: 'Hello there!' }], max_tokens: 100 });
 * // 104: the strings 'user' and 'Hello there!' are 16 characters = 4 tokens, plus 100
 * ```
 *
 * @throws {ParapetConfigError} when an option is invalid.
 */
export function createTokenEstimator(options?: TokenEstimateOptions): TokenEstimator {
  return compileTokenEstimator(parseOptions(tokenEstimateOptionsSchema, options, 'token estimate'));
}

/** Builds an estimator from already-resolved options. */
export function compileTokenEstimator(options: ResolvedTokenEstimateOptions): TokenEstimator {
  const { charsPerToken, countTokens, mediaTokens, defaultMaxOutputTokens } = options;

  function promptTokens(body: unknown): number {
    let chars = 0;
    let counted = 0;
    let media = 0;
    const text = (value: string): void => {
      if (countTokens === undefined) {
        chars += value.length;
        return;
      }
      const tokens = countTokens(value);
      if (!(typeof tokens === 'number' && tokens >= 0 && tokens < Number.POSITIVE_INFINITY)) {
        throw new ParapetInputError('countTokens must return a finite number >= 0');
      }
      counted += tokens;
    };
    if (typeof body === 'string') {
      text(body);
    } else if (typeof body === 'object' && body !== null) {
      const stack: unknown[] = [];
      const record = body as Record<string, unknown>;
      for (const field of PROMPT_FIELDS) {
        if (record[field] !== undefined) stack.push(record[field]);
      }
      let visited = 0;
      while (stack.length > 0 && visited < MAX_NODES) {
        visited++;
        const value = stack.pop();
        if (typeof value === 'string') {
          text(value);
        } else if (Array.isArray(value)) {
          for (const item of value) stack.push(item);
        } else if (typeof value === 'object' && value !== null) {
          for (const key of Object.keys(value)) {
            const child = (value as Record<string, unknown>)[key];
            if (!MEDIA_KEYS.has(key)) stack.push(child);
            else if (child !== null && child !== undefined) media++;
          }
        }
      }
    }
    return Math.ceil(chars / charsPerToken) + Math.ceil(counted) + media * mediaTokens;
  }

  function outputTokens(body: unknown): number {
    if (typeof body !== 'object' || body === null) return defaultMaxOutputTokens;
    const record = body as Record<string, unknown>;
    let limit = defaultMaxOutputTokens;
    for (const field of OUTPUT_FIELDS) {
      const value = record[field];
      if (typeof value === 'number' && value >= 0 && value < Number.POSITIVE_INFINITY) {
        limit = Math.ceil(value);
        break;
      }
    }
    return limit * Math.max(choices(record['n']), choices(record['best_of']));
  }

  return function estimateTokens(body: unknown): number {
    return promptTokens(body) + outputTokens(body);
  };
}

function choices(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1
    ? Math.min(value, MAX_CHOICES)
    : 1;
}

let defaultEstimator: TokenEstimator | undefined;
const estimators = new WeakMap<object, TokenEstimator>();

/**
 * Estimates a request's cost in tokens before it reaches the model; see
 * {@link createTokenEstimator} for the rule. Options objects are validated
 * once and remembered.
 *
 * @example
 * ```ts
 * const cost = estimateRequestTokens({
 *   model: 'claude-sonnet-4-5',
 *   system: 'Be brief.',
 *   messages: [{ role: 'user', content: [{ type: 'text', text: 'Summarise this page.' }] }],
 *   max_tokens: 512,
 * });
 * await tokens.take(key, cost);
 * ```
 *
 * @throws {ParapetConfigError} when `options` is invalid.
 */
export function estimateRequestTokens(body: unknown, options?: TokenEstimateOptions): number {
  if (options === undefined) {
    defaultEstimator ??= createTokenEstimator();
    return defaultEstimator(body);
  }
  let estimator = estimators.get(options);
  if (estimator === undefined) {
    estimator = createTokenEstimator(options);
    estimators.set(options, estimator);
  }
  return estimator(body);
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && value >= 0 && value < Number.POSITIVE_INFINITY
    ? value
    : undefined;
}

/**
 * Reads the tokens a call consumed from a provider's `usage` object (or a
 * whole response carrying one): OpenAI `total_tokens` (chat completions,
 * responses, completions), Gemini `totalTokenCount`, otherwise the sum of
 * prompt and output counts with Anthropic's cache writes and reads, which
 * its `input_tokens` leaves out. A plain number is taken as the total.
 * Returns `undefined` when nothing usable is there.
 *
 * @example
 * ```ts
 * usageTokens({ input_tokens: 12, output_tokens: 40, cache_read_input_tokens: 2048 }); // 2100
 * usageTokens({ usage: { prompt_tokens: 9, completion_tokens: 12, total_tokens: 21 } }); // 21
 * ```
 */
export function usageTokens(usage: unknown): number | undefined {
  if (typeof usage === 'number') {
    const total = count(usage);
    return total === undefined ? undefined : Math.ceil(total);
  }
  if (typeof usage !== 'object' || usage === null) return undefined;
  let record = usage as Record<string, unknown>;
  const nested = record['usage'] ?? record['usageMetadata'];
  if (typeof nested === 'object' && nested !== null) record = nested as Record<string, unknown>;
  const total = count(record['total_tokens']) ?? count(record['totalTokenCount']);
  if (total !== undefined) return Math.ceil(total);
  const input = count(record['input_tokens']) ?? count(record['prompt_tokens']);
  const output = count(record['output_tokens']) ?? count(record['completion_tokens']);
  if (input === undefined && output === undefined) return undefined;
  const sum =
    (input ?? 0) +
    (output ?? 0) +
    (count(record['cache_creation_input_tokens']) ?? 0) +
    (count(record['cache_read_input_tokens']) ?? 0);
  return Math.ceil(sum);
}

/**
 * What {@link settle} did.
 *
 * @example
 * ```ts
 * const { actualTokens, adjustment } = await settle(tokens, key, estimated, completion.usage);
 * ```
 */
export interface SettleResult {
  /** Tokens the provider reported, or `undefined` when `usage` held none (nothing was adjusted). */
  readonly actualTokens: number | undefined;
  /** Tokens charged (positive) or refunded (negative) to correct the estimate. */
  readonly adjustment: number;
  /** The limiter's answer to the adjustment; `undefined` when none was needed. */
  readonly result: RateLimitResult | undefined;
}

/**
 * Settles a token-priced request after the model answered: refunds the
 * part of `estimatedTokens` that was not used, or charges what was used
 * beyond it. A charge is applied even if the bucket runs dry (the tokens are
 * spent); the debt, at most one capacity, delays the key's next request.
 * When `usage` is unreadable the estimate stands; pass `0` to refund a
 * request that never reached the model.
 *
 * @example
 * ```ts
 * const estimated = estimateRequestTokens(body);
 * const taken = await tokens.take(key, estimated);
 * if (!taken.allowed) return reply(429, rateLimitHeaders(taken));
 * const completion = await openai.chat.completions.create(body);
 * await settle(tokens, key, estimated, completion.usage);
 * ```
 */
export async function settle(
  limiter: RateLimiter,
  key: string,
  estimatedTokens: number,
  usage: unknown,
): Promise<SettleResult> {
  if (
    !(
      typeof estimatedTokens === 'number' &&
      estimatedTokens >= 0 &&
      estimatedTokens < Number.POSITIVE_INFINITY
    )
  ) {
    throw new ParapetInputError('estimatedTokens must be a finite number >= 0');
  }
  const actualTokens = usageTokens(usage);
  if (actualTokens === undefined) return { actualTokens, adjustment: 0, result: undefined };
  const adjustment = actualTokens - estimatedTokens;
  if (adjustment === 0) return { actualTokens, adjustment, result: undefined };
  const result =
    adjustment > 0 ? await limiter.charge(key, adjustment) : await limiter.refund(key, -adjustment);
  return { actualTokens, adjustment, result };
}
