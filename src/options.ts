import { z } from 'zod';
import { sanitizeOptionsSchema } from './core/sanitize/options.js';

/**
 * Top-level options of {@link createParapet}, composed from the module
 * schemas. Every level is strict, so a misspelt key fails at startup.
 */
export const parapetOptionsSchema = z.strictObject({
  /** Input sanitiser options; see `docs/sanitize.md`. */
  sanitize: sanitizeOptionsSchema.prefault({}),
});

/** Options accepted by `createParapet`. */
export type ParapetOptions = z.input<typeof parapetOptionsSchema>;
/** Options after validation, with every default applied. */
export type ResolvedParapetOptions = z.output<typeof parapetOptionsSchema>;
