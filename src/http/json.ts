/** Outcome of parsing a JSON body under limits. */
export type JsonParseResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly reason: 'invalid_json' | 'json_too_complex' };

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
 * object members. A linear pre-scan enforces both before `JSON.parse` runs,
 * so hostile nesting never reaches the parser. With `protoKeys: 'error'`,
 * `__proto__` keys and `constructor.prototype` paths (prototype-pollution
 * gadgets for code that merges the body) are refused.
 */
export function parseJsonBounded(
  text: string,
  maxDepth: number,
  maxKeys: number,
  protoKeys: 'error' | 'ignore',
): JsonParseResult {
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
      if (++depth > maxDepth) return { ok: false, reason: 'json_too_complex' };
    } else if (c === 0x7d || c === 0x5d) depth--;
    else if (c === 0x3a && ++keys > maxKeys) return { ok: false, reason: 'json_too_complex' };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'invalid_json' };
  }
  if (protoKeys === 'error' && hasProtoKeys(value)) return { ok: false, reason: 'invalid_json' };
  return { ok: true, value };
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
