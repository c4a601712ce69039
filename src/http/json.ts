/** Outcome of parsing a JSON body under limits. */
export type JsonParseResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly reason: 'invalid_json' | 'json_too_complex' };

const JSON_TYPE = /^application\/(?:[a-z0-9.+-]*\+|)json\s*(?:;|$)/i;

/** True for `application/json` and `application/*+json` media types, parameters allowed. */
export function isJsonContentType(value: string): boolean {
  return JSON_TYPE.test(value);
}

let decoder: InstanceType<typeof TextDecoder> | undefined;

/** Decodes a body as strict UTF-8 (RFC 8259 requires it); undefined when it is not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  decoder ??= new TextDecoder('utf-8', { fatal: true });
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Parses `text` as JSON with limits on nesting depth and on the number of
 * object members, enforced before `JSON.parse` runs: V8 parses a 1 MiB body
 * of `[` without crashing but spends ~150 ms and ~50 MB on it. With `protoKeys: 'error'`,
 * `__proto__` keys and `constructor.prototype` paths (prototype-pollution
 * gadgets for code that merges the body) are refused.
 */
export function parseJsonBounded(
  text: string,
  maxDepth: number,
  maxKeys: number,
  protoKeys: 'error' | 'ignore',
): JsonParseResult {
  // Native counts first: nesting cannot exceed the number of opening
  // brackets, nor members the number of colons. Ordinary bodies stop here;
  // only one with that many brackets or colons pays for the exact scan.
  if (
    countUpTo(text, '{', maxDepth) + countUpTo(text, '[', maxDepth) > maxDepth ||
    countUpTo(text, ':', maxKeys) > maxKeys
  ) {
    if (!withinLimits(text, maxDepth, maxKeys)) return { ok: false, reason: 'json_too_complex' };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'invalid_json' };
  }
  // `__proto__` and `constructor` can only appear as written or through a \u escape.
  const suspicious =
    text.includes('__proto__') || text.includes('constructor') || text.includes('\\u');
  if (protoKeys === 'error' && suspicious && hasProtoKeys(value))
    return { ok: false, reason: 'invalid_json' };
  return { ok: true, value };
}

/** Occurrences of `char` in `text`, counting no further than `limit + 1`. */
function countUpTo(text: string, char: string, limit: number): number {
  let count = 0;
  for (let at = text.indexOf(char); at !== -1 && count <= limit; at = text.indexOf(char, at + 1))
    count++;
  return count;
}

/** Exact linear scan: nesting depth and member count outside strings. */
function withinLimits(text: string, maxDepth: number, maxKeys: number): boolean {
  let depth = 0;
  let keys = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > maxDepth) return false;
    } else if (c === 0x7d || c === 0x5d) depth--;
    else if (c === 0x3a && ++keys > maxKeys) return false;
  }
  return true;
}

/** Iterative walk: any own `__proto__` key, or a `constructor` object holding `prototype`. */
function hasProtoKeys(root: unknown): boolean {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object' && item !== null) stack.push(item);
      continue;
    }
    for (const key of Object.keys(value)) {
      if (key === '__proto__') return true;
      const child = (value as Record<string, unknown>)[key];
      if (
        key === 'constructor' &&
        typeof child === 'object' &&
        child !== null &&
        'prototype' in child
      )
        return true;
      if (typeof child === 'object' && child !== null) stack.push(child);
    }
  }
  return false;
}
