import type { z } from 'zod';
import { ParapetConfigError, type ParapetConfigIssue } from '../errors.js';

/**
 * Parses `input` with `schema` once, at construction time, and returns the
 * resolved (defaults applied) options deeply frozen. On failure it throws a
 * {@link ParapetConfigError} that lists every problem by dotted path, with a
 * "did you mean" hint for misspelt keys. ZodError never escapes.
 */
export function parseOptions<S extends z.ZodType>(
  schema: S,
  input: unknown,
  context: string,
): Readonly<z.output<S>> {
  const result = schema.safeParse(input === undefined ? {} : input);
  if (result.success) return deepFreeze(result.data, callerObjects(input));
  const issues: ParapetConfigIssue[] = [];
  for (const issue of result.error.issues) {
    const path = formatPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(schema, issue.path);
      for (const key of issue.keys) {
        const suggestion = suggest(key, known);
        const where = path === '' ? key : `${path}.${key}`;
        issues.push({
          path: where,
          message:
            suggestion === undefined
              ? 'unknown option'
              : `unknown option; did you mean \`${suggestion}\`?`,
        });
      }
    } else {
      issues.push({ path, message: describe(issue) });
    }
  }
  throw new ParapetConfigError(context, issues);
}

/** Builds a config error for problems found after schema parsing (e.g. unsafe patterns). */
export function configError(context: string, path: string, message: string): ParapetConfigError {
  return new ParapetConfigError(context, [{ path, message }]);
}

function describe(issue: z.core.$ZodIssue): string {
  // Zod's messages name types and allowed values but never echo the received
  // value; custom refinements in parapet follow the same rule.
  return issue.message;
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

type Def = { readonly type?: string } & Record<string, unknown>;

function defOf(schema: unknown): Def | undefined {
  if (typeof schema !== 'object' || schema === null || !('_zod' in schema)) return undefined;
  const internals = (schema as { _zod: { def?: unknown } })._zod;
  return typeof internals.def === 'object' && internals.def !== null
    ? (internals.def as Def)
    : undefined;
}

/** Peels wrappers (optional, default, pipe, ...) until a structural schema. */
function unwrap(schema: unknown): unknown {
  let current = schema;
  for (let depth = 0; depth < 32; depth++) {
    const def = defOf(current);
    if (def === undefined) return current;
    if ('innerType' in def) current = def['innerType'];
    else if (def.type === 'pipe') current = def['in'];
    else return current;
  }
  return current;
}

/** For a union (e.g. `false | { ... }`), the first member that is an object schema. */
function objectMember(schema: unknown): unknown {
  const def = defOf(schema);
  if (def?.type !== 'union' || !Array.isArray(def['options'])) return schema;
  for (const option of def['options']) {
    const inner = unwrap(option);
    if (defOf(inner)?.type === 'object') return inner;
  }
  return schema;
}

function knownKeysAt(schema: unknown, path: readonly PropertyKey[]): readonly string[] {
  let current = objectMember(unwrap(schema));
  for (const part of path) {
    const def = defOf(current);
    if (def === undefined) return [];
    if (def.type === 'object' && typeof def['shape'] === 'object' && def['shape'] !== null) {
      current = objectMember(unwrap((def['shape'] as Record<string, unknown>)[String(part)]));
    } else if (def.type === 'array') {
      current = objectMember(unwrap(def['element']));
    } else if (def.type === 'record') {
      current = objectMember(unwrap(def['valueType']));
    } else {
      return [];
    }
  }
  const def = defOf(current);
  if (def?.type === 'object' && typeof def['shape'] === 'object' && def['shape'] !== null) {
    return Object.keys(def['shape'] as Record<string, unknown>);
  }
  return [];
}

/** Closest known key by case-insensitive edit distance, if close enough to be a typo. */
export function suggest(key: string, known: readonly string[]): string | undefined {
  const lowered = key.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const distance = editDistance(lowered, candidate.toLowerCase(), 3);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const budget = Math.max(1, Math.min(3, Math.floor(key.length / 3)));
  return bestDistance <= budget ? best : undefined;
}

/** Damerau-Levenshtein (optimal string alignment) with an early exit above `cap`. */
function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  if (a.length > 64 || b.length > 64) return a === b ? 0 : cap + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = new Array<number>(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        d[(i - 1) * cols + j]! + 1,
        d[i * cols + j - 1]! + 1,
        d[(i - 1) * cols + j - 1]! + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, d[(i - 2) * cols + j - 2]! + 1);
      }
      d[i * cols + j] = value;
    }
  }
  return d[rows * cols - 1]!;
}

/**
 * Every object reachable from the caller's input. Schemas copy the options
 * they know; values that pass through by reference (a store, a detector, a
 * canary given to `z.custom`) belong to the caller and must not be frozen.
 */
function callerObjects(input: unknown): WeakSet<object> {
  const seen = new WeakSet<object>();
  const stack: unknown[] = [input];
  let budget = 100_000;
  while (stack.length > 0 && budget-- > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) stack.push(...value);
    else if (Object.getPrototypeOf(value) === Object.prototype) stack.push(...Object.values(value));
  }
  return seen;
}

/**
 * Freezes plain objects and arrays recursively; leaves class instances,
 * functions, typed arrays and anything in `skip` (objects the caller owns) alone.
 */
export function deepFreeze<T>(value: T, skip?: WeakSet<object>): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  if (skip?.has(value) === true) return value;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (Array.isArray(value)) {
    for (const item of value) deepFreeze(item, skip);
    return Object.freeze(value);
  }
  if (proto !== Object.prototype && proto !== null) return value;
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key], skip);
  return Object.freeze(value);
}
