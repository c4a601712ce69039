/**
 * parapet for Hono (any runtime Hono runs on).
 *
 * ```ts
 * import { Hono } from 'hono';
 * import { parapet } from 'parapet/hono';
 *
 * const app = new Hono();
 * app.use('*', parapet({ auth: { apiKeys } }));
 * app.post('/v1/chat/completions', async (c) => c.json(callModel(await c.req.json()))); // sanitised, redacted
 * ```
 *
 * @module
 */

import type { Context, ErrorHandler, MiddlewareHandler } from 'hono';
import type { Session } from '../http/session.js';
import type { Decision, HeaderValue, NodeReadableLike } from '../http/types.js';
import { type Parapet, type ParapetOptions, resolveParapet } from '../parapet.js';

/** What `c.get('parapet')` holds. */
export interface ParapetHonoContext {
  readonly decision: Decision;
  /** The parsed body the model should see (sanitised and redacted per policy). */
  readonly body: unknown;
}

declare module 'hono' {
  interface ContextVariableMap {
    parapet: ParapetHonoContext;
  }
}

/** Adapter options besides parapet's own. */
export interface ParapetHonoOptions {
  /** Client address for a request; by default the Node.js socket address when running on @hono/node-server. */
  readonly getIp?: (c: Context) => string | undefined;
}

const sessions = new WeakMap<Context, Session>();

const defaultIp = (c: Context): string | undefined =>
  (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket
    ?.remoteAddress;

/**
 * The Node.js request under @hono/node-server while nothing has read its
 * body. Reading it there skips the web stream and the full `Request` that
 * touching `c.req.raw.body` makes the server build (a large share of a
 * request's cost); anywhere else the web body is read.
 */
function unreadIncoming(c: Context): IncomingLike | undefined {
  const incoming = (c.env as { incoming?: unknown } | undefined)?.incoming;
  if (typeof incoming !== 'object' || incoming === null) return undefined;
  const stream = incoming as Partial<NodeReadableLike> & {
    readonly readableDidRead?: unknown;
    readonly destroyed?: unknown;
    readonly headers?: unknown;
  };
  if (
    typeof stream.on !== 'function' ||
    typeof stream.removeListener !== 'function' ||
    typeof stream.pause !== 'function' ||
    stream.readableDidRead !== false ||
    stream.readableEnded !== false ||
    stream.destroyed !== false
  )
    return undefined;
  const headers =
    typeof stream.headers === 'object' && stream.headers !== null
      ? (stream.headers as Readonly<Record<string, HeaderValue>>)
      : undefined;
  return { stream: stream as NodeReadableLike, headers };
}

/** The unread Node.js request under @hono/node-server, and its headers object when it has one. */
interface IncomingLike {
  readonly stream: NodeReadableLike;
  readonly headers: Readonly<Record<string, HeaderValue>> | undefined;
}

/**
 * Makes `text` the request body the handler reads. `c.req.json()` and
 * `c.req.text()` answer from it directly; a `Request` carrying it is built
 * only if something asks for `c.req.raw` (Hono's other body readers do):
 * building one costs about as much as the rest of the adapter.
 */
function handOver(c: Context, raw: Request, text: string): void {
  let replaced: Request | undefined;
  const req = c.req;
  req.text = async () => text;
  req.json = async <T>() => JSON.parse(text) as T;
  Object.defineProperty(req, 'raw', {
    configurable: true,
    enumerable: true,
    get: (): Request =>
      (replaced ??= new Request(raw.url, { method: raw.method, headers: raw.headers, body: text })),
    set: (value: Request): void => {
      replaced = value;
    },
  });
  // Hono keeps promises in its body cache (its own validator writes them
  // there too), though the field is typed with `Body`'s methods.
  req.bodyCache = { text: Promise.resolve(text) } as unknown as Context['req']['bodyCache'];
}

function pathAndQuery(url: string): string {
  const at = url.indexOf('/', url.indexOf('//') + 2);
  return at === -1 ? '/' : url.slice(at);
}

/**
 * Hono middleware: runs parapet's pipeline, replaces the request body with
 * the parsed (possibly rewritten) one so `await c.req.json()` still works,
 * sets `c.get('parapet')`, guards the response body, and answers errors
 * thrown downstream with a generic 500.
 *
 * @example
 * ```ts
 * app.use('*', parapet({ cors: { origins: ['https://app.example.com'] } }));
 * ```
 */
export function parapet(
  options?: ParapetOptions | Parapet,
  adapter: ParapetHonoOptions = {},
): MiddlewareHandler {
  const instance = resolveParapet(options);
  const getIp = adapter.getIp ?? defaultIp;
  return async function parapetHono(c, next): Promise<Response | undefined> {
    const raw = c.req.raw;
    const incoming = unreadIncoming(c);
    const web = incoming === undefined ? raw.body : null;
    const session = await instance.guard({
      method: raw.method,
      url: pathAndQuery(raw.url),
      // The Node.js headers when there is one: `raw.headers` would build a `Headers` from them.
      headers: incoming?.headers ?? raw.headers,
      ip: getIp(c),
      body:
        incoming !== undefined
          ? { kind: 'node', stream: incoming.stream }
          : web === null
            ? undefined
            : { kind: 'web', stream: web },
    });
    const decision = session.decision;
    const spec = session.response();
    if (spec !== undefined)
      return new Response(spec.body === '' ? null : spec.body, {
        status: spec.status,
        headers: spec.headers,
      });
    const body =
      decision.action === 'allow' || decision.action === 'rewrite' ? decision.body : undefined;
    if (
      (decision.action === 'allow' || decision.action === 'rewrite') &&
      decision.bodyText !== undefined
    ) {
      // The original stream is consumed: hand the handler the (rewritten) body.
      handOver(c, raw, decision.bodyText);
    }
    c.set('parapet', { decision, body });
    sessions.set(c, session);
    await next();
    let res = c.res;
    if (c.error !== undefined && instance.options.server.handleErrors) {
      const failed = session.fail(c.error);
      res = new Response(failed.body, { status: failed.status, headers: failed.headers });
    }
    const headers = new Headers(res.headers);
    for (const name of decision.removeHeaders) headers.delete(name);
    for (const [name, value] of Object.entries(decision.headers)) headers.set(name, value);
    const transform =
      res.body === null
        ? undefined
        : session.guardOutput(
            headers.get('content-type') ?? undefined,
            headers.get('content-encoding') ?? undefined,
          );
    if (transform === undefined || res.body === null) {
      session.complete(res.status);
      c.res = new Response(res.body, { status: res.status, statusText: res.statusText, headers });
      return undefined;
    }
    headers.delete('content-length');
    const status = res.status;
    const declared = Number(res.headers.get('content-length'));
    const small = !(declared > instance.options.output.maxBufferBytes);
    if (transform.kind === 'json' && small) {
      // A JSON answer is guarded whole anyway: read it once instead of streaming it through.
      const text = transform.write(await res.text()) + transform.end();
      session.complete(status);
      c.res = undefined as unknown as Response;
      c.res = new Response(text, { status, statusText: res.statusText, headers });
      return undefined;
    }
    const encoder = new TextEncoder();
    const guarded = res.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          const out = transform.write(chunk);
          if (out !== '') controller.enqueue(encoder.encode(out));
        },
        flush(controller) {
          const out = transform.end();
          if (out !== '') controller.enqueue(encoder.encode(out));
          session.complete(status);
        },
      }),
    );
    c.res = undefined as unknown as Response; // Hono merges headers into a replaced c.res; start clean
    c.res = new Response(guarded, { status, statusText: res.statusText, headers });
    return undefined;
  };
}

export {
  ParapetConfigError,
  ParapetError,
  ParapetHttpError,
  ParapetInputError,
} from '../errors.js';

/**
 * An `app.onError` handler that answers with parapet's generic 500 and sends
 * the detail (secrets scrubbed) to the audit hook. Hono's default handler
 * prints the error to the console first; use this to keep it out of logs.
 *
 * @example
 * ```ts
 * const guard = createParapet(options);
 * app.use('*', parapet(guard));
 * app.onError(parapetOnError(guard));
 * ```
 */
export function parapetOnError(options?: ParapetOptions | Parapet): ErrorHandler {
  const instance = resolveParapet(options);
  return function parapetHonoErrors(error, c) {
    const session = sessions.get(c);
    const spec = session !== undefined ? session.fail(error) : instance.internalError(error);
    return new Response(spec.body, { status: spec.status, headers: spec.headers });
  };
}
