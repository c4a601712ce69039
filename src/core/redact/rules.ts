/**
 * The shape of redaction rules. Secret rules are declarative data (see
 * `secret-rules.ts`); PII recognisers are data plus one small matcher each
 * (see `pii.ts`), because checksums and national formats do not fit in a
 * regular expression.
 *
 * @module
 */

import type { Severity } from '../../types.js';

/**
 * Example inputs of a rule, written as templates so that no credential-like
 * literal sits in the repository. A template is plain text with directives
 * expanded at test time by `test/fixtures/secrets.ts`:
 *
 * - `{A:n}` n base62 characters, `{a:n}` lower-case alphanumerics,
 *   `{U:n}` upper-case alphanumerics, `{h:n}`/`{H:n}` hex, `{d:n}` digits,
 *   `{l:n}` lower-case letters, `{L:n}` letters, `{b:n}` base64, `{u:n}`
 *   base64url, `{B:n}` base32, `{bech:n}` upper-case Bech32 characters,
 *   `{x:n}` n times `x` (placeholder filler);
 * - `{crc}` the GitHub-style base62 CRC32 of the previous directive's output;
 * - `{jwt}`, `{pem:LABEL}`, `{pemjson}`, `{basic}`, `{discord}`, `{uuid}`
 *   structured generators;
 * - `[[` and `]]` around the part that must be reported (the whole example
 *   when absent); `[[type|...]]` when that part is reported with another
 *   type than the rule's (an AWS key id next to its secret).
 */
export interface RuleExamples {
  /** Inputs in which the rule must report exactly the marked span. */
  readonly match: readonly string[];
  /** Inputs in which the rule must report nothing. */
  readonly noMatch: readonly string[];
}

/** Named validators a secret rule can require (see `validators.ts`). */
export type SecretValidatorName =
  | 'github-crc32'
  | 'jwt'
  | 'basic-credentials'
  | 'discord-token'
  | 'aws-key-id'
  | 'bitcoin-wif';

/** Fields shared by every secret rule. */
interface SecretRuleBase {
  /** Stable identifier, `provider.kind` (e.g. `github.classic-pat`). */
  readonly id: string;
  /** Finding type shown in masks (`[REDACTED:github_token]`); snake_case. */
  readonly type: string;
  /** One sentence: what the credential is. */
  readonly description: string;
  readonly severity: Severity;
  /** Confidence of a match that passed every check, in (0, 1]. */
  readonly confidence: number;
  /** Higher wins when findings overlap (specific tokens 80-95, provider context 60-75, generic 10-30). */
  readonly priority: number;
  /** Validator the matched secret must pass; a checksum failure lowers confidence instead when `softValidate` is set. */
  readonly validate?: SecretValidatorName;
  /** Report a validator failure as a finding at this lower confidence instead of dropping it. */
  readonly softValidate?: number;
  /** Minimum Shannon entropy (bits per character) of the secret. */
  readonly minEntropy?: number;
  /** Skip the placeholder filter (for structured values such as key blocks). */
  readonly keepPlaceholders?: boolean;
  readonly examples: RuleExamples;
}

/**
 * A credential recognised by its own shape, found where one of its
 * `keywords` starts a token (the character before is not a letter or
 * digit). `pattern` is matched sticky at that position against at most
 * `maxLength + 1` characters, ending at the first character that cannot
 * be part of a token (space, quote, bracket, comma...).
 */
export interface TokenRule extends SecretRuleBase {
  readonly kind: 'token';
  /**
   * Case-sensitive literal prefixes. Empty only when `infix` keywords find
   * the token instead.
   */
  readonly keywords: readonly string[];
  /**
   * The token always contains `_`, `-` or `.` within its first 2 000
   * characters, so the keyword is found from that character; otherwise a
   * keyword without one of those characters is searched literally.
   */
  readonly punctuated?: boolean;
  /**
   * Literals found at a `_`, `-`, `.` or `:` inside the token (Mailchimp's
   * `-us`, Terraform's `.atlasv1.`); the pattern is then tried at the start
   * of the token, found by walking back over letters and digits (and `_`,
   * `-` before a `:`).
   */
  readonly infix?: readonly string[];
  /** Regular expression source; a named group `s` marks the secret when only part of the match is. */
  readonly pattern: string;
  /** Longest possible match in UTF-16 units. */
  readonly maxLength: number;
  /**
   * The token is a whole URL (a webhook): an `https://` or `http://` right
   * before the keyword belongs to the finding, which then masks the URL.
   * Every keyword must contain `.`, `-` or `_`.
   */
  readonly scheme?: boolean;
}

/**
 * A credential recognised by the name it is assigned to: `KEY=value`,
 * `key: value`, `"key": "value"`, `key := value`, `'key' => 'value'`,
 * `Authorization: Bearer value`. Tried at every `=` and `:` whose key
 * passes the keyword prefilter.
 */
export interface AssignmentRule extends SecretRuleBase {
  readonly kind: 'assignment';
  /** Lower-case stems one of which the key name must contain (the keyword prefilter). */
  readonly keywords: readonly string[];
  /** Regular expression source tested against the lower-cased key name. */
  readonly key: string;
  /** Key names matching this regular expression source are skipped (`password_min_length`). */
  readonly keyExclude?: string;
  /** Regular expression source that must match the (up to 256) characters before the key. */
  readonly context?: string;
  /**
   * Regular expression source the whole value must match (quotes excluded).
   * With `sticky`, it is matched at the start of the value instead and may
   * contain spaces (for `Bearer x`); a named group `s` marks the secret.
   */
  readonly value: string;
  readonly sticky?: boolean;
  /** Longest value in UTF-16 units. */
  readonly maxLength: number;
  /** Minimum number of character classes (lower, upper, digit, other) in the secret. */
  readonly minClasses?: number;
}

/** A private-key block: `-----BEGIN ... PRIVATE KEY-----` to its `END` line. */
export interface BlockRule extends SecretRuleBase {
  readonly kind: 'block';
  /** Block labels this rule covers, e.g. `OPENSSH PRIVATE KEY`. */
  readonly labels: readonly string[];
  /** Regular expression source that must match the (up to 64) characters before the block. */
  readonly context?: string;
}

/** URL user-information credentials (`scheme://user:password@host`). */
export interface UrlRule extends SecretRuleBase {
  readonly kind: 'url';
  /** Lower-case schemes this rule covers; empty for any scheme no other rule claims. */
  readonly schemes: readonly string[];
}

/**
 * A value that a document's structure makes secret, whatever it looks
 * like: every base64 value under `data:` of a Kubernetes `kind: Secret`
 * manifest, YAML or JSON. Found at the colon of `data:` (`"data":`); the
 * value span is the base64 text.
 */
export interface ManifestRule extends SecretRuleBase {
  readonly kind: 'manifest';
}

/** Any secret rule of the catalogue. */
export type SecretRule = TokenRule | AssignmentRule | BlockRule | UrlRule | ManifestRule;

/** The PII types parapet recognises; each can be switched on or off. */
export type PiiType =
  | 'email'
  | 'phone'
  | 'credit_card'
  | 'iban'
  | 'us_ssn'
  | 'uk_nino'
  | 'au_tfn'
  | 'au_medicare'
  | 'in_aadhaar'
  | 'in_pan'
  | 'ipv4'
  | 'ipv6'
  | 'mac_address'
  | 'date_of_birth'
  | 'crypto_wallet';

/** Description of one PII recogniser (the matcher itself lives in `pii.ts`). */
export interface PiiRule {
  readonly id: string;
  readonly type: PiiType;
  readonly description: string;
  readonly severity: Severity;
  readonly confidence: number;
  readonly priority: number;
  /** How much one occurrence adds to `piiScore`, in [0, 1]. */
  readonly weight: number;
  readonly examples: RuleExamples;
}
