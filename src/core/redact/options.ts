import { z } from 'zod';
import type { PiiType } from './rules.js';

/** Redaction styles: how a finding is replaced in the output. */
export const REDACTION_STYLES = ['mask', 'partial', 'hash', 'remove', 'placeholder'] as const;

/** How a finding is replaced: see {@link redactorOptionsSchema}. */
export type RedactionStyle = (typeof REDACTION_STYLES)[number];

/** Option key (camelCase) of each PII type. */
export const PII_OPTION_KEYS = {
  email: 'email',
  phone: 'phone',
  creditCard: 'credit_card',
  iban: 'iban',
  usSsn: 'us_ssn',
  ukNino: 'uk_nino',
  auTfn: 'au_tfn',
  auMedicare: 'au_medicare',
  inAadhaar: 'in_aadhaar',
  inPan: 'in_pan',
  ipv4: 'ipv4',
  ipv6: 'ipv6',
  macAddress: 'mac_address',
  dateOfBirth: 'date_of_birth',
  cryptoWallet: 'crypto_wallet',
} as const satisfies Record<string, PiiType>;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Byte length of a hash key given as bytes or base64, or -1 when the string is not base64. */
export function hashKeyLength(key: Uint8Array | string): number {
  if (typeof key !== 'string') return key.length;
  if (!BASE64.test(key) || key.length % 4 === 1) return -1;
  if (key.endsWith('=') && key.length % 4 !== 0) return -1;
  const pad = key.endsWith('==') ? 2 : key.endsWith('=') ? 1 : 0;
  const body = key.length - pad;
  return Math.floor((body * 3) / 4);
}

/** Smallest accepted hash key, in bytes (128 bits). */
export const MIN_HASH_KEY_BYTES = 16;

const onByDefault = z.boolean().default(true);

/**
 * Options of the secret and PII redactor.
 *
 * @example
 * ```ts
 * const redactor = createRedactor({
 *   style: 'hash',
 *   hashKey: process.env.REDACT_KEY, // base64, at least 16 bytes
 *   pii: { ipv4: false, ipv6: false },
 * });
 * ```
 */
export const redactorOptionsSchema = z
  .strictObject({
    /**
     * How findings are replaced: `mask` (`[REDACTED:openai_api_key]`),
     * `partial` (`[REDACTED:openai_api_key:sk-p****Wxyz]`), `hash` (`[REDACTED:email:<hmac>]`,
     * keyed, equal values give equal tokens), `remove` (deleted), or
     * `placeholder` (`<EMAIL_1>`, stable per value within one call or stream).
     * @default 'mask'
     */
    style: z.enum(REDACTION_STYLES).default('mask'),
    /** Secret detection. */
    secrets: z
      .strictObject({
        /** Detect credentials (API keys, tokens, private keys, passwords in URLs). @default true */
        enabled: onByDefault,
        /** Also report values assigned to generic keys (`password=`, `api_key:`, `token:`), gated by entropy. @default true */
        generic: onByDefault,
        /**
         * Also redact the later occurrences of a secret value found earlier in
         * the same text or stream, where its label is missing (`DB_PASSWORD=...`,
         * then `connecting with ...`). Values of 8 to 256 units on one line.
         * @default true
         */
        echoes: onByDefault,
      })
      .prefault({}),
    /** PII detection; every type can be switched off on its own. */
    pii: z
      .strictObject({
        /** Detect PII at all. @default true */
        enabled: onByDefault,
        /** @default true */
        email: onByDefault,
        /** E.164 and national formats (US, UK, AU, DE, FR, IN). @default true */
        phone: onByDefault,
        /** Luhn-valid card numbers with a brand prefix. @default true */
        creditCard: onByDefault,
        /** mod-97-valid IBANs of registered length. @default true */
        iban: onByDefault,
        /** US Social Security numbers (invalid ranges excluded). @default true */
        usSsn: onByDefault,
        /** UK National Insurance numbers. @default true */
        ukNino: onByDefault,
        /** Australian Tax File Numbers (checksum). @default true */
        auTfn: onByDefault,
        /** Australian Medicare card numbers (check digit). @default true */
        auMedicare: onByDefault,
        /** Indian Aadhaar numbers (Verhoeff). @default true */
        inAadhaar: onByDefault,
        /** Indian PAN. @default true */
        inPan: onByDefault,
        /** IPv4 addresses. @default true */
        ipv4: onByDefault,
        /** IPv6 addresses. @default true */
        ipv6: onByDefault,
        /** MAC addresses. @default true */
        macAddress: onByDefault,
        /** Dates written after a birth keyword (`DOB:`, `born on`). @default true */
        dateOfBirth: onByDefault,
        /** Bitcoin, Litecoin (Bech32) and Ethereum addresses (checksums). @default true */
        cryptoWallet: onByDefault,
      })
      .prefault({}),
    /** Rule ids to switch off (see `docs/redaction.md` for the catalogue). @default [] */
    disabledRules: z.array(z.string().min(1).max(100)).max(1000).default([]),
    /** Exact values never reported (known test keys, your own public ids). @default [] */
    allow: z.array(z.string().min(1).max(4096)).max(10_000).default([]),
    /** Findings below this confidence are ignored. @default 0 */
    minConfidence: z.number().min(0).max(1).default(0),
    /**
     * Key of the `hash` style's HMAC-SHA-256: bytes, or a base64 string, at
     * least 16 bytes. Required when `style` is `hash`; there is no default key.
     */
    hashKey: z.union([z.instanceof(Uint8Array), z.string()]).optional(),
    /** Hex characters of the HMAC kept in a `hash` token. @default 12 */
    hashLength: z.number().int().min(8).max(64).default(12),
    /** What the `partial` style keeps; never more than a quarter of the value at each end. */
    partial: z
      .strictObject({
        /** Characters kept at the start. @default 4 */
        prefix: z.number().int().min(0).max(16).default(4),
        /** Characters kept at the end. @default 4 */
        suffix: z.number().int().min(0).max(16).default(4),
      })
      .prefault({}),
    /**
     * Most text (UTF-16 units) the stream redactor holds back. Half of it,
     * less 192, is also the longest single finding, in one-shot and stream
     * alike, so both produce the same output.
     * @default 4096
     */
    streamWindow: z.number().int().min(2048).max(1_048_576).default(4096),
  })
  .superRefine((options, ctx) => {
    if (options.hashKey !== undefined) {
      const length = hashKeyLength(options.hashKey);
      if (length < 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['hashKey'],
          message: 'must be bytes or a base64 string',
        });
      } else if (length < MIN_HASH_KEY_BYTES) {
        ctx.addIssue({
          code: 'custom',
          path: ['hashKey'],
          message: `must be at least ${MIN_HASH_KEY_BYTES} bytes`,
        });
      }
    } else if (options.style === 'hash') {
      ctx.addIssue({
        code: 'custom',
        path: ['hashKey'],
        message: 'is required when style is "hash" (there is no default key)',
      });
    }
  });

/** Options accepted by {@link createRedactor} and {@link createStreamRedactor}. */
export type RedactorOptions = z.input<typeof redactorOptionsSchema>;
/** Redactor options with every default applied. */
export type ResolvedRedactorOptions = z.output<typeof redactorOptionsSchema>;
