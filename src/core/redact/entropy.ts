/**
 * Value heuristics shared by secret rules: Shannon entropy, and the filter
 * that keeps documentation placeholders, template references and
 * low-information strings (`YOUR_API_KEY`, `<token>`, `${DB_PASSWORD}`,
 * `xxxxxxxx`, AWS's documented example keys) from becoming findings.
 *
 * @module
 */

import { isAlnum } from './chars.js';

let counts: Uint32Array | undefined;
/** ASCII symbols of the text being measured, in order of first occurrence. */
let firsts: Uint8Array | undefined;
let klogkTable: Float64Array | undefined;

/** `k * log2(k)` for k < 1024, built on first use. */
function kLogK(): Float64Array {
  if (klogkTable === undefined) {
    klogkTable = new Float64Array(1024);
    for (let k = 2; k < 1024; k++) klogkTable[k] = k * Math.log2(k);
  }
  return klogkTable;
}

/**
 * Shannon entropy of `text` in bits per character (0 for empty text).
 *
 * @example
 * ```ts
 * shannonEntropy('aaaa'); // 0
 * shannonEntropy('abcd'); // 2
 * ```
 */
export function shannonEntropy(text: string): number {
  const n = text.length;
  if (n === 0) return 0;
  counts ??= new Uint32Array(128);
  firsts ??= new Uint8Array(128);
  const table = counts;
  const order = firsts;
  let symbols = 0;
  let other: Map<number, number> | undefined;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (table[c]!++ === 0) order[symbols++] = c;
    } else {
      other ??= new Map();
      other.set(c, (other.get(c) ?? 0) + 1);
    }
  }
  // H = log2(n) - sum(k log2 k) / n, summed over the symbols in order of
  // first occurrence (the order fixes the rounding); each count is reset.
  const klogk = kLogK();
  let sum = 0;
  for (let j = 0; j < symbols; j++) {
    const c = order[j]!;
    const k = table[c]!;
    sum += k < 1024 ? klogk[k]! : k * Math.log2(k);
    table[c] = 0;
  }
  if (other !== undefined) for (const k of other.values()) sum += k * Math.log2(k);
  return Math.max(0, Math.log2(n) - sum / n);
}

/**
 * Number of character classes (lower, upper, digit, other) present in `text`.
 *
 * @example
 * ```ts
 * charClasses('abC1'); // 3
 * ```
 */
export function charClasses(text: string): number {
  return (
    (/[a-z]/.test(text) ? 1 : 0) +
    (/[A-Z]/.test(text) ? 1 : 0) +
    (/[0-9]/.test(text) ? 1 : 0) +
    (/[^A-Za-z0-9]/.test(text) ? 1 : 0)
  );
}

/** Longest run of one repeated character, and of ascending or descending code points. */
function runs(text: string): { run: number; sequence: number } {
  let run = 1;
  let longest = 1;
  let up = 1;
  let down = 1;
  let sequence = 1;
  for (let i = 1; i < text.length; i++) {
    const d = text.charCodeAt(i) - text.charCodeAt(i - 1);
    run = d === 0 ? run + 1 : 1;
    up = d === 1 ? up + 1 : 1;
    down = d === -1 ? down + 1 : 1;
    if (run > longest) longest = run;
    if (up > sequence) sequence = up;
    if (down > sequence) sequence = down;
  }
  return { run: longest, sequence };
}

/**
 * Length of the longest run of one character if it reaches `min`, else 0.
 * A run of `min` or more covers a multiple of `min / 2`, so only those
 * positions are expanded.
 */
function runAtLeast(text: string, min: number): number {
  const step = Math.max(1, Math.floor(min / 2));
  let best = 0;
  for (let p = step - 1; p < text.length; p += step) {
    const c = text.charCodeAt(p);
    let a = p;
    let b = p + 1;
    while (a > 0 && text.charCodeAt(a - 1) === c) a--;
    while (b < text.length && text.charCodeAt(b) === c) b++;
    if (b - a > best) best = b - a;
  }
  return best >= min ? best : 0;
}

// Words and markers that documentation, templates and redacted output use in
// place of a real value. Matched case-insensitively anywhere in the value.
// `%3C...%3E` is `<...>` URL-encoded
// (`?password=%3Ctoken%3E`). A value that opens with `YOUR_` names what goes
// there (`YOUR_STRIPE_SECRET_KEY`); `change-me`, `changeit` (Java's keystore
// default) and a run of counting digits are stand-ins too, and `#{...}` and
// `[[ ... ]]` are template references (Ruby, Go templates), as are `<%`, `<?` and `<#`
// (ERB, PHP, FreeMarker). `[FILTERED]` and `[hidden]` are what loggers write
// in place of a value (Rails' parameter filter). `<...>` (or `&lt;...&gt;`) holds words (`<your api key>`, `<user@host>`,
// `<$TOKEN>`); `<J!@>` is part of a random value. `%(name)s` and a `%s`
// that ends a word are format slots; random symbols hold `%(m)$` and `%s+` now
// and then (Django's alphabet).
const PLACEHOLDER_MARKERS =
  /example|your[_-]?(?:api|secret|token|key|access|own|pass|bot|app|user|auth|client|webhook)|^your[_-]|placeholder|dummy|redacted|change[_-]?(?:me|it)|replace[_-]?me|insert[_-]?|x{8}|(?:^|[_-])xxxx|123456789|\*\*\*|\.\.\.|\[(?:filtered|hidden|masked|removed|omitted|sensitive)\]|&lt;[\w .:@/|$-]{0,64}&gt;|<[\w .:@/|$-]{0,64}>|<[%?#]|%3c[^<>%]{0,64}%3e|\$\{|\{\{|#\{|\[\[|%\([A-Za-z_][\w.-]{0,40}\)[sdirf]|%s(?![\w!#$%&()*+=@^-])|_here\b|\bhere_|\bfake|\bsample|notarealkey|not[_-]?a[_-]?real/gi;

/**
 * Whether `text` carries a placeholder marker written as a word: in one
 * case (`dummy`, `EXAMPLE`, `Sample`) or set off by a non-alphanumeric
 * character or an end. Random base64 spells `dumMy` or `FaKe` inside a run
 * of letters now and then; that is not a marker.
 */
function hasMarker(text: string): boolean {
  PLACEHOLDER_MARKERS.lastIndex = 0;
  for (let m = PLACEHOLDER_MARKERS.exec(text); m !== null; m = PLACEHOLDER_MARKERS.exec(text)) {
    const word = m[0];
    const end = m.index + word.length;
    if (
      ONE_CASE.test(word) ||
      m.index === 0 ||
      end === text.length ||
      !isAlnum(text.charCodeAt(m.index - 1)) ||
      !isAlnum(text.charCodeAt(end))
    )
      return true;
    PLACEHOLDER_MARKERS.lastIndex = m.index + 1;
  }
  return false;
}

/** No letters, or letters all in one case, or a capital then lower case. */
const ONE_CASE = /^(?:[^A-Za-z]*|[^a-z]*|[^A-Z]*|[^A-Za-z]*[A-Z][^A-Z]*)$/;

// Values that name a variable, a type or a lookup instead of containing one
// (the type names of schemas, `password: SecretStr`, are among CONSTANT_WORDS).
// A shell variable (`$DB_PASSWORD`, `$HOME/.key`) or command (`$(cat ...)`) is
// the whole value or runs up to a path; `$fcz+*g^...` is a random value. YAML tags
// (Ansible's `!vault |`, CloudFormation's `!Sub`) and a HashiCorp Vault path
// (`secret/data/smtp:password`) and a 1Password reference (`op://vault/item/field`)
// point to the value.
const REFERENCE =
  /^(?:\{[A-Za-z_]\w{0,63}\}$|\$[A-Za-z_]\w{0,63}(?![^\s/.:])|\$\([A-Za-z_][\w./-]{0,63}(?![^\s)])|process\.env|os\.(?:environ|getenv)|System\.getenv|Environment\.GetEnvironmentVariable|ENV(?:\[|\.fetch)|Deno\.env|import\.meta\.env|env[.:([]|getenv|secrets?\.|vault:|ref\+|!Ref\b|!vault\b|!(?:Sub|GetAtt|ImportValue|Join|Select|FindInMap|Base64|If)\b|secret\/(?:data\/)?[a-z]|%[A-Za-z_]+%$|op:\/\/[A-Za-z0-9]|@Value|import\b|require\b|new |this\.|self\.|config\.|settings\.|props\.|options\.|arn:aws(?:-cn|-us-gov|):)/;

/**
 * A password hash in a crypt(3), PHC or Django format (`$2b$12$...`,
 * `$argon2id$v=19$...`, `$6$salt$...`, `$apr1$...`, `pbkdf2_sha256$600000$...`,
 * `{SSHA}...`) or a value encrypted by SOPS (`ENC[AES256_GCM,data:...`), Ansible
 * Vault (`$ANSIBLE_VAULT;1.1;AES256`) or AWS KMS (a ciphertext blob,
 * `AQICAH...`): the form a store keeps instead of the secret, not the secret.
 */
const STORED_FORM =
  /^(?:\$2[abxy]?\$[0-9]{2}\$|\$argon2(?:id|i|d)\$|argon2\$argon2(?:id|i|d)\$|\$(?:1|5|6|y|gy|7|apr1|sha1|pbkdf2-sha(?:1|256|512)|scrypt)\$|(?:pbkdf2_sha(?:1|256)|bcrypt_sha256|bcrypt|argon2|scrypt|sha1|md5)\$|\{(?:SSHA|SHA|SSHA256|SSHA512|CRYPT|PBKDF2(?:-SHA(?:256|512)|))\}|ENC\[AES256_GCM,|\$ANSIBLE_VAULT;|AQICAH[A-Za-z0-9+/]{20})/;

/**
 * Whether `value` is two or more upper-case words of letters joined by
 * single `_` (`REPLACE_IN_CI`, `STRIPE_SECRET_KEY`): the first of two
 * letters or more, at most 64 units in all.
 */
function upperSnake(value: string): boolean {
  const n = value.length;
  if (n < 4 || n > 64) return false;
  let joints = 0;
  let word = 0;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c >= 65 && c <= 90) word++;
    else if (c === 95 && word >= (joints === 0 ? 2 : 1)) {
      joints++;
      word = 0;
    } else return false;
  }
  return joints > 0 && word > 0;
}

const CONSTANT_WORDS =
  /^(?:null|none|nil|undefined|true|false|yes|no|on|off|string|str|number|int|boolean|bool|required|optional|empty|unset|unknown|default|secret|password|passwd|token|apikey|api_key|value|test|testing|demo|admin|pass|pwd|foo|bar|foobar|baz|qux|abc|abc123|hidden|masked|private|public|string\?|text|bytes|secretstr|secretbytes|secretstring|passwordstr|strictstr|constr|charfield|passwordfield|hashed|hash|encrypted|digest)$/i;

/**
 * True when `value` is a documentation placeholder, a template or variable
 * reference, a redaction marker, a constant word, a run of one character, a
 * plain sequence, a token public by design (Mapbox `pk.`, Stripe `pk_live_`),
 * or otherwise carries too little information to be a real credential.
 * Checked for every secret finding, so known example values (`YOUR_API_KEY`,
 * `sk-xxxx...`, `<token>`, AWS's `...EXAMPLE` keys) are never reported.
 *
 * @example
 * ```ts
 * isPlaceholder('YOUR_API_KEY'); // true
 * isPlaceholder('${DB_PASSWORD}'); // true
 * isPlaceholder('q8Zr2LkP0wXe'); // false
 * isPlaceholder('sk-proj-..'); // true: an ellipsis that lost its last period to the sentence
 * isPlaceholder('Tr0ub4dor3xyz..', true); // false: it ends at a URL's `@`
 * ```
 *
 * @param closed - The value ends at a delimiter of its own (a URL password's
 *   `@`), not where a sentence may end: a final `..` is then part of it.
 */
export function isPlaceholder(value: string, closed = false): boolean {
  const n = value.length;
  if (n === 0) return true;
  if (n >= 24 && DOCUMENTED.has(value)) return true;
  // A value ending in `..` is an ellipsis (`sk-proj-...`) whose last period
  // was read as the end of the sentence.
  if (!closed && n >= 2 && value.endsWith('..')) return true;
  if (n <= 24) {
    if (n <= 12 && CONSTANT_WORDS.test(value)) return true;
    const { run, sequence } = runs(value);
    if (run * 2 > n || (run >= 6 && run * 4 >= n)) return true;
    if (sequence >= Math.max(6, Math.ceil(n * 0.6))) return true;
  } else if (runAtLeast(value, Math.ceil(n / 4)) > 0) {
    // A run of one character is filler only where it is a good part of the value.
    return true;
  }
  if (REFERENCE.test(value)) return true;
  // A password hash or an encrypted value: what a store keeps instead of the secret.
  if (STORED_FORM.test(value)) return true;
  // The name of a variable, not its value: `AZURE_OPENAI_API_KEY` (`headers={"api-key":
  // AZURE_OPENAI_API_KEY}`), `REPLACE_IN_CI`. Generated values hold digits or lower case.
  if (upperSnake(value)) return true;
  // Public by design: a Mapbox public token, a Stripe publishable key.
  if (PUBLIC_TOKEN.test(value)) return true;
  // A masked display of a key (`sk_live_\u2022\u2022\u2022\u20220152`, `ghp_***...a1b2`) shows no secret.
  if (MASKED.test(value)) return true;
  // Placeholders announce themselves near the start or the end of a long value.
  const marked =
    n <= 96 ? hasMarker(value) : hasMarker(value.slice(0, 48)) || hasMarker(value.slice(-48));
  // A generated password (letters, digits and four kinds of symbol or more)
  // spells `<vNw>`, `{{`, `[[` or `%s` by chance: those are no markers there.
  return marked && !(n >= 12 && generatedPassword(value) && !OWN_TOKEN.test(value));
}

/**
 * Sample credentials printed in vendors' documentation and copied into
 * countless tutorials and tests: Stripe's API reference keys, jwt.io's
 * default token and the Azure storage emulators' account key. Written in
 * pieces so that no scanner reads this file as holding them.
 */
const DOCUMENTED: ReadonlySet<string> = new Set([
  `sk_test_${'4eC39HqLyjWDarjtT1zdp7dc'}`,
  `pk_test_${'TYooMQauvdEDq54NiTphI7jx'}`,
  `${'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9'}.${'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ'}.${'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'}`,
  // The storage emulators' (Azurite, the Azure Storage Emulator) shared development account key.
  `${'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq'}/${'K1SZFPTOtr/KBHBeksoGMGw=='}`,
]);

/** Tokens made to be shipped to browsers: Mapbox's `pk.`, Stripe's `pk_live_` / `pk_test_`. */
const PUBLIC_TOKEN = /^(?:pk\.eyJ|pk_(?:live|test)_)/;

/** Three mask characters in a row: bullets, black circles, middle dots or asterisks. */
const MASKED = /[\u2022\u25cf\u00b7\u2219*]{3}/;

/** One of parapet's own redaction tokens (`[REDACTED:password:Tr0****3xK]`). */
const OWN_TOKEN = /\[REDACTED:/;

/**
 * Whether `value` mixes letters, digits and at least four distinct ASCII
 * symbols (`_` and `-` not counted), as password generators do. Templates
 * hold fewer kinds (`${DB_PASSWORD_2}`: three; `<your-api-key>`: two), and
 * so do calls and indexes in code (`get(**kwargs`, `foo(bar[0]`: three).
 *
 * @example
 * ```ts
 * generatedPassword('oXQ(K>l<<&*3)*B3lV'); // true
 * generatedPassword('secrets[0]'); // false
 * ```
 */
export function generatedPassword(value: string): boolean {
  let letter = false;
  let digit = false;
  let kinds = 0;
  // ASCII symbols seen, as bits: units 32-63 in `low`, 64-95 in `mid`, 96-127 in `high`.
  let low = 0;
  let mid = 0;
  let high = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) letter = true;
    else if (c >= 48 && c <= 57) digit = true;
    else if (c > 32 && c < 127 && c !== 95 && c !== 45) {
      const bit = 1 << (c & 31);
      if (c < 64) {
        if ((low & bit) === 0) kinds++;
        low |= bit;
      } else if (c < 96) {
        if ((mid & bit) === 0) kinds++;
        mid |= bit;
      } else {
        if ((high & bit) === 0) kinds++;
        high |= bit;
      }
    }
  }
  return letter && digit && kinds >= 4;
}
