/**
 * parapet for Fastify 5.
 *
 * ```ts
 * import Fastify from 'fastify';
 * import { parapet } from 'parapet/fastify';
 *
 * const app = Fastify();
 * await app.register(parapet, { auth: { apiKeys } });
 * app.post('/v1/chat/completions', async (request) => callModel(request.body)); // parsed, sanitised, redacted
 * ```
 *
 * @module
 */

import { Readable, Transform } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { OutputTransform, Session } from '../http/session.js';
import type { Decision } from '../http/types.js';
import { type Parapet, type ParapetOptions, resolveParapet } from '../parapet.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** parapet's decision for this request. */
    parapet: Decision | null;
  }
  interface FastifyContextConfig {
    /** `false` turns parapet off for the route; an instance guards it with other settings. */
    parapet?: false | Parapet;
  }
}

/** Plugin options: parapet options, or `{ instance }` to share one instance (and its limiter state) between apps. */
export type ParapetFastifyOptions = ParapetOptions | { readonly instance: Parapet };

const sessions = new WeakMap<FastifyRequest, Session>();

function send(
  reply: FastifyReply,
  spec: { status: number; headers: Readonly<Record<string, string>>; body: string },
): FastifyReply {
  if (spec.headers['connection'] === 'close')
    reply.raw.once('finish', () => reply.request.raw.socket.destroy());
  return reply
    .code(spec.status)
    .headers(spec.headers)
    .send(spec.body === '' ? undefined : spec.body);
}

/**
 * Fastify plugin: the pipeline runs in `preParsing` (before Fastify reads
 * the body), the parsed and possibly rewritten body is what Fastify's JSON
 * parser then sees, the decision sits at `request.parapet`, `onSend` guards
 * the response and an error handler answers downstream errors with a
 * generic 500. Registered with `skip-override`, so it covers the whole app.
 *
 * @example
 * ```ts
 * await app.register(parapet, { cors: { origins: ['https://app.example.com'] } });
 * ```
 */
export async function parapet(app: FastifyInstance, options: ParapetFastifyOptions): Promise<void> {
  const root = 'instance' in options ? options.instance : resolveParapet(options as ParapetOptions);
  app.decorateRequest('parapet', null);

  app.addHook('preParsing', async (request, reply, payload) => {
    const routeSetting = request.routeOptions.config.parapet;
    if (routeSetting === false) return payload;
    const instance = routeSetting ?? root;
    const session = await instance.guard({
      method: request.method,
      url: request.url,
      headers: request.headers,
      ip: request.raw.socket.remoteAddress,
      body: { kind: 'node', stream: payload },
    });
    sessions.set(request, session);
    request.parapet = session.decision;
    for (const name of session.decision.removeHeaders) reply.removeHeader(name);
    reply.headers(session.decision.headers);
    const spec = session.response();
    if (spec !== undefined) return send(reply, spec);
    const decision = session.decision;
    const text =
      decision.action === 'allow' || decision.action === 'rewrite' ? decision.bodyText : undefined;
    const replaced = Readable.from(text === undefined ? [] : [Buffer.from(text)]);
    // Fastify compares this with Content-Length: report what the client sent, not the rewritten size.
    const sent = Number(request.headers['content-length']);
    Object.assign(replaced, {
      receivedEncodedLength: Number.isFinite(sent) ? sent : Buffer.byteLength(text ?? ''),
    });
    return replaced;
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const session = sessions.get(request);
    if (session === undefined) return payload;
    const type = reply.getHeader('content-type');
    const encoding = reply.getHeader('content-encoding');
    const transform = session.guardOutput(
      typeof type === 'string' ? type : undefined,
      typeof encoding === 'string' ? encoding : undefined,
    );
    if (transform === undefined) return payload;
    reply.removeHeader('content-length');
    if (typeof payload === 'string' || payload instanceof Uint8Array)
      return transform.write(payload) + transform.end();
    if (payload instanceof Readable) return payload.pipe(streamThrough(transform));
    return payload;
  });

  app.addHook('onResponse', async (request, reply) => {
    sessions.get(request)?.complete(reply.statusCode);
  });

  if (root.options.server.handleErrors) {
    app.setErrorHandler((error, request, reply) => {
      const session = sessions.get(request);
      return send(reply, session !== undefined ? session.fail(error) : root.internalError(error));
    });
  }
}

function streamThrough(transform: OutputTransform): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      const out = transform.write(chunk);
      callback(null, out === '' ? undefined : out);
    },
    flush(callback) {
      const out = transform.end();
      callback(null, out === '' ? undefined : out);
    },
  });
}

// Plugin metadata: apply to the root instance, and name it in Fastify's errors.
Object.assign(parapet, {
  [Symbol.for('skip-override')]: true,
  [Symbol.for('fastify.display-name')]: 'parapet',
});

export {
  ParapetConfigError,
  ParapetError,
  ParapetHttpError,
  ParapetInputError,
} from '../errors.js';
