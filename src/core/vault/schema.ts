import { z } from 'zod';
import { systemClock } from '../../internal/clock.js';
import { parseOptions } from '../../internal/config.js';

/**
 * A zod schema accepting any function as a value (hooks such as `onAudit`,
 * `approve`, `now`). The function's own signature is enforced by TypeScript.
 */
export function functionSchema<F extends (...args: never[]) => unknown>(): z.ZodCustom<F, F> {
  return z.custom<F>((value) => typeof value === 'function', { message: 'expected a function' });
}

/** `now` option: a clock returning epoch milliseconds, defaulting to the system clock. */
export function clockSchema(): z.ZodDefault<z.ZodCustom<() => number, () => number>> {
  return functionSchema<() => number>().default(() => systemClock);
}

/**
 * Calls an audit hook, swallowing anything it throws: auditing must never
 * break (or change the outcome of) the operation it records.
 */
export function emitAudit<E>(hook: ((event: E) => void) | undefined, event: E): void {
  if (hook === undefined) return;
  try {
    hook(event);
  } catch {
    // Deliberately ignored; see the function comment.
  }
}

/**
 * Validates options that hold caller-owned objects (a detector, a scanner, a
 * vault) without freezing them: `parseOptions` deep-freezes plain objects,
 * which would freeze the caller's own detector and its state. On failure it
 * throws exactly what `parseOptions` throws.
 */
export function parseDependencies<S extends z.ZodType>(
  schema: S,
  input: unknown,
  context: string,
): Readonly<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  return parseOptions(schema, input, context);
}
