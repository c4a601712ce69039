/**
 * Credentials named in the prose of other languages: the key words of
 * German, French, Spanish, Portuguese, Italian, Dutch, Japanese, Chinese and
 * Korean mapped to the English key whose rules they select, the copulas and
 * particles between a key and its value ("mein Token lautet ...", "la clave
 * API es ...", the particles of Japanese and Chinese), and "use ... as the key"
 * sentences. Pure functions on UTF-16 units; the engine reads the value.
 *
 * @module
 */

import { isAlnum, isSpace } from './chars.js';

/**
 * Key words by language, lower case, with the English key name whose rules
 * they select. Longer phrases come first so that the alternation prefers
 * them (`clave api` before `clave`). English words are here too: a sentence
 * in another language often names the key in English ("mein API key ist").
 */
const KEY_WORDS: readonly (readonly [string, string])[] = [
  // German
  ['api-schl\u00fcssel', 'api key'],
  ['api schl\u00fcssel', 'api key'],
  ['zugangsschl\u00fcssel', 'api key'],
  ['schl\u00fcssel', 'api key'],
  ['passwort', 'password'],
  ['kennwort', 'password'],
  ['zugangstoken', 'token'],
  ['zugriffstoken', 'token'],
  // French
  ["cl\u00e9 d'api", 'api key'],
  ['cl\u00e9 d\u2019api', 'api key'],
  ['cl\u00e9 api', 'api key'],
  ['cl\u00e9', 'api key'],
  ["jeton d'acc\u00e8s", 'token'],
  ['jeton d\u2019acc\u00e8s', 'token'],
  ['jeton', 'token'],
  ['mot de passe', 'password'],
  // Spanish
  ['clave de api', 'api key'],
  ['clave api', 'api key'],
  ['clave', 'api key'],
  ['contrase\u00f1a', 'password'],
  ['token de acceso', 'token'],
  ['secreto', 'secret'],
  // Portuguese
  ['chave de api', 'api key'],
  ['chave api', 'api key'],
  ['chave', 'api key'],
  ['senha', 'password'],
  ['token de acesso', 'token'],
  ['segredo', 'secret'],
  // Italian
  ['chiave api', 'api key'],
  ['chiave', 'api key'],
  ['segreto', 'secret'],
  // Dutch
  ['api-sleutel', 'api key'],
  ['sleutel', 'api key'],
  ['wachtwoord', 'password'],
  ['toegangstoken', 'token'],
  // Japanese
  ['\u30a2\u30af\u30bb\u30b9\u30c8\u30fc\u30af\u30f3', 'token'],
  ['\u30c8\u30fc\u30af\u30f3', 'token'],
  ['\u30d1\u30b9\u30ef\u30fc\u30c9', 'password'],
  ['\u30b7\u30fc\u30af\u30ec\u30c3\u30c8', 'secret'],
  ['\u30ad\u30fc', 'api key'],
  // Chinese (simplified and traditional)
  ['\u5bc6\u94a5', 'api key'],
  ['\u5bc6\u9470', 'api key'],
  ['\u79d8\u94a5', 'api key'],
  ['\u4ee4\u724c', 'token'],
  ['\u5bc6\u7801', 'password'],
  ['\u5bc6\u78bc', 'password'],
  // Korean
  ['\ud1a0\ud070', 'token'],
  ['\ube44\ubc00\ubc88\ud638', 'password'],
  // English
  ['api key', 'api key'],
  ['api-key', 'api key'],
  ['apikey', 'api key'],
  ['token', 'token'],
  ['secret', 'secret'],
  ['password', 'password'],
];

/** The key words of {@link KEY_WORDS} as one alternation. */
const KEY_WORD = new RegExp(
  KEY_WORDS.map(([word]) => word.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|'),
  'gi',
);

const NAMES = new Map(KEY_WORDS.map(([word, name]) => [word, name]));

/** Units before an operator that {@link keyBefore} reads back over. */
export const KEY_REACH = 48;

/** Most units between a key word's end and the operator after it ("Token", then " Cloudflare nuevo"). */
const KEY_GAP = 28;

/** A key word found in prose: `text[start, end)`, and the English key whose rules it selects. */
export interface ForeignKey {
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

/**
 * The key word nearest before `h` on its line and in its sentence, at most
 * {@link KEY_GAP} units before it: "mein Okta Token lautet", "El clave API
 * Mistral nuevo es", "CohereAPI\u5bc6\u94a5\u662f". Latin words must stand alone
 * (`clave` in `autoclave` is none).
 *
 * @example
 * ```ts
 * keyBefore('O novo token Cloudflare \u00e9 x', 23); // { start: 7, end: 12, name: 'token' }
 * keyBefore('Der neue Vertrag ist x', 16); // undefined
 * ```
 */
export function keyBefore(text: string, h: number): ForeignKey | undefined {
  let from = h;
  while (from > 0 && h - from < KEY_REACH) {
    const c = text.charCodeAt(from - 1);
    if (c === 10 || c === 46 || c === 33 || c === 63 || c === 0x3002 || c === 0xff01) break;
    from--;
  }
  const slice = text.slice(from, h);
  KEY_WORD.lastIndex = 0;
  let found: ForeignKey | undefined;
  for (let m = KEY_WORD.exec(slice); m !== null; m = KEY_WORD.exec(slice)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (!standsAlone(text, start, end)) {
      KEY_WORD.lastIndex = m.index + 1;
      continue;
    }
    // The whole phrase counts (`API-Schl\u00fcssel`, not its `Schl\u00fcssel`).
    KEY_WORD.lastIndex = m.index + m[0].length;
    if (h - end <= KEY_GAP && phrase(text, end, h))
      found = { start, end, name: NAMES.get(m[0].toLowerCase()) ?? 'api key' };
  }
  return found;
}

/**
 * The key word a "New one:" at `h` refers to: the one the sentence before
 * names ("We rotated the Datadog API key yesterday. New one: ...").
 *
 * @example
 * ```ts
 * keyOfReferent('We rotated the Okta token. New one: x', 34); // { start: 20, end: 25, name: 'token' }
 * ```
 */
export function keyOfReferent(text: string, h: number): ForeignKey | undefined {
  let e = h;
  while (e > 0 && isSpace(text.charCodeAt(e - 1))) e--;
  const start = e - REFERENT.length;
  if (start < 2 || text.slice(start, e).toLowerCase() !== REFERENT) return undefined;
  // Right after the sentence before: its period and a space.
  let d = start;
  while (d > 0 && start - d < 3 && isSpace(text.charCodeAt(d - 1))) d--;
  if (d === start) return undefined;
  const end = text.charCodeAt(d - 1);
  if (end !== 46 && end !== 33) return undefined;
  return keyBefore(text, d - 1);
}

/** The words that refer back to a key named in the sentence before. */
const REFERENT = 'new one';

/**
 * The first key word in `text[from, limit)` that opens a noun phrase after
 * "as" ("als Cloudflare API-Schl\u00fcssel", "comme cl\u00e9 API", "as the API
 * key"), at most {@link KEY_GAP} units on and before any sentence end.
 */
export function keyAfter(text: string, from: number, limit: number): ForeignKey | undefined {
  let to = from;
  while (to < limit && to - from < KEY_GAP + 16) {
    const c = text.charCodeAt(to);
    if (c === 10 || c === 46 || c === 33 || c === 63 || c === 44) break;
    to++;
  }
  const slice = text.slice(from, to);
  KEY_WORD.lastIndex = 0;
  for (let m = KEY_WORD.exec(slice); m !== null; m = KEY_WORD.exec(slice)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (standsAlone(text, start, end) && m.index <= KEY_GAP)
      return { start, end, name: NAMES.get(m[0].toLowerCase()) ?? 'api key' };
    KEY_WORD.lastIndex = m.index + 1;
  }
  return undefined;
}

/**
 * A Latin key word with no letter, digit or `_` right before or after it
 * (`DB_PASSWORD` is a variable's name, not a word); CJK words need no spaces.
 */
function standsAlone(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start) >= 0x3000) return true;
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  return !isLetter(before) && before !== 95 && !isLetter(after) && after !== 95;
}

/**
 * Whether `text[from, to)` holds only words of a noun phrase: letters,
 * digits, spaces and hyphens ("Cloudflare nuevo", " Azure Storage"). A
 * colon, a slash, an `@` or a quote between a key word and the operator
 * (`username:password@host:`) makes them parts of something else.
 */
function phrase(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!(isLetter(c) || c === 32 || c === 45 || c >= 0x3000)) return false;
  }
  return true;
}

/** An ASCII letter or digit, or a letter of the Latin-1 and Latin Extended blocks. */
function isLetter(c: number): boolean {
  return isAlnum(c) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/**
 * Operators between a key and its value in prose that the assignment
 * scanners do not read: copulas of other languages (`ist`, `lautet`, `est`,
 * `es`, `\u00e9`, `\u00e8`, `era`, `foi`, `war`), "as" before a key named
 * after its value (`als`, `comme`, `como`, `come`, `as`, Chinese
 * `\u4f5c\u4e3a`), an arrow (`\u2192`, `\u21d2`: "Okta token \u2192 ..."), a
 * fullwidth colon, the particles of Japanese and Chinese (`\u306f`,
 * `\u3092`, `\u662f`, `\u4e3a`, `\u70ba`), and a parenthesis after a value
 * that names it ("try with X? (Cloudflare API key)"). A space before a
 * copula is part of the match; a particle must be followed by what may open
 * a value (ASCII or an opening bracket or quote), so that CJK prose costs
 * next to nothing.
 */
export const FOREIGN_OPERATOR =
  / (?:(?:ist|lautet|lauten|est|es|era|foi|war|als|comme|como|come|as|\u00e9|\u00e8) |\()| ?[\u2192\u21d2] |[\uff1a\u306f\u3092\u662f\u4e3a\u70ba\u4f5c] ?[\x21-\x7e\u00ab\u2018\u201c\u201e\u300c\u300e\u3010\uff08\u4e3a\u70ba]/g;

/** Whether the operator at `h` (a match of {@link FOREIGN_OPERATOR}) is "as" before a key. */
export function isAs(text: string, h: number): boolean {
  const c = text.charCodeAt(h + 1);
  // as, als, comme, como, come; the copulas start otherwise.
  return text.charCodeAt(h) === 32 && (c === 97 || c === 99);
}

/** Whether the operator at `h` is Chinese "as" (`\u4f5c\u4e3a`, `\u4f5c\u70ba`) before a key. */
export function isCjkAs(text: string, h: number): boolean {
  const c = text.charCodeAt(h + 1);
  return text.charCodeAt(h) === 0x4f5c && (c === 0x4e3a || c === 0x70ba);
}

/**
 * Where the `(` of the operator at `h` is, when that operator is a
 * parenthesis after a value (`X (`, `X? (`: the match starts at the space); -1 otherwise.
 */
export function parenAt(text: string, h: number): number {
  return text.charCodeAt(h) === 32 && text.charCodeAt(h + 1) === 40 ? h + 1 : -1;
}

/**
 * The key word a parenthesis opened at `open` names, when the parenthesis
 * holds only a short noun phrase ending in it ("(Cloudflare API key)",
 * "(Okta token)", "(secret)"); undefined for anything else ("(see above)",
 * "(the key is in the vault)").
 *
 * @example
 * ```ts
 * keyInParens('x (Datadog API key)', 2, 19); // { start: 11, end: 18, name: 'api key' }
 * keyInParens('x (see the API key docs)', 2, 24); // undefined
 * ```
 */
export function keyInParens(text: string, open: number, limit: number): ForeignKey | undefined {
  let close = open + 1;
  while (close < limit && close - open <= KEY_GAP + 8 && text.charCodeAt(close) !== 41) close++;
  if (close >= limit || text.charCodeAt(close) !== 41) return undefined;
  const key = keyAfter(text, open + 1, close);
  if (key === undefined || !phrase(text, open + 1, key.start)) return undefined;
  // Nothing but the key's own phrase after it (`API key`, `API-Schl\u00fcssel`).
  return close - key.end <= 1 ? key : undefined;
}

/**
 * Where the word before Chinese "as" at `h` starts, when "use"
 * (`\u4f7f\u7528`, `\u7528`) comes right before it ("\u8bf7\u4f7f\u7528 X
 * \u4f5c\u4e3a ... \u5bc6\u94a5"); -1 otherwise. The word is what lies
 * between the verb and the operator: ASCII, spaces and quotes or brackets.
 */
export function cjkUsedWordStart(text: string, h: number): number {
  let w = h;
  while (w > 0 && h - w < USED_WORD_MAX && !isIdeograph(text.charCodeAt(w - 1))) w--;
  while (w < h && isSpace(text.charCodeAt(w))) w++;
  if (w === h || w < 1 || text.charCodeAt(w - 1) !== 0x7528) return -1;
  return w;
}

/** A CJK unified ideograph or kana (the brackets and quotes of CJK text are none). */
function isIdeograph(c: number): boolean {
  return (
    (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)
  );
}

/** The end of the operator matched at `h`: past its closing space for a word. */
export function operatorEnd(text: string, h: number): number {
  if (text.charCodeAt(h) !== 32) return h + 1;
  let e = h + 1;
  while (e < text.length && text.charCodeAt(e) !== 32) e++;
  return e + 1;
}

/**
 * Verbs of "use ... as" in English, German, French, Spanish, Portuguese,
 * Italian and Dutch, ending at a space (sticky: set `lastIndex` to the
 * verb's start).
 */
const USE_VERB =
  /(?:use|usa|usad|usen|usem|usar|usate|usare|utilise|utilisez|utiliser|verwende|verwendet|verwenden|benutze|benutzt|benutzen|nutze|nutzt|gebruik|gebruikt) /iy;

/** Longest word before "as" that {@link usedWordStart} reads back over. */
export const USED_WORD_MAX = 256;

/** Longest verb of {@link USE_VERB}, with its space. */
const USE_VERB_MAX = 10;

/**
 * The earliest offset a value found by {@link usedWordStart} can start at
 * for an operator at or after `next`: back over the word before `next`, and
 * when that word is a closing guillemet set off by spaces, over the value
 * and its opener too. A stream holds back from here.
 */
export function usedWordFrontier(text: string, next: number): number {
  let a = next;
  while (a > 0 && next - a < USED_WORD_MAX && !isSpace(text.charCodeAt(a - 1))) a--;
  // `\u00ab X \u00bb` (or a lone closer just before `next`): back over ` X ` and the opener.
  if (a > 0 && next - a <= 1) {
    let o = a - 1;
    while (o > 0 && a - o < USED_WORD_MAX && !isSpace(text.charCodeAt(o - 1))) o--;
    a = Math.max(0, o - 2);
  }
  return a;
}

/**
 * Where the word before "as" at `h` starts, when a verb of "use" comes right
 * before it ("Bitte verwendet X als", "Merci d'utiliser X comme", "Please
 * use X as"); -1 otherwise. The word may be wrapped (`**X**`, `(X)`) or end
 * in a comma or `!`.
 */
export function usedWordStart(text: string, h: number): number {
  let w = h;
  while (w > 0 && h - w < USED_WORD_MAX && !isSpace(text.charCodeAt(w - 1))) w--;
  if (w === h || w < 2) return -1;
  // Guillemets set off with spaces (`\u00ab X \u00bb`): back over the word to its opener.
  const close = text.charCodeAt(w);
  if (h - w === 1 && (close === 0xbb || close === 0x203a)) {
    let o = w - 1;
    while (o > 0 && w - o < USED_WORD_MAX && !isSpace(text.charCodeAt(o - 1))) o--;
    if (o < 3 || !isSpace(text.charCodeAt(o - 1))) return -1;
    const open = text.charCodeAt(o - 2);
    if (open !== 0xab && open !== 0x2039) return -1;
    w = o - 2;
    if (w < 2 || !isSpace(text.charCodeAt(w - 1))) return -1;
  }
  // The verb: letters back from the space before the word.
  let verb = w - 1;
  while (verb > 0 && w - 1 - verb < USE_VERB_MAX && isLetter(text.charCodeAt(verb - 1))) verb--;
  if (verb > 0 && isLetter(text.charCodeAt(verb - 1))) return -1;
  // "d'utiliser", "d\u2019utiliser": the elided article is no letter.
  USE_VERB.lastIndex = verb;
  return USE_VERB.test(text) && USE_VERB.lastIndex === w ? w : -1;
}
