/**
 * How a key and its value read, for the redaction engine's assignments:
 * key hashing and spelling, the commands whose flags carry a password, and
 * the tests that tell a credential from a word or a file path when a key is
 * written loosely (an option, a sentence). Pure functions on UTF-16 units.
 *
 * @module
 */

import { isAlnum, isDigit, isSpace } from './chars.js';

/** FNV-1a of `text[start, end)` read backwards and case-folded, as `#assign` hashes a key. */
export function keyHash(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = end - 1; i >= start; i--)
    hash = Math.imul(hash ^ (text.charCodeAt(i) | 0x20), 0x01000193);
  return hash >>> 0;
}

/** Whether `text` at `at` spells `word` (lower case ASCII) in any case. */
export function sameFolded(text: string, at: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    if ((text.charCodeAt(at + i) | 0x20) !== word.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * Commands with a short password flag (see {@link takesPassword}), curl and
 * wget (`-u user:password`), and HTTPie (`http -a user:password`; a word
 * before a space, not a URL's scheme).
 */
export const COMMANDS =
  /\b(?:mysqldump|mysqladmin|mysql|mariadb-dump|mariadb|sshpass|login|redis-cli|curl|wget|https?(?= )|ldap(?:search|add|modify|delete|passwd|whoami|compare|modrdn)|mongo(?:sh|dump|restore|export|import|stat|top|files)?)\b/g;

/** How far before its flag a command may start. */
export const COMMAND_REACH = 96;

/**
 * Whether `command` takes its password through flag `-<f>`: `-p<password>`
 * for mysql, mariadb and sshpass; `-p <password>` for sshpass and any
 * `login` (docker, podman, helm registry) and the MongoDB tools; `-a` for redis-cli; `-w` for the
 * ldap tools.
 */
export function takesPassword(command: string, f: number, attached: boolean): boolean {
  if (attached)
    return command.startsWith('mysql') || command.startsWith('mariadb') || command === 'sshpass';
  if (f === 112) return command === 'sshpass' || command === 'login' || command.startsWith('mongo');
  if (f === 97) return command === 'redis-cli';
  return command.startsWith('ldap');
}

/** A character of an attribute value naming a key (`ConnectionStrings:Db`, `smtp.password`). */
export function isNameChar(c: number): boolean {
  return isKeyChar(c) || c === 58;
}

/** Attributes before a `value` attribute that {@link namingAttribute} reads. */
const ATTRIBUTES_BACK = 3;
/** Longest attribute value {@link namingAttribute} reads back over. */
const ATTRIBUTE_VALUE_MAX = 64;

/** What names the `value` attribute of a tag (see {@link namingAttribute}). */
export interface NamingAttribute {
  /**
   * The name given by the nearest `key`, `name` or `id` attribute,
   * `text[start, end)` (empty when there is none).
   */
  readonly start: number;
  readonly end: number;
  /** A `type="password"` attribute: the value is a password, whatever its name. */
  readonly password: boolean;
}

/**
 * What names the `value` attribute whose name starts at `at`, from the
 * {@link ATTRIBUTES_BACK} attributes before it (same tag, set off by
 * whitespace, quoted values): the nearest `key`, `name` or `id` (.NET
 * `<add key="ApiKey" value="..."/>`, `<input id="medicare" value="...">`)
 * and whether one is `type="password"`. Other attributes (`type="text"`,
 * `class="..."`) are read over. Undefined when neither is there. Reads at
 * most a few hundred units back.
 *
 * @example
 * ```ts
 * namingAttribute('<input id="tfn" type="text" value="...">', 28); // { start: 11, end: 14, password: false }
 * ```
 */
export function namingAttribute(text: string, at: number): NamingAttribute | undefined {
  let p = at;
  let start = -1;
  let end = -1;
  let password = false;
  for (let n = 0; n < ATTRIBUTES_BACK; n++) {
    const stop = p;
    while (p > 0 && stop - p < 40 && isSpace(text.charCodeAt(p - 1))) p--;
    if (p === stop) break;
    const quote = text.charCodeAt(p - 1);
    if (quote !== 34 && quote !== 39) break;
    const valueEnd = p - 1;
    let valueStart = valueEnd;
    while (valueStart > 0 && valueEnd - valueStart < ATTRIBUTE_VALUE_MAX) {
      const c = text.charCodeAt(valueStart - 1);
      if (c === quote || c === 60 || c === 62 || c === 10) break;
      valueStart--;
    }
    if (valueStart === valueEnd || text.charCodeAt(valueStart - 1) !== quote) break;
    p = valueStart - 1;
    while (p > 0 && valueStart - p < 6 && isSpace(text.charCodeAt(p - 1))) p--;
    if (text.charCodeAt(p - 1) !== 61) break;
    p--;
    while (p > 0 && valueStart - p < 10 && isSpace(text.charCodeAt(p - 1))) p--;
    const nameEnd = p;
    while (p > 0 && nameEnd - p <= 16 && isKeyChar(text.charCodeAt(p - 1))) p--;
    if (p === nameEnd || isKeyChar(text.charCodeAt(p - 1))) break;
    const length = nameEnd - p;
    if (
      start < 0 &&
      ((length === 3 && sameFolded(text, p, 'key')) ||
        (length === 4 && sameFolded(text, p, 'name')) ||
        (length === 2 && sameFolded(text, p, 'id'))) &&
      nameLike(text, valueStart, valueEnd)
    ) {
      start = valueStart;
      end = valueEnd;
    } else if (
      length === 4 &&
      sameFolded(text, p, 'type') &&
      valueEnd - valueStart === 8 &&
      sameFolded(text, valueStart, 'password')
    )
      password = true;
  }
  if (start < 0 && !password) return undefined;
  return start < 0 ? { start: at, end: at, password } : { start, end, password };
}

/** Whether `text[start, end)` is made of {@link isNameChar} characters. */
function nameLike(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isNameChar(text.charCodeAt(i))) return false;
  return true;
}

/**
 * A value written without an operator (`--password hunter2`, "my password
 * is hunter2") counts when it reads as a credential: letters with a digit
 * or a symbol, or a long run of letters in both cases; not a word such as
 * "required" or "case-sensitive".
 */
export function credentialLike(value: string): boolean {
  return credentialLikeIn(value, 0, value.length);
}

/** {@link credentialLike} of `text[start, end)`, without a slice. */
function credentialLikeIn(text: string, start: number, end: number): boolean {
  let letter = false;
  let other = false;
  let upper = false;
  let lower = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) letter = upper = true;
    else if (c >= 97 && c <= 122) letter = lower = true;
    else if (isDigit(c) || isCredentialSymbol(c)) other = true;
    if (letter && other) return true;
  }
  return upper && lower && end - start >= MIXED_CASE_MIN;
}

/**
 * Letters alone read as a credential from this length on when both cases
 * occur: a random key (`acIRuiWNgJAIhcOLqbxP...`), not a word.
 */
const MIXED_CASE_MIN = 16;

/**
 * A cheap test of the word at `text[from]` (after up to four spaces and an
 * opening quote or wrapper, up to a space, a quote or a `,` or `;` a space follows, at
 * most 128 units) before a
 * loosely written value is read: what {@link credentialLike} accepts.
 */
export function looseValueAt(text: string, from: number): boolean {
  let p = from;
  while (p - from < 4 && text.charCodeAt(p) === 32) p++;
  const open = text.charCodeAt(p);
  if (isQuote(open)) p++;
  else if (closerOf(open) !== 0) {
    // A word in brackets, typographic quotes or emphasis (see wrappedWord).
    p++;
    if (open === 0x2a && text.charCodeAt(p) === 0x2a) p++;
    else if (isPairSpace(text.charCodeAt(p))) p++;
    // A pair inside the pair (`\u300c\`...\`\u300d`, `\u300c**...**\u300d`).
    const inner = text.charCodeAt(p);
    if (isQuote(inner) || closerOf(inner) !== 0)
      p += inner === 0x2a && text.charCodeAt(p + 1) === 0x2a ? 2 : 1;
  }
  const start = p;
  let letter = false;
  let other = false;
  let upper = false;
  let lower = false;
  const end = Math.min(text.length, p + 128);
  for (; p < end; p++) {
    const c = text.charCodeAt(p);
    // Punctuation and CJK text end the word too (`\u300c...\u300d\u306b`).
    if (isSpace(c) || isQuote(c) || c >= 0x2000) break;
    // A `,` or `;` ends a sentence's word; inside one it is part of the value.
    if ((c === 44 || c === 59) && (p + 1 >= text.length || isSpace(text.charCodeAt(p + 1)))) break;
    if (c >= 65 && c <= 90) letter = upper = true;
    else if (c >= 97 && c <= 122) letter = lower = true;
    else if (isDigit(c) || isCredentialSymbol(c)) other = true;
    if (letter && other) return true;
  }
  return upper && lower && p - start >= MIXED_CASE_MIN;
}

/**
 * A value written right after its key with no operator ("API key 1cfe...",
 * "the token to ...") must read as a random token, since the words after a
 * key are usually prose: letters with digits (two or more, or one amid
 * letters of both cases), not an identifier made of words
 * (`OAuth2AccessToken`, `use_new_scheme_v2`; a symbol such as `!` or `#`
 * makes words a password, `Harbortiger5548#!`) and not a digest (`sha256:...`).
 *
 * @example
 * ```ts
 * tokenLike('ofMj5P3xKKpxrTQGgSTVX7rR0UFOnNhld6'); // true
 * tokenLike('TokenType_Identifier'); // false
 * ```
 */
export function tokenLike(value: string): boolean {
  let digits = 0;
  let upper = false;
  let lower = false;
  // Runs of one kind: a word (`Access`, `OAUTH`), digits, or other characters.
  let runs = 0;
  let shortWord = false;
  let kind = 0;
  let length = 0;
  // A symbol no identifier holds (`!`, `#`, `@`, `%`, ...; not `_` or `/`).
  let symbol = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c !== 95 && c !== 47 && isCredentialSymbol(c)) symbol = true;
    const up = c >= 65 && c <= 90;
    const low = c >= 97 && c <= 122;
    const next = up ? 1 : low ? 2 : isDigit(c) ? 3 : 4;
    if (up) upper = true;
    else if (low) lower = true;
    else if (next === 3) digits++;
    // A capital starts a word; lower case after a capital continues it.
    const continues = next === kind || (next === 2 && kind === 1);
    if (!continues) {
      if ((kind === 1 || kind === 2) && length < 3) shortWord = true;
      runs++;
      length = 0;
    }
    kind = next;
    length++;
  }
  if ((kind === 1 || kind === 2) && length < 3) shortWord = true;
  if (digits === 0 || !(upper || lower) || !(digits >= 2 || (upper && lower))) return false;
  if (DIGEST.test(value)) return false;
  // Words of three letters or more, few runs: an identifier, unless a symbol
  // makes it a password (`Harbortiger5548#!`).
  return shortWord || symbol || runs * 4 > value.length;
}

const DIGEST = /^(?:sha(?:1|224|256|384|512)|md5|blake2[bs]?)[:-]/i;

/** Units after a loosely written key that {@link looseValueAt} may read. */
export const LOOSE_AHEAD = 4 + 1 + 128 + 1;

/** `! @ # $ % ^ & * + = ~ | _ / \` */
function isCredentialSymbol(c: number): boolean {
  return (
    c === 33 ||
    (c >= 35 && c <= 38) ||
    c === 42 ||
    c === 43 ||
    c === 47 ||
    c === 61 ||
    c === 64 ||
    c === 92 ||
    c === 94 ||
    c === 95 ||
    c === 124 ||
    c === 126
  );
}

export function isQuote(c: number): boolean {
  return c === 34 || c === 39 || c === 96;
}

export function isKeyChar(c: number): boolean {
  return isAlnum(c) || c === 95 || c === 45 || c === 46;
}

/**
 * A file path rather than a credential (`/etc/ssl/private/server.key`,
 * `./config/keys.json`, `C:\\Users\\me\\pw.txt`): path characters only, rooted
 * or ending in a file extension, and at most one capital letter per
 * segment (random base64 with `/` in it has many).
 */
export function pathLike(value: string): boolean {
  // No separator, no path (the common case: a token, read without the walk below).
  if (value.indexOf('/') < 0 && value.indexOf('\\') < 0) return false;
  let separators = 0;
  let capitals = 0;
  let p = 0;
  const drive = value.length > 2 && isAlnum(value.charCodeAt(0)) && value.charCodeAt(1) === 58;
  if (drive) p = 2;
  // A root, a drive, or `~`, `.` or `..` before the first separator.
  let lead = 0;
  if (value.charCodeAt(0) === 126) lead = 1;
  else while (lead < 2 && value.charCodeAt(lead) === 46) lead++;
  const first = value.charCodeAt(lead);
  const rooted = drive || first === 47 || first === 92;
  for (; p < value.length; p++) {
    const c = value.charCodeAt(p);
    if (c === 47 || c === 92) separators++;
    else if (c >= 65 && c <= 90) capitals++;
    else if (!(isAlnum(c) || c === 95 || c === 45 || c === 46 || c === 126)) return false;
  }
  if (separators === 0 || capitals > separators + 1) return false;
  return rooted || FILE_EXTENSION.test(value);
}

const FILE_EXTENSION = /\.[a-z][a-z0-9]{0,4}$/;

/**
 * A lookup with a literal fallback, up to the fallback's opening quote:
 * `process.env.DB_PASS || "..."`, `os.environ.get("X") or "..."`,
 * `process.env["X"] ?? "..."`, `$ENV{X} // "..."`, calls that take a
 * variable's name and a default, `os.getenv("DB_PASSWORD", "...")`,
 * `ENV.fetch("API_KEY", "...")`, and Rust's
 * `env::var("API_KEY").unwrap_or_else(|_| "...")` (or `.unwrap_or("...")`). The literal is the credential a program
 * falls back to, hard-coded. At most {@link FALLBACK_REACH} units.
 */
const FALLBACK =
  /(?:[\w$.[\]{}()'"-]{1,100}(?:[ \t]{0,4}(?:\|\||\?\?|\/\/)|[ \t]{1,4}or\b)|[\w$.]{1,60}\([ \t]{0,4}['"][A-Za-z_][\w.-]{0,63}['"][ \t]{0,4},|[\w$.:]{1,60}\([ \t]{0,4}"[A-Za-z_][\w.-]{0,63}"[ \t]{0,4}\)\.(?:unwrap_or\(|unwrap_or_else\([ \t]{0,4}\|\w{0,8}\|))[ \t]{0,4}(?=['"`])/y;

/** The most units {@link fallbackAt} reads past its start. */
export const FALLBACK_REACH = 192;

/**
 * Where the fallback literal of a lookup written at `text[from]` opens (its
 * quote), or -1 when the value there is not a lookup with a literal
 * fallback. See {@link FALLBACK}.
 *
 * @example
 * ```ts
 * fallbackAt('process.env.PW || "s3cret!"', 0); // 18
 * ```
 */
export function fallbackAt(text: string, from: number): number {
  FALLBACK.lastIndex = from;
  return FALLBACK.test(text) ? FALLBACK.lastIndex : -1;
}

/** Units of a value {@link lookupAt} reads for a member, an index or a call. */
const LOOKUP_REACH = 24;

/**
 * Whether the unquoted word at `text[from]` (up to a space, `end`, or
 * {@link LOOKUP_REACH} units) is
 * written like a lookup (a member, an index or a call: `.`, `[`, `(`, `{`),
 * the cheap test before {@link fallbackAt}.
 */
export function lookupAt(text: string, from: number, end: number): boolean {
  // The member, index or call of a lookup comes early (`process.env.`, `os.getenv(`).
  const stop = Math.min(end, from + LOOKUP_REACH);
  for (let p = from; p < stop; p++) {
    const c = text.charCodeAt(p);
    if (c === 46 || c === 40 || c === 91 || c === 123) return true;
    if (isSpace(c) || isQuote(c) || c === 44 || c === 59 || c === 61) return false;
  }
  return false;
}

/** One blank line before the value: up to four blanks and a break. */
const BLANK_LINE = 4 + 2;

/** A Markdown code fence's line before the value: three backticks, a language name, a break. */
const FENCE_LINE = 3 + 16 + 2;

/** Units after a key's colon that {@link nextLineValue} may read. */
export const NEXT_LINE_AHEAD = 4 + 2 + BLANK_LINE + 8 + FENCE_LINE + 128 + 4 + 2;

/**
 * Where the value of a key written as a label opens (`Password:` at the
 * end of its line, the value alone on the next line, indented or not), or
 * -1. The next line (past one blank line and a Markdown code fence's opening line) must hold
 * one word of at most 128 units and nothing else, and that word must read
 * as a credential ({@link credentialLike}):
 * a YAML mapping (`password:` then `  value: ...`) or a sentence is no value.
 * Reads `text[from, limit)`.
 *
 * @example
 * ```ts
 * nextLineValue('Password:\nTr0ub4dor&3\n', 9); // 10
 * nextLineValue('password:\n  secretKeyRef:\n', 9); // -1
 * ```
 */
export function nextLineValue(text: string, from: number, limit: number): number {
  let p = from;
  while (p < limit && p - from < 4 && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
  if (text.charCodeAt(p) === 13) p++;
  if (p >= limit || text.charCodeAt(p) !== 10) return -1;
  p++;
  // One blank line may set the value off (an email: "... is:", a blank line, the value indented).
  let blank = p;
  while (
    blank < limit &&
    blank - p < 4 &&
    (text.charCodeAt(blank) === 32 || text.charCodeAt(blank) === 9)
  )
    blank++;
  if (text.charCodeAt(blank) === 13) blank++;
  if (blank < limit && text.charCodeAt(blank) === 10) p = blank + 1;
  let indent = p;
  while (p < limit && p - indent < 8 && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9))
    p++;
  // A value shown as code: "```" and a language name (at most 16 letters) on a line of its own.
  if (text.startsWith('```', p)) {
    let q = p + 3;
    while (q < limit && q - p < FENCE_LINE - 2 && isAlnum(text.charCodeAt(q))) q++;
    if (text.charCodeAt(q) === 13) q++;
    if (q >= limit || text.charCodeAt(q) !== 10) return -1;
    p = q + 1;
    indent = p;
    while (p < limit && p - indent < 8 && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9))
      p++;
  }
  const start = p;
  while (p < limit && p - start < 128 && !isSpace(text.charCodeAt(p))) p++;
  const end = p;
  if (end === start) return -1;
  while (p < limit && p - end < 4 && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
  const c = text.charCodeAt(p);
  if (!(p >= text.length || c === 10 || c === 13)) return -1;
  return credentialLikeIn(text, start, end) ? start : -1;
}

/**
 * The unit that closes a value opened by `c` when a writer sets a token off
 * in prose: brackets, typographic quotes and Markdown emphasis; 0 for none.
 */
function closerOf(c: number): number {
  switch (c) {
    case 0x28:
      return 0x29; // ( )
    case 0x5b:
      return 0x5d; // [ ]
    case 0x7b:
      return 0x7d; // { }
    case 0x3c:
      return 0x3e; // < >
    case 0x2a:
      return 0x2a; // * *
    case 0xab:
      return 0xbb; // guillemets
    case 0x2039:
      return 0x203a; // single guillemets
    case 0x201e:
    case 0x201c:
      return 0x201d; // German and English double quotes (a German opener may close with U+201C too)
    case 0x2018:
      return 0x2019; // single quotes
    case 0x300c:
      return 0x300d; // CJK corner brackets
    case 0x300e:
      return 0x300f; // white corner brackets
    case 0x3010:
      return 0x3011; // lenticular brackets
    case 0xff08:
      return 0xff09; // fullwidth parentheses
    default:
      return 0;
  }
}

/** Whether `c` opens a wrapped word (see {@link wrappedWord}). */
export function isWrapperOpen(c: number): boolean {
  return closerOf(c) !== 0;
}

/** Shortest word read between wrappers (shorter ones are remarks: `(none)`, `[tbd]`). */
const WRAPPED_MIN = 8;

/** The word a {@link wrappedWord} found: `text[start, end)`, its closer at `end`. */
export interface WrappedWord {
  readonly start: number;
  readonly end: number;
}

/**
 * One word set off by a pair of wrappers at `text[v]`: `(...)`, `[...]`,
 * `{...}`, `<...>`, guillemets, typographic quotes, CJK brackets, `*...*` or
 * `**...**`. The word holds no space, quote or bracket, is at least
 * {@link WRAPPED_MIN} units long, ends before `limit`, and the closer is
 * followed by a space, the end, punctuation or another closer. Anything else
 * (a call, a tuple, a remark, a template) is no wrapped word: undefined.
 *
 * @example
 * ```ts
 * wrappedWord('key: (q8Zr2LkP0wXe).', 5, 30); // { start: 6, end: 18 }
 * wrappedWord('f(a, b)', 1, 7); // undefined
 * ```
 */
export function wrappedWord(text: string, v: number, limit: number): WrappedWord | undefined {
  const open = text.charCodeAt(v);
  const close = closerOf(open);
  if (close === 0) return undefined;
  // One pair inside another (`\u300c\`...\`\u300d`, `\u201c'...'\u201d`, `\u300c(...)\u300d`):
  // the inner word, when its closer meets the outer one.
  const nested = nestedWord(text, v + 1, limit, close);
  if (nested !== undefined) return nested;
  let start = v + 1;
  const bold = open === 0x2a && text.charCodeAt(start) === 0x2a;
  if (bold) start++;
  // French and some other typography put a space inside guillemets.
  const spaced = open === 0xab || open === 0x2039;
  if (spaced && isPairSpace(text.charCodeAt(start))) start++;
  let e = start;
  for (; e < limit; e++) {
    const c = text.charCodeAt(e);
    if (c === close || (open === 0x201e && c === 0x201c)) break;
    if (isSpace(c) || isQuote(c) || closerOf(c) !== 0 || isCloser(c)) {
      if (spaced && isPairSpace(c) && text.charCodeAt(e + 1) === close) break;
      return undefined;
    }
  }
  if (e >= limit || e - start < WRAPPED_MIN) return undefined;
  let after = e + (isPairSpace(text.charCodeAt(e)) ? 2 : 1);
  // Punctuation that ends the sentence inside the pair (`\u300c...;\u300d`) is no part of the word.
  const end = e - 1 > start && isSentencePunct(text.charCodeAt(e - 1)) ? e - 1 : e;
  if (bold) {
    if (text.charCodeAt(after) !== 0x2a) return undefined;
    after++;
  }
  if (after < text.length) {
    const c = text.charCodeAt(after);
    // A string escape (`[...]\\nThanks` in JSON) ends the sentence too.
    const escaped = c === 92 && isEscapeLetter(text.charCodeAt(after + 1));
    if (!(isSpace(c) || isSentencePunct(c) || isCloser(c) || isQuote(c) || c > 0x7f || escaped))
      return undefined;
  }
  return { start, end };
}

/**
 * The word of a pair opened at `text[at]` (an ASCII quote or backtick, or a
 * bracket other than `*`) whose closer is followed right away by `outer`.
 */
function nestedWord(
  text: string,
  at: number,
  limit: number,
  outer: number,
): WrappedWord | undefined {
  const open = text.charCodeAt(at);
  const close = open === 0x27 || open === 0x22 || open === 0x60 ? open : closerOf(open);
  if (close === 0) return undefined;
  // Markdown emphasis: `*...*` or `**...**`.
  const bold = open === 0x2a && text.charCodeAt(at + 1) === 0x2a ? 1 : 0;
  const start = at + 1 + bold;
  let e = start;
  // A German opener may close with U+201C (as in wrappedWord).
  while (
    e < limit &&
    text.charCodeAt(e) !== close &&
    !(open === 0x201e && text.charCodeAt(e) === 0x201c)
  ) {
    const c = text.charCodeAt(e);
    if (isSpace(c) || isQuote(c) || isCloser(c)) return undefined;
    e++;
  }
  if (e >= limit || e - start < WRAPPED_MIN) return undefined;
  if (bold === 1 && text.charCodeAt(e + 1) !== 0x2a) return undefined;
  if (text.charCodeAt(e + 1 + bold) !== outer) return undefined;
  return { start, end: e };
}

/** What follows a backslash in an escape for a line break, a tab or a quote (`n`, `r`, `t`, `"`, `'`). */
export function isEscapeLetter(c: number): boolean {
  return c === 110 || c === 114 || c === 116 || c === 34 || c === 39;
}

/**
 * The space French typography sets inside guillemets: a plain, a no-break
 * (U+00A0) or a narrow no-break (U+202F) one.
 */
export function isPairSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f;
}

/** A closing bracket (ASCII or CJK) or closing typographic quote. */
function isCloser(c: number): boolean {
  return (
    c === 0x29 ||
    c === 0x5d ||
    c === 0x7d ||
    c === 0x3e ||
    c === 0xbb ||
    c === 0x203a ||
    c === 0x201d ||
    c === 0x2019 ||
    c === 0x300d ||
    c === 0x300f ||
    c === 0x3011 ||
    c === 0xff09
  );
}

/** `. , ; : ! ?` */
function isSentencePunct(c: number): boolean {
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63;
}

/**
 * Punctuation outside ASCII that ends a word in prose and is never part of a
 * credential: the ellipsis, dashes, typographic quotes, guillemets, CJK and
 * fullwidth punctuation.
 */
export function isProsePunct(c: number): boolean {
  return (
    (c >= 0x2010 && c <= 0x2027) ||
    c === 0xab ||
    c === 0xbb ||
    c === 0x2039 ||
    c === 0x203a ||
    (c >= 0x3000 && c <= 0x3011) ||
    (c >= 0xff01 && c <= 0xff0f) ||
    (c >= 0xff1a && c <= 0xff1f)
  );
}
