import { z } from 'zod';

/** Upper bound accepted for `maxLength` (2^30 UTF-16 code units, about 2 GiB of text). */
export const MAX_TEXT_LENGTH = 2 ** 30;

/**
 * Options of the input sanitiser.
 *
 * @example
 * ```ts
 * const sanitizer = createSanitizer({ normalization: 'NFKC', maxLength: 20_000, onOverflow: 'truncate' });
 * ```
 */
export const sanitizeOptionsSchema = z.strictObject({
  /** Remove C0/C1 control characters except tab, line feed and carriage return. @default true */
  removeControls: z.boolean().default(true),
  /** Remove bidi controls, zero-width and other invisible characters, tag characters and stray variation selectors. @default true */
  stripInvisible: z.boolean().default(true),
  /** Keep invisible characters in legitimate uses (emoji ZWJ sequences and flags, VS16 after emoji, Persian/Indic ZWNJ). @default true */
  keepLegitimateInvisible: z.boolean().default(true),
  /** Unicode normalisation form applied per character sequence. @default 'NFC' */
  normalization: z.enum(['NFC', 'NFKC', 'none']).default('NFC'),
  /** Collapse every whitespace run to one space, or to one line break when the run had one (LF if present). @default false */
  collapseWhitespace: z.boolean().default(false),
  /** Break chat-template and role tokens (`<|im_start|>`, `[INST]`, `\n\nHuman:`...) so they cannot act as delimiters. @default true */
  neutralizeTokens: z.boolean().default(true),
  /** Backslash-escape Markdown syntax characters (for text shown in a Markdown renderer). @default false */
  escapeMarkdown: z.boolean().default(false),
  /** Longest output, in UTF-16 code units. @default 1_000_000 */
  maxLength: z.number().int().positive().max(MAX_TEXT_LENGTH).default(1_000_000),
  /** What to do with longer output: `reject` returns empty text with `rejected: true`; `truncate` cuts at a safe boundary. @default 'reject' */
  onOverflow: z.enum(['reject', 'truncate']).default('reject'),
  /** Most change records kept per call; counts stay exact beyond it. @default 1000 */
  maxChanges: z.number().int().min(0).max(1_000_000).default(1000),
});

/** Options accepted by {@link createSanitizer} and `sanitize`. */
export type SanitizeOptions = z.input<typeof sanitizeOptionsSchema>;
/** Sanitiser options with every default applied. */
export type ResolvedSanitizeOptions = z.output<typeof sanitizeOptionsSchema>;
