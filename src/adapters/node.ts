/**
 * parapet for plain `node:http` servers, and parapet's Node.js-only helpers:
 * vault keys from passphrases (scrypt), atomic vault files, symlink-aware
 * path containment and DNS-checked URLs for the tool guard.
 *
 * ```ts
 * import { createServer } from 'node:http';
 * import { parapet } from 'parapet/node';
 *
 * createServer(parapet({ auth: { apiKeys } }, (req, res) => {
 *   const { body } = req.parapet!; // parsed, sanitised, redacted
 *   res.setHeader('content-type', 'application/json');
 *   res.end(JSON.stringify(callModel(body)));
 * })).listen(8080);
 * ```
 *
 * @module
 */

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Decision } from '../http/types.js';
import { type Parapet, type ParapetOptions, resolveParapet } from '../parapet.js';
import { applyHeaders, fromIncoming, guardResponseWriter, sendSpec } from './node-response.js';

/** What the handler finds at `req.parapet`. */
export interface ParapetNodeContext {
  readonly decision: Decision;
  /** The parsed body the model should see (sanitised and redacted per policy). */
  readonly body: unknown;
}

/** A request as the wrapped handler receives it. */
export type ParapetIncomingMessage = IncomingMessage & { parapet?: ParapetNodeContext };

/** The wrapped handler: may be async; errors become a generic 500. */
export type ParapetNodeHandler = (req: ParapetIncomingMessage, res: ServerResponse) => unknown;

/**
 * Wraps a `node:http` request handler: every request passes parapet's
 * pipeline before the handler runs, the handler's response passes the output
 * guard, and a thrown error or rejected promise becomes a generic 500.
 *
 * @example
 * ```ts
 * createServer(parapet({ cors: { origins: ['https://app.example.com'] } }, handler)).listen(8080);
 * ```
 */
export function parapet(
  options: ParapetOptions | Parapet | undefined,
  handler: ParapetNodeHandler,
): (req: IncomingMessage, res: ServerResponse) => void {
  const instance = resolveParapet(options);
  return function parapetNodeListener(req, res) {
    void run(req as ParapetIncomingMessage, res);
  };

  async function run(req: ParapetIncomingMessage, res: ServerResponse): Promise<void> {
    let session: Awaited<ReturnType<Parapet['guard']>>;
    try {
      session = await instance.guard(fromIncoming(req, req.url ?? '/', undefined));
    } catch (error) {
      sendSpec(req, res, instance.internalError(error));
      return;
    }
    applyHeaders(res, session.decision);
    const spec = session.response();
    if (spec !== undefined) {
      sendSpec(req, res, spec);
      return;
    }
    const decision = session.decision;
    req.parapet = {
      decision,
      body:
        decision.action === 'allow' || decision.action === 'rewrite' ? decision.body : undefined,
    };
    guardResponseWriter(res, session);
    res.once('finish', () => session.complete(res.statusCode));
    try {
      await handler(req, res);
    } catch (error) {
      if (!instance.options.server.handleErrors) throw error;
      sendSpec(req, res, session.fail(error));
    }
  }
}

export {
  ParapetConfigError,
  ParapetError,
  ParapetHttpError,
  ParapetInputError,
  ParapetToolError,
  ParapetVaultError,
} from '../errors.js';
export {
  assertPublicUrl,
  checkPathOnDisk,
  createNodeToolHooks,
  createSafeLookup,
  resolveHostAddresses,
  resolveWithinReal,
} from '../node/tools.js';
export { readVaultFile, writeVaultFile } from '../node/vault-file.js';
export {
  deriveVaultKey,
  MIN_PASSPHRASE_LENGTH,
  type VaultKeyDerivationOptions,
  vaultKeyDerivationSchema,
} from '../node/vault-key.js';
