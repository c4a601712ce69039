/**
 * parapet for Express 4 and 5.
 *
 * ```ts
 * import express from 'express';
 * import { parapet } from 'parapet/express';
 *
 * const app = express();
 * app.use(parapet({ auth: { apiKeys } }));
 * app.post('/v1/chat/completions', (req, res) => res.json(callModel(req.body))); // req.body: parsed, sanitised, redacted
 * ```
 *
 * @module
 */

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Session } from '../http/session.js';
import type { Decision } from '../http/types.js';
import { type Parapet, type ParapetOptions, resolveParapet } from '../parapet.js';
import { applyHeaders, fromIncoming, guardResponseWriter, sendSpec } from './node-response.js';

/** The parts of Express's request this adapter uses (Express 4 and 5 both fit). */
export interface ExpressRequestLike extends IncomingMessage {
  originalUrl?: string;
  body?: unknown;
  _body?: boolean;
  app?: { use(handler: ExpressErrorHandler): unknown };
}

/** The parts of Express's response this adapter uses. */
export interface ExpressResponseLike extends ServerResponse {
  locals: Record<string, unknown> & { parapet?: Decision };
}

/** Express middleware signature. */
export type ExpressMiddleware = (
  req: ExpressRequestLike,
  res: ExpressResponseLike,
  next: (error?: unknown) => void,
) => void;
/** Express error-handling middleware signature. */
export type ExpressErrorHandler = (
  error: unknown,
  req: ExpressRequestLike,
  res: ExpressResponseLike,
  next: (error?: unknown) => void,
) => void;

const sessions = new WeakMap<IncomingMessage, Session>();
const apps = new WeakSet<object>();

/**
 * Express middleware: runs parapet's pipeline, puts the parsed (possibly
 * rewritten) body at `req.body` and the decision at `res.locals.parapet`,
 * guards the response, and (with `handleErrors`, the default) appends an
 * error handler to the app that answers downstream errors with a generic 500.
 *
 * @example
 * ```ts
 * app.use(parapet({ cors: { origins: ['https://app.example.com'] } }));
 * ```
 */
export function parapet(options?: ParapetOptions | Parapet): ExpressMiddleware {
  const instance = resolveParapet(options);
  return function parapetExpress(req, res, next) {
    if (instance.options.server.handleErrors && req.app !== undefined && !apps.has(req.app)) {
      // Registered at the first request, after the routes, so it runs last.
      apps.add(req.app);
      req.app.use(parapetErrorHandler(instance));
    }
    const parsed = req._body === true ? { kind: 'parsed' as const, value: req.body } : undefined;
    instance.guard(fromIncoming(req, req.originalUrl ?? req.url ?? '/', parsed)).then((session) => {
      applyHeaders(res, session.decision);
      const spec = session.response();
      if (spec !== undefined) {
        sendSpec(req, res, spec);
        return;
      }
      const decision = session.decision;
      if (decision.action === 'allow' || decision.action === 'rewrite') {
        if (decision.body !== undefined) {
          req.body = decision.body;
          req._body = true; // body-parser skips bodies already read
        }
      }
      res.locals.parapet = decision;
      sessions.set(req, session);
      guardResponseWriter(res, session);
      res.once('finish', () => session.complete(res.statusCode));
      next();
    }, next);
  };
}

/**
 * Express error handler answering errors with a generic OpenAI-compatible
 * 500 (request id included) and sending the detail, secrets redacted, to the
 * audit hook only. `parapet()` installs it by itself; use this when you mount
 * parapet on a router or want it in a specific place.
 *
 * @example
 * ```ts
 * app.use(parapetErrorHandler(instance));
 * ```
 */
export function parapetErrorHandler(options?: ParapetOptions | Parapet): ExpressErrorHandler {
  const instance = resolveParapet(options);
  return function parapetExpressErrors(error, req, res, next) {
    const session = sessions.get(req);
    if (res.headersSent) {
      next(error);
      return;
    }
    sendSpec(req, res, session !== undefined ? session.fail(error) : instance.internalError(error));
  };
}

export {
  ParapetConfigError,
  ParapetError,
  ParapetHttpError,
  ParapetInputError,
} from '../errors.js';
