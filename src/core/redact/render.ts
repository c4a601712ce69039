/**
 * Replacement text for each redaction style. One renderer lives for one
 * `redact` call or one stream, so placeholders stay stable within it.
 *
 * @module
 */

import type { RedactionStyle, ResolvedRedactorOptions } from './options.js';
import { createHmacSha256, toHex } from './sha256.js';

/**
 * Turns a finding (its type, and its value `text[start, end)`) into its
 * replacement text. The value is cut out only by the styles that read it.
 */
export type Render = (type: string, text: string, start: number, end: number) => string;

/** Decodes the configured hash key (bytes or base64) into a private copy. */
export function hashKeyBytes(key: Uint8Array | string): Uint8Array {
  if (typeof key !== 'string') return key.slice();
  const binary = atob(key);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** What a renderer factory needs, computed once per redactor. */
export interface RenderConfig {
  readonly style: RedactionStyle;
  readonly hashLength: number;
  readonly prefix: number;
  readonly suffix: number;
  readonly mac: ((message: Uint8Array) => Uint8Array) | undefined;
  /** `mask` replacements by type, built as types are met (bounded by the rule catalogue). */
  readonly masks: Map<string, string>;
}

/** Compiles the style options (the HMAC pads are computed here, once). */
export function renderConfig(options: ResolvedRedactorOptions): RenderConfig {
  return {
    style: options.style,
    hashLength: options.hashLength,
    prefix: options.partial.prefix,
    suffix: options.partial.suffix,
    mac:
      options.style === 'hash' && options.hashKey !== undefined
        ? createHmacSha256(hashKeyBytes(options.hashKey))
        : undefined,
    masks: new Map(),
  };
}

/**
 * A renderer for one call or stream.
 *
 * - `mask`: `[REDACTED:<type>]`
 * - `partial`: `[REDACTED:<type>:<start>****<end>]`, keeping at most `prefix` and
 *   `suffix` characters (never more than a quarter of the value at each end)
 * - `hash`: `[REDACTED:<type>:<first hashLength hex digits of HMAC-SHA-256(value)>]`
 * - `remove`: nothing
 * - `placeholder`: `<TYPE_n>`, numbered per type in order of first
 *   appearance; the same value of the same type gets the same placeholder
 */
export function createRender(config: RenderConfig): Render {
  switch (config.style) {
    case 'mask': {
      const masks = config.masks;
      return (type) => {
        let mask = masks.get(type);
        if (mask === undefined) {
          mask = `[REDACTED:${type}]`;
          masks.set(type, mask);
        }
        return mask;
      };
    }
    case 'remove':
      return () => '';
    case 'partial':
      return (type, text, start, end) => {
        const value = text.slice(start, end);
        const keepStart = Math.min(config.prefix, Math.floor(value.length / 4));
        const keepEnd = Math.min(config.suffix, Math.floor(value.length / 4));
        // Inside brackets, so the kept characters cannot join the text around them.
        const kept = `${value.slice(0, keepStart)}****${keepEnd === 0 ? '' : value.slice(-keepEnd)}`;
        return `[REDACTED:${type}:${kept.replace(/[[\]\r\n]/g, '*')}]`;
      };
    case 'hash': {
      const mac = config.mac;
      if (mac === undefined) return (type) => `[REDACTED:${type}]`;
      const encoder = new TextEncoder();
      return (type, text, start, end) =>
        `[REDACTED:${type}:${toHex(mac(encoder.encode(text.slice(start, end)))).slice(0, config.hashLength)}]`;
    }
    case 'placeholder': {
      const seen = new Map<string, string>();
      const counts = new Map<string, number>();
      return (type, text, start, end) => {
        const key = `${type}\u0000${text.slice(start, end)}`;
        let placeholder = seen.get(key);
        if (placeholder === undefined) {
          const n = (counts.get(type) ?? 0) + 1;
          counts.set(type, n);
          placeholder = `<${type.toUpperCase()}_${n}>`;
          seen.set(key, placeholder);
        }
        return placeholder;
      };
    }
  }
}
