import { z } from 'zod';
import { KEY_ID_PATTERN } from './envelope.js';
import type { AccessLevel } from './levels.js';
import { clockSchema, functionSchema } from './schema.js';

/** Length of every vault key in bytes (XSalsa20-Poly1305 takes 256-bit keys). */
export const VAULT_KEY_LENGTH = 32;

const keyIdSchema = z
  .string()
  .regex(KEY_ID_PATTERN, { message: 'must be 1 to 64 characters from A-Z a-z 0-9 _ -' });

const keyBytesSchema = z.custom<Uint8Array>(
  (value) => value instanceof Uint8Array && value.length === VAULT_KEY_LENGTH,
  { message: `must be a Uint8Array of exactly ${VAULT_KEY_LENGTH} bytes` },
);

/**
 * One event per named-secret operation and lifecycle step; never carries a
 * value, a key or a plaintext.
 *
 * @example
 * ```ts
 * onAudit: (event: VaultAuditEvent) => audit.write({ ...event, service: 'billing' });
 * ```
 */
export interface VaultAuditEvent {
  readonly type: 'vault';
  readonly action: 'store' | 'retrieve' | 'remove' | 'rotate' | 'export' | 'import' | 'destroy';
  /** `denied`: access level too low or no such secret; `failure`: the operation threw. */
  readonly outcome: 'success' | 'denied' | 'failure';
  /** Secret name, for store, retrieve and remove. */
  readonly name?: string;
  /** Level the secret is stored at (store) or the clearance presented (retrieve). */
  readonly level?: AccessLevel;
  /** Key id involved: the current key for store and rotate. */
  readonly keyId?: string;
  /** Secrets affected, for rotate, export and import. */
  readonly count?: number;
  /** Epoch milliseconds from the `now` option. */
  readonly at: number;
}

/**
 * Options of {@link createVault}.
 *
 * @example
 * ```ts
 * const vault = createVault({
 *   keys: [{ id: '2024-06', key: decodeVaultKey(process.env.VAULT_KEY_2024_06!) }],
 *   currentKeyId: '2024-06',
 * });
 * ```
 */
export const vaultOptionsSchema = z
  .strictObject({
    /** Every key the vault may open with; ids are written into envelopes. Copied at construction. */
    keys: z
      .array(z.strictObject({ id: keyIdSchema, key: keyBytesSchema }))
      .min(1, { message: 'needs at least one key' })
      .max(64, { message: 'accepts at most 64 keys' }),
    /** Id of the key new envelopes are sealed with; must be one of `keys`. */
    currentKeyId: keyIdSchema,
    /** Receives an event per named-secret operation; exceptions it throws are ignored. @default undefined */
    onAudit: functionSchema<(event: VaultAuditEvent) => void>().optional(),
    /** Clock for audit timestamps, in epoch milliseconds. @default systemClock */
    now: clockSchema(),
  })
  .superRefine((options, ctx) => {
    const seen = new Set<string>();
    options.keys.forEach((entry, index) => {
      if (seen.has(entry.id)) {
        ctx.addIssue({ code: 'custom', path: ['keys', index, 'id'], message: 'duplicate key id' });
      }
      seen.add(entry.id);
    });
    if (!seen.has(options.currentKeyId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['currentKeyId'],
        message: 'must be the id of one of `keys`',
      });
    }
  });

/** Options accepted by {@link createVault}. */
export type VaultOptions = z.input<typeof vaultOptionsSchema>;
/** Vault options after validation. */
export type ResolvedVaultOptions = z.output<typeof vaultOptionsSchema>;
