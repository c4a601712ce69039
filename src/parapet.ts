import { compileSanitizer, type SanitizeResult } from './core/sanitize/sanitize.js';
import { type NormalizedText, normalize } from './core/text/normalize.js';
import { parseOptions } from './internal/config.js';
import {
  type ParapetOptions,
  parapetOptionsSchema,
  type ResolvedParapetOptions,
} from './options.js';

/** A configured parapet instance. Its methods are the hot path; construct it once. */
export interface Parapet {
  /** The validated, deeply frozen configuration. */
  readonly options: ResolvedParapetOptions;
  /**
   * Sanitises untrusted text with the configured sanitiser options.
   *
   * @example
   * ```ts
   * parapet.sanitize('hi\u0000 there').text; // 'hi there'
   * ```
   */
  sanitize(text: string): SanitizeResult;
  /**
   * Builds the matching view of `text` (NFKC, case-folded, confusables and
   * invisibles handled) with an offset map back to `text`.
   *
   * @example
   * ```ts
   * parapet.normalize('\uFF29GNORE').text; // 'ignore'
   * ```
   */
  normalize(text: string): NormalizedText;
}

/**
 * Validates the whole configuration once, compiles every module, and returns
 * a frozen instance.
 *
 * @example
 * ```ts
 * import { createParapet } from 'parapet';
 *
 * const parapet = createParapet({ sanitize: { collapseWhitespace: true } });
 * const { text, changes } = parapet.sanitize(userInput);
 * ```
 *
 * @throws {ParapetConfigError} listing every invalid option by path.
 */
export function createParapet(options?: ParapetOptions): Parapet {
  const resolved = parseOptions(parapetOptionsSchema, options, 'parapet');
  const sanitizer = compileSanitizer(resolved.sanitize);
  const instance: Parapet = {
    options: resolved,
    sanitize: sanitizer.sanitize,
    normalize,
  };
  return Object.freeze(instance);
}
