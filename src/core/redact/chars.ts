/**
 * Character-class tests on UTF-16 code units, shared by the scanners. They
 * mirror the regular-expression classes the rules use (`\s` included), so a
 * hand-written walk and a pattern agree on where a token ends.
 *
 * @module
 */

/** `[0-9]` */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** `[A-Za-z0-9]` */
export function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** `[0-9A-Fa-f]` */
export function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** `[A-Za-z0-9_-]` (base64url). */
export function isUrlSafe(c: number): boolean {
  return isAlnum(c) || c === 95 || c === 45;
}

/** Whitespace exactly as the regular-expression class `\s` defines it. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
