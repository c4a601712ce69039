/**
 * Encrypted vault (XSalsa20-Poly1305 envelopes, key rotation, named secrets
 * with access levels) and reversible pseudonymisation. See `docs/vault.md`.
 *
 * @module
 */

export { type AccessLevel, hasClearance } from './levels.js';
export type { ResolvedVaultOptions, VaultAuditEvent, VaultOptions } from './options.js';
export {
  compilePseudonymizer,
  createPseudonymizer,
  type PseudonymizeOptions,
  type Pseudonymizer,
  type PseudonymRestorer,
  type PseudonymSession,
  type ResolvedPseudonymizeOptions,
} from './pseudonymize.js';
export {
  compileVault,
  createVault,
  decodeVaultKey,
  generateVaultKey,
  type Vault,
  type VaultCallOptions,
  type VaultImportOptions,
  type VaultRetrieveOptions,
  type VaultSecretInfo,
  type VaultStoreOptions,
} from './vault.js';
