/** Helpers shared by the redactor's tests. */
import { expect } from 'vitest';
import type { Redactor } from '../../../src/core/redact/redactor.js';
import { tokenLike } from '../../../src/core/redact/values.js';

/** Each finding of `redactor` in `text` as `[type or ruleId, the exact text of its span]`. */
export function spans(
  redactor: Redactor,
  text: string,
  by: 'type' | 'ruleId' = 'type',
): [string, string][] {
  return redactor.scan(text).map((f) => [f[by], text.slice(f.start, f.end)]);
}

/** The exact text of each finding of `type` in `text`. */
export function spansOf(redactor: Redactor, text: string, type: string): string[] {
  return spans(redactor, text)
    .filter(([found]) => found === type)
    .map(([, value]) => value);
}

/** What a stream of `redactor` outputs for `text` pushed one UTF-16 unit at a time. */
export function streamedByUnit(redactor: Redactor, text: string): string {
  const stream = redactor.createStream();
  let out = '';
  for (let i = 0; i < text.length; i++) out += stream.push(text[i]!);
  return out + stream.flush();
}

/** What a stream of `redactor` outputs for `text` pushed in chunks of `size` UTF-16 units. */
export function streamedInChunks(redactor: Redactor, text: string, size: number): string {
  const stream = redactor.createStream();
  let out = '';
  for (let i = 0; i < text.length; i += size) out += stream.push(text.slice(i, i + size));
  return out + stream.flush();
}

/** A base62 value of length `n` from `gen` that reads as a random token (it has digits in it). */
export function randomToken(gen: (template: string) => string, n: number): string {
  for (;;) {
    const value = gen(`{A:${n}}`);
    if (tokenLike(value)) return value;
  }
}

/** Asserts that `redactor` finds nothing in any of `texts`. */
export function expectNoFindings(redactor: Redactor, texts: readonly string[]): void {
  for (const text of texts) expect(redactor.scan(text), text).toEqual([]);
}
