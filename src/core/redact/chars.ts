/**
 * Character-class tests on UTF-16 code units, shared by the scanners. They
 * mirror the regular-expression classes the rules use (`\s` included), so a
 * hand-written walk and a pattern agree on where a token ends.
 *
 * @module
 */

import { isAsciiAlnum, isRegExpSpace } from '../text/unicode.js';

/** `[0-9]` */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** `[A-Za-z0-9]` */
export const isAlnum = isAsciiAlnum;

/** `[0-9A-Fa-f]` */
export function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** `[A-Za-z0-9_-]` (base64url). */
export function isUrlSafe(c: number): boolean {
  return isAlnum(c) || c === 95 || c === 45;
}

/** Whitespace exactly as the regular-expression class `\s` defines it. */
export const isSpace = isRegExpSpace;

/**
 * Whether `text[at]` follows a string escape for a line break or a tab
 * (`\\n`, `\\r`, `\\t`): in JSON or a log line the letter ends the escape,
 * so a token starting at `at` is not glued to it ("...:\\nghp_...").
 */
export function afterEscape(text: string, at: number): boolean {
  if (at < 2 || text.charCodeAt(at - 2) !== 92) return false;
  const c = text.charCodeAt(at - 1);
  return c === 110 || c === 114 || c === 116;
}

/**
 * Whether `text[at]` follows a percent-escape of a delimiter (`%3D`, `%26`,
 * `%2F`, `%22`: `=`, `&`, `/`, `"`) in URL-encoded text
 * (`?next=...%3Ftoken%3Dghr_...`): the token starting at `at` is not glued
 * to the escape's hex digits.
 */
export function afterPercent(text: string, at: number): boolean {
  if (at < 3 || text.charCodeAt(at - 3) !== 37) return false;
  const hi = text.charCodeAt(at - 2);
  const lo = text.charCodeAt(at - 1) | 0x20;
  const letter = lo >= 97 && lo <= 102;
  // %20-%2F, and %3A-%3F, %5B-%5F, %7B-%7F: punctuation, never a letter or a digit.
  if (hi === 50) return letter || (lo >= 48 && lo <= 57);
  return (hi === 51 && letter) || ((hi === 53 || hi === 55) && letter && lo !== 97);
}

/** `charTable` bit: the character ends a token (whitespace, quotes, brackets, separators). */
export const TOKEN_STOP = 1;
/**
 * `charTable` bit: the character may end an unquoted value (`&` is checked
 * for a next parameter, `\\` for a string escape).
 */
export const VALUE_STOP = 2;

let table: Uint8Array | undefined;

/** Stop bits of the ASCII characters, built on first use; above 127 only `\s` stops. */
export function charTable(): Uint8Array {
  if (table !== undefined) return table;
  const out = new Uint8Array(128);
  for (let c = 0; c < 128; c++) if (isSpace(c)) out[c] = TOKEN_STOP | VALUE_STOP;
  for (const ch of '"\'`<>()[]{},;\\|^') out[ch.charCodeAt(0)]! |= TOKEN_STOP;
  for (const ch of '"\'`,;)]}><&\\') out[ch.charCodeAt(0)]! |= VALUE_STOP;
  table = out;
  return out;
}
