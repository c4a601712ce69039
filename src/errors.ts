/**
 * The parapet error hierarchy.
 *
 * A detected attack is a result, never an exception. Exceptions are reserved
 * for misconfiguration (thrown at construction), invalid call arguments and
 * operational failures (a store that is down, a vault that cannot open an
 * envelope). Every error carries a stable `code`; `docs/errors.md` documents
 * each one with its cause and fix. Messages never echo user input, prompt
 * text, secrets or keys.
 *
 * @module
 */

/**
 * Every code a {@link ParapetError} can carry. Codes are stable across
 * releases; match on them, not on messages.
 */
export type ParapetErrorCode =
  | 'ERR_PARAPET_CONFIG'
  | 'ERR_PARAPET_INPUT'
  | 'ERR_PARAPET_STORE'
  | 'ERR_PARAPET_STORE_TIMEOUT'
  | 'ERR_PARAPET_VAULT'
  | 'ERR_PARAPET_VAULT_ACCESS'
  | 'ERR_PARAPET_TOOL'
  | 'ERR_PARAPET_HTTP';

/** Options accepted by every parapet error constructor. */
export interface ParapetErrorOptions {
  /** The underlying error, kept for the audit hook; never sent to clients. */
  readonly cause?: unknown;
}

/**
 * Base class of every error parapet throws. Catch it to handle all of them;
 * switch on {@link ParapetError.code} to tell them apart.
 *
 * @example
 * ```ts
 * try {
 *   createParapet({ mode: 'block' });
 * } catch (error) {
 *   if (error instanceof ParapetError && error.code === 'ERR_PARAPET_CONFIG') {
 *     console.error(error.message);
 *   }
 * }
 * ```
 */
export class ParapetError extends Error {
  /** Stable machine-readable code; see `docs/errors.md`. */
  readonly code: ParapetErrorCode;

  constructor(code: ParapetErrorCode, message: string, options?: ParapetErrorOptions) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.name = 'ParapetError';
  }
}

/** One problem found in a configuration object. */
export interface ParapetConfigIssue {
  /** Dotted path of the offending option, e.g. `sanitize.maxLength`; empty for the root. */
  readonly path: string;
  /** What is wrong, without echoing the offending value. */
  readonly message: string;
}

/**
 * Thrown at construction time when options are invalid: unknown keys (with a
 * "did you mean" hint), wrong types, out-of-range values, unsafe patterns.
 * The message lists every problem, one per line.
 *
 * @example
 * ```ts
 * try {
 *   createParapet({ sanitize: { maxLenght: 10 } });
 * } catch (error) {
 *   if (error instanceof ParapetConfigError) {
 *     for (const issue of error.issues) console.error(issue.path, issue.message);
 *   }
 * }
 * ```
 */
export class ParapetConfigError extends ParapetError {
  /** Every problem found, in schema order. */
  readonly issues: readonly ParapetConfigIssue[];

  constructor(
    context: string,
    issues: readonly ParapetConfigIssue[],
    options?: ParapetErrorOptions,
  ) {
    const lines = issues.map(
      (issue) => `  - ${issue.path === '' ? '(root)' : issue.path}: ${issue.message}`,
    );
    super(
      'ERR_PARAPET_CONFIG',
      `Invalid ${context} options (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${lines.join('\n')}`,
      options,
    );
    this.name = 'ParapetConfigError';
    this.issues = Object.freeze(issues.map((issue) => Object.freeze({ ...issue })));
  }
}

/**
 * Thrown when a method is called with an argument of the wrong kind (for
 * example a number where text is expected, or an out-of-range offset). It
 * never describes the argument's content.
 *
 * @example
 * ```ts
 * try {
 *   parapet.sanitize(42 as unknown as string);
 * } catch (error) {
 *   if (error instanceof ParapetInputError) console.error(error.code); // ERR_PARAPET_INPUT
 * }
 * ```
 */
export class ParapetInputError extends ParapetError {
  constructor(message: string, options?: ParapetErrorOptions) {
    super('ERR_PARAPET_INPUT', message, options);
    this.name = 'ParapetInputError';
  }
}

/**
 * Reported when a state store such as the rate limiter's Redis store fails
 * or does not answer in time. The limiter still answers (per `onStoreError`)
 * and hands this error to its `onError` option.
 *
 * @example
 * ```ts
 * createRateLimiter({
 *   capacity: 60,
 *   refillPerSecond: 1,
 *   store,
 *   onError: (error) => {
 *     if (error.code === 'ERR_PARAPET_STORE_TIMEOUT') metrics.increment('redis_timeouts');
 *   },
 * });
 * ```
 */
export class ParapetStoreError extends ParapetError {
  constructor(
    code: 'ERR_PARAPET_STORE' | 'ERR_PARAPET_STORE_TIMEOUT',
    message: string,
    options?: ParapetErrorOptions,
  ) {
    super(code, message, options);
    this.name = 'ParapetStoreError';
  }
}

/**
 * Thrown by the vault. Every failure to open an envelope (wrong key, wrong
 * context, tampering, truncation, unknown version) throws the same error with
 * the same message, so the error cannot be used as an oracle.
 *
 * @example
 * ```ts
 * try {
 *   vault.open(envelope);
 * } catch (error) {
 *   if (error instanceof ParapetVaultError) denyAccess();
 * }
 * ```
 */
export class ParapetVaultError extends ParapetError {
  constructor(
    code: 'ERR_PARAPET_VAULT' | 'ERR_PARAPET_VAULT_ACCESS',
    message: string,
    options?: ParapetErrorOptions,
  ) {
    super(code, message, options);
    this.name = 'ParapetVaultError';
  }
}

/**
 * Thrown by the tool-call guard's `run` when a call is denied or its approval
 * is refused; `check` reports the same outcome as a value instead.
 *
 * @example
 * ```ts
 * try {
 *   await guard.run({ name: 'shell', args }, execute);
 * } catch (error) {
 *   if (error instanceof ParapetToolError) reportDenied(error.message);
 * }
 * ```
 */
export class ParapetToolError extends ParapetError {
  constructor(message: string, options?: ParapetErrorOptions) {
    super('ERR_PARAPET_TOOL', message, options);
    this.name = 'ParapetToolError';
  }
}

/**
 * Raised inside the HTTP guard pipeline for failures that end a request
 * (body unreadable, downstream handler threw). Clients only ever see a
 * generic body; the error goes to the audit hook.
 *
 * @example
 * ```ts
 * onEvent(event) {
 *   if (event.errorCode === 'ERR_PARAPET_HTTP') alertOnCall(event.requestId);
 * }
 * ```
 */
export class ParapetHttpError extends ParapetError {
  /** HTTP status the pipeline answered with. */
  readonly status: number;

  constructor(status: number, message: string, options?: ParapetErrorOptions) {
    super('ERR_PARAPET_HTTP', message, options);
    this.name = 'ParapetHttpError';
    this.status = status;
  }
}
