import { z } from 'zod';
import { injectionOptionsSchema } from './core/injection/options.js';
import { rateLimitOptionsSchema } from './core/limit/options.js';
import { promptOptionsSchema } from './core/prompt/options.js';
import { redactorOptionsSchema } from './core/redact/options.js';
import { sanitizeOptionsSchema } from './core/sanitize/options.js';
import { authOptionsSchema } from './http/auth.js';
import { bodyOptionsSchema } from './http/body.js';
import { corsOptionsSchema } from './http/cors.js';
import { headersOptionsSchema } from './http/headers.js';
import { inspectOptionsSchema, serverOptionsSchema } from './http/options.js';
import { outputOptionsSchema } from './http/output.js';

/**
 * Top-level options of {@link createParapet}, composed from the module
 * schemas. Every level is strict, so a misspelt key fails at startup.
 */
export const parapetOptionsSchema = z.strictObject({
  /** Input sanitiser; see `docs/sanitize.md`. */
  sanitize: sanitizeOptionsSchema.prefault({}),
  /** Prompt-injection detector; see `docs/detection.md`. */
  detect: injectionOptionsSchema.prefault({}),
  /** Secret and PII redactor (`parapet.redact`, request and output redaction); see `docs/redaction.md`. */
  redact: redactorOptionsSchema.prefault({}),
  /** Secure prompt builder (`parapet.buildPrompt`); see `docs/prompt.md`. */
  prompt: promptOptionsSchema.prefault({}),
  /** Rate limits per caller, priced in requests and LLM tokens, or `false` for none; see `docs/rate-limiting.md`. */
  rateLimit: z.union([z.literal(false), rateLimitOptionsSchema]).prefault({}),
  /** Security headers on every response. */
  headers: headersOptionsSchema.prefault({}),
  /** Cross-origin policy: deny by default. */
  cors: corsOptionsSchema.prefault({}),
  /** API-key and JWT authentication; none when left out. */
  auth: authOptionsSchema.optional(),
  /** Request body limits. */
  body: bodyOptionsSchema.prefault({}),
  /** Which requests are inspected, and what happens to what is found. */
  inspect: inspectOptionsSchema.prefault({}),
  /** Guarding of model output (JSON and streams). */
  output: outputOptionsSchema.prefault({}),
  /** Proxies, request ids, downstream errors, audit events and metrics. */
  server: serverOptionsSchema.prefault({}),
});

/** Options accepted by `createParapet`. */
export type ParapetOptions = z.input<typeof parapetOptionsSchema>;
/** Options after validation, with every default applied. */
export type ResolvedParapetOptions = z.output<typeof parapetOptionsSchema>;
