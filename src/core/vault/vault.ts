import nacl from 'tweetnacl';
import { z } from 'zod';
import { ParapetConfigError, ParapetInputError, ParapetVaultError } from '../../errors.js';
import { parseOptions } from '../../internal/config.js';
import {
  fromBase64Loose,
  fromUtf8,
  randomBytes,
  toBase64,
  toBase64Url,
  utf8,
  wipe,
} from './bytes.js';
import { formatEnvelope, NONCE_LENGTH, parseEnvelope } from './envelope.js';
import { hmacSha512 } from './hmac.js';
import { deriveKey, type KeyPurpose } from './kdf.js';
import { ACCESS_LEVELS, type AccessLevel, hasClearance } from './levels.js';
import {
  type ResolvedVaultOptions,
  VAULT_KEY_LENGTH,
  type VaultAuditEvent,
  type VaultOptions,
  vaultOptionsSchema,
} from './options.js';
import { emitAudit } from './schema.js';

/** The one message of every failure to open an envelope or an exported store. */
export const VAULT_OPEN_FAILED = 'The vault could not open the data.';
const ACCESS_DENIED = 'The secret is not available at this access level.';
const DESTROYED = 'The vault has been destroyed; create a new one.';

/** Per-call options of seal, open and reseal. */
export interface VaultCallOptions {
  /**
   * Binds the envelope to a context such as a tenant or session id: it opens
   * only under the same context. Omitted and `''` are different contexts.
   */
  readonly context?: string;
}

/** Options of {@link Vault.store}. */
export interface VaultStoreOptions {
  /** Lowest clearance allowed to retrieve the secret. */
  readonly level: AccessLevel;
}

/** Options of {@link Vault.retrieve}. */
export interface VaultRetrieveOptions {
  /** Clearance of the caller; must be at least the secret's level. */
  readonly level: AccessLevel;
}

/** Options of {@link Vault.importStore}. */
export interface VaultImportOptions {
  /** `replace` drops every current secret first; `merge` overwrites same-named ones. @default 'replace' */
  readonly mode?: 'replace' | 'merge';
}

/** A named secret as {@link Vault.list} reports it: never the value. */
export interface VaultSecretInfo {
  readonly name: string;
  readonly level: AccessLevel;
  /** Key the secret is currently sealed with. */
  readonly keyId: string;
}

/**
 * An encrypted vault; see {@link createVault}.
 *
 * @example
 * ```ts
 * const envelope: string = vault.seal(token, { context: `user:${userId}` });
 * const same: string = vault.open(envelope, { context: `user:${userId}` });
 * ```
 */
export interface Vault {
  /** Id of the key new envelopes are sealed with. */
  readonly currentKeyId: string;
  /** Every key id the vault can open. */
  readonly keyIds: readonly string[];
  /** True after {@link Vault.destroy}. */
  readonly destroyed: boolean;
  /** Encrypts UTF-8 text into an envelope string. */
  seal(plaintext: string, options?: VaultCallOptions): string;
  /** Encrypts bytes into an envelope string. */
  sealBytes(plaintext: Uint8Array, options?: VaultCallOptions): string;
  /** Decrypts an envelope holding UTF-8 text; throws {@link ParapetVaultError} `ERR_PARAPET_VAULT` on any failure. */
  open(envelope: string, options?: VaultCallOptions): string;
  /** Decrypts an envelope to bytes; throws {@link ParapetVaultError} `ERR_PARAPET_VAULT` on any failure. */
  openBytes(envelope: string, options?: VaultCallOptions): Uint8Array;
  /** Opens with whichever listed key sealed it and seals again with the current key. */
  reseal(envelope: string, options?: VaultCallOptions): string;
  /** Key id written in a well-formed envelope (not authenticated until opened); undefined otherwise. */
  keyIdOf(envelope: string): string | undefined;
  /**
   * A keyed fingerprint of `text` (base64url of 32 bytes, HMAC-SHA-512 under a
   * subkey of the current key): equal texts give equal fingerprints, and
   * nobody without the key can compute or invert one. For lookups that must
   * not keep plaintext, such as the pseudonymiser's reverse index.
   */
  mac(text: string, options?: VaultCallOptions): string;
  /** Seals `value` under the current key and keeps it as `name`, guarded at `level`. */
  store(name: string, value: string, options: VaultStoreOptions): void;
  /** Returns the secret `name` if `options.level` clears its level; else throws `ERR_PARAPET_VAULT_ACCESS`. */
  retrieve(name: string, options: VaultRetrieveOptions): string;
  /** True when a secret called `name` is stored. */
  has(name: string): boolean;
  /** Forgets `name`; true when it existed. */
  remove(name: string): boolean;
  /** Names, levels and key ids of the stored secrets, sorted by name. */
  list(): readonly VaultSecretInfo[];
  /** Reseals every stored secret still under an older key; returns how many changed. */
  rotate(): number;
  /** The sealed store as JSON (envelopes only: safe to write to disk). */
  exportStore(): string;
  /** Loads an exported store after opening every entry; all or nothing. Returns the number of secrets loaded. */
  importStore(json: string, options?: VaultImportOptions): number;
  /** Zeroes the key material the vault holds and forgets every secret. Idempotent. */
  destroy(): void;
}

interface Entry {
  readonly level: AccessLevel;
  readonly envelope: string;
}

const NAME_PATTERN = /^[A-Za-z0-9._/-]{1,128}$/;
const EXPORT_FORMAT = 'parapet-vault';

const exportSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  secrets: z
    .array(
      z.strictObject({
        name: z.string().regex(NAME_PATTERN),
        level: z.enum(ACCESS_LEVELS),
        envelope: z.string(),
      }),
    )
    .max(1_000_000),
});

/**
 * Creates an encrypted vault. Envelopes are XSalsa20-Poly1305 (`nacl.secretbox`)
 * with a fresh 24-byte random nonce each, under a subkey derived from the
 * listed key, its id and the optional context (HMAC-SHA-512, see
 * `docs/vault.md`). Every failure to open throws the same error, so errors
 * cannot serve as an oracle. Keys are copied; {@link Vault.destroy} zeroes the
 * copies.
 *
 * @example
 * ```ts
 * const vault = createVault({
 *   keys: [
 *     { id: 'k2', key: decodeVaultKey(process.env.VAULT_KEY_K2!) },
 *     { id: 'k1', key: decodeVaultKey(process.env.VAULT_KEY_K1!) },
 *   ],
 *   currentKeyId: 'k2',
 * });
 * const envelope = vault.seal('sk-live-...', { context: `tenant:${tenantId}` });
 * vault.open(envelope, { context: `tenant:${tenantId}` }); // 'sk-live-...'
 * ```
 *
 * @throws {ParapetConfigError} when keys are missing, of the wrong length or duplicated.
 */
export function createVault(options: VaultOptions): Vault {
  return compileVault(parseOptions(vaultOptionsSchema, options, 'vault'));
}

/**
 * Builds a vault from resolved options (used by `createParapet`, which
 * validates the whole configuration first).
 *
 * @example
 * ```ts
 * const vault = compileVault(parseOptions(vaultOptionsSchema, { keys, currentKeyId: 'k1' }, 'vault'));
 * ```
 */
export function compileVault(options: ResolvedVaultOptions): Vault {
  return buildVault(options, randomBytes);
}

/**
 * The vault with an injectable nonce source. Internal: tests use it to
 * produce known-answer vectors; a predictable nonce source is never exposed.
 */
export function buildVault(
  options: ResolvedVaultOptions,
  nonceSource: (length: number) => Uint8Array,
): Vault {
  const keys = new Map<string, Uint8Array>();
  for (const entry of options.keys) keys.set(entry.id, Uint8Array.from(entry.key));
  const currentKeyId = options.currentKeyId;
  const keyIds = Object.freeze(options.keys.map((entry) => entry.id));
  const secrets = new Map<string, Entry>();
  const { onAudit, now } = options;
  let destroyed = false;

  const audit = (event: Omit<VaultAuditEvent, 'type' | 'at'>): void => {
    emitAudit(onAudit, { type: 'vault', ...event, at: now() });
  };

  const liveKey = (): Uint8Array => {
    if (destroyed) throw new ParapetVaultError('ERR_PARAPET_VAULT', DESTROYED);
    return keys.get(currentKeyId)!;
  };

  const sealRaw = (
    plaintext: Uint8Array,
    purpose: KeyPurpose,
    context: string | undefined,
  ): string => {
    const subkey = deriveKey(liveKey(), purpose, currentKeyId, context);
    const nonce = nonceSource(NONCE_LENGTH);
    const box = nacl.secretbox(plaintext, nonce, subkey);
    wipe(subkey);
    return formatEnvelope(currentKeyId, nonce, box);
  };

  const openRaw = (envelope: string, purpose: KeyPurpose, context: string | undefined) => {
    // Every branch below ends in the same error: malformed, unknown key,
    // wrong context and forged or truncated ciphertext are indistinguishable.
    const parsed = parseEnvelope(envelope);
    const master = parsed === undefined || destroyed ? undefined : keys.get(parsed.keyId);
    if (parsed === undefined || master === undefined) throw openFailed();
    const subkey = deriveKey(master, purpose, parsed.keyId, context);
    const plaintext = nacl.secretbox.open(parsed.box, parsed.nonce, subkey);
    wipe(subkey);
    if (plaintext === null) throw openFailed();
    return { plaintext, keyId: parsed.keyId };
  };

  const openText = (envelope: string, purpose: KeyPurpose, context: string | undefined) => {
    const { plaintext } = openRaw(envelope, purpose, context);
    try {
      return fromUtf8(plaintext);
    } catch {
      throw openFailed();
    } finally {
      wipe(plaintext);
    }
  };

  const secretContext = (name: string, level: AccessLevel): string => `${level}:${name}`;

  const vault: Vault = {
    currentKeyId,
    keyIds,
    get destroyed() {
      return destroyed;
    },
    seal(plaintext, callOptions) {
      if (typeof plaintext !== 'string') throw new ParapetInputError('seal expects a string');
      const bytes = utf8(plaintext);
      try {
        return sealRaw(bytes, 'envelope', contextOf(callOptions));
      } finally {
        wipe(bytes);
      }
    },
    sealBytes(plaintext, callOptions) {
      if (!(plaintext instanceof Uint8Array)) {
        throw new ParapetInputError('sealBytes expects a Uint8Array');
      }
      return sealRaw(plaintext, 'envelope', contextOf(callOptions));
    },
    open(envelope, callOptions) {
      return openText(envelope, 'envelope', contextOf(callOptions));
    },
    openBytes(envelope, callOptions) {
      return openRaw(envelope, 'envelope', contextOf(callOptions)).plaintext;
    },
    reseal(envelope, callOptions) {
      const context = contextOf(callOptions);
      const { plaintext } = openRaw(envelope, 'envelope', context);
      try {
        return sealRaw(plaintext, 'envelope', context);
      } finally {
        wipe(plaintext);
      }
    },
    keyIdOf(envelope) {
      return parseEnvelope(envelope)?.keyId;
    },
    mac(text, callOptions) {
      if (typeof text !== 'string') throw new ParapetInputError('mac expects a string');
      const subkey = deriveKey(liveKey(), 'mac', currentKeyId, contextOf(callOptions));
      const data = utf8(text);
      const tag = hmacSha512(subkey, data);
      wipe(subkey);
      wipe(data);
      const out = toBase64Url(tag.subarray(0, 32));
      wipe(tag);
      return out;
    },
    store(name, value, storeOptions) {
      checkName(name);
      const level = checkLevel(storeOptions?.level);
      if (typeof value !== 'string') throw new ParapetInputError('store expects a string value');
      try {
        const bytes = utf8(value);
        const envelope = sealRaw(bytes, 'secret', secretContext(name, level));
        wipe(bytes);
        secrets.set(name, { level, envelope });
      } catch (error) {
        audit({ action: 'store', outcome: 'failure', name, level });
        throw error;
      }
      audit({ action: 'store', outcome: 'success', name, level, keyId: currentKeyId });
    },
    retrieve(name, retrieveOptions) {
      checkName(name);
      const clearance = checkLevel(retrieveOptions?.level);
      const entry = secrets.get(name);
      // Missing and insufficient look the same, so callers cannot probe which names exist.
      if (entry === undefined || !hasClearance(clearance, entry.level)) {
        audit({ action: 'retrieve', outcome: 'denied', name, level: clearance });
        throw new ParapetVaultError('ERR_PARAPET_VAULT_ACCESS', ACCESS_DENIED);
      }
      try {
        const value = openText(entry.envelope, 'secret', secretContext(name, entry.level));
        audit({ action: 'retrieve', outcome: 'success', name, level: clearance });
        return value;
      } catch (error) {
        audit({ action: 'retrieve', outcome: 'failure', name, level: clearance });
        throw error;
      }
    },
    has(name) {
      return secrets.has(name);
    },
    remove(name) {
      const existed = secrets.delete(name);
      audit({ action: 'remove', outcome: existed ? 'success' : 'denied', name });
      return existed;
    },
    list() {
      return Object.freeze(
        [...secrets.entries()]
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([name, entry]) =>
            Object.freeze({
              name,
              level: entry.level,
              keyId: parseEnvelope(entry.envelope)!.keyId,
            }),
          ),
      );
    },
    rotate() {
      liveKey();
      const next = new Map<string, Entry>();
      try {
        for (const [name, entry] of secrets) {
          if (parseEnvelope(entry.envelope)?.keyId === currentKeyId) continue;
          const context = secretContext(name, entry.level);
          const { plaintext } = openRaw(entry.envelope, 'secret', context);
          next.set(name, { level: entry.level, envelope: sealRaw(plaintext, 'secret', context) });
          wipe(plaintext);
        }
      } catch (error) {
        audit({ action: 'rotate', outcome: 'failure', keyId: currentKeyId });
        throw error;
      }
      // All or nothing: the store changes only after every entry resealed.
      for (const [name, entry] of next) secrets.set(name, entry);
      audit({ action: 'rotate', outcome: 'success', keyId: currentKeyId, count: next.size });
      return next.size;
    },
    exportStore() {
      liveKey();
      const list = [...secrets.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([name, entry]) => ({ name, level: entry.level, envelope: entry.envelope }));
      audit({ action: 'export', outcome: 'success', count: list.length });
      return JSON.stringify({ format: EXPORT_FORMAT, version: 1, secrets: list });
    },
    importStore(json, importOptions) {
      const mode = importOptions?.mode ?? 'replace';
      if (mode !== 'replace' && mode !== 'merge') {
        throw new ParapetInputError("importStore mode must be 'replace' or 'merge'");
      }
      let loaded: Map<string, Entry>;
      try {
        loaded = verifyImport(json);
      } catch (error) {
        audit({ action: 'import', outcome: 'failure' });
        throw error;
      }
      if (mode === 'replace') secrets.clear();
      for (const [name, entry] of loaded) secrets.set(name, entry);
      audit({ action: 'import', outcome: 'success', count: loaded.size });
      return loaded.size;
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      for (const key of keys.values()) wipe(key);
      keys.clear();
      secrets.clear();
      audit({ action: 'destroy', outcome: 'success' });
    },
  };

  function verifyImport(json: string): Map<string, Entry> {
    if (typeof json !== 'string') throw openFailed();
    let data: unknown;
    try {
      data = JSON.parse(json);
    } catch {
      throw openFailed();
    }
    const parsed = exportSchema.safeParse(data);
    if (!parsed.success) throw openFailed();
    const loaded = new Map<string, Entry>();
    for (const secret of parsed.data.secrets) {
      if (loaded.has(secret.name)) throw openFailed();
      // Opening proves the envelope is intact and bound to this name and level:
      // an edited level or a swapped envelope fails here, before anything changes.
      const { plaintext } = openRaw(
        secret.envelope,
        'secret',
        secretContext(secret.name, secret.level),
      );
      wipe(plaintext);
      loaded.set(secret.name, { level: secret.level, envelope: secret.envelope });
    }
    return loaded;
  }

  return Object.freeze(vault);
}

function openFailed(): ParapetVaultError {
  return new ParapetVaultError('ERR_PARAPET_VAULT', VAULT_OPEN_FAILED);
}

function contextOf(options: VaultCallOptions | undefined): string | undefined {
  const context = options?.context;
  if (context !== undefined && typeof context !== 'string') {
    throw new ParapetInputError('context must be a string');
  }
  return context;
}

function checkName(name: unknown): void {
  if (typeof name !== 'string' || !NAME_PATTERN.test(name)) {
    throw new ParapetInputError('secret names are 1 to 128 characters from A-Z a-z 0-9 . _ / -');
  }
}

function checkLevel(level: unknown): AccessLevel {
  if (typeof level !== 'string' || !(ACCESS_LEVELS as readonly string[]).includes(level)) {
    throw new ParapetInputError("level must be 'low', 'medium', 'high' or 'critical'");
  }
  return level as AccessLevel;
}

/**
 * Decodes a 32-byte vault key from base64 or base64url text (an environment
 * variable, a secret manager value). Generate one with {@link generateVaultKey}.
 *
 * @example
 * ```ts
 * const key = decodeVaultKey(process.env.PARAPET_VAULT_KEY!);
 * ```
 *
 * @throws {ParapetConfigError} when the text is not base64 of exactly 32 bytes (the message never echoes it).
 */
export function decodeVaultKey(base64: string): Uint8Array {
  const bytes = typeof base64 === 'string' ? fromBase64Loose(base64) : undefined;
  if (bytes === undefined || bytes.length !== VAULT_KEY_LENGTH) {
    if (bytes !== undefined) wipe(bytes);
    throw new ParapetConfigError('vault key', [
      { path: '', message: `expected base64 of exactly ${VAULT_KEY_LENGTH} bytes` },
    ]);
  }
  return bytes;
}

/**
 * A fresh random 32-byte vault key, and its base64 form for an environment variable.
 *
 * @example
 * ```ts
 * const { base64 } = generateVaultKey();
 * // store `base64` in your secret manager as PARAPET_VAULT_KEY
 * ```
 */
export function generateVaultKey(): { readonly key: Uint8Array; readonly base64: string } {
  const key = randomBytes(VAULT_KEY_LENGTH);
  return Object.freeze({ key, base64: toBase64(key) });
}
