import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { OutputTransform, ResponseSpec, Session } from '../http/session.js';
import type { BodySource, Decision, ParapetRequest } from '../http/types.js';

/** Builds the pipeline's plain request from a Node.js request. */
export function fromIncoming(
  req: IncomingMessage,
  url: string,
  body: BodySource | undefined,
): ParapetRequest {
  return {
    method: req.method ?? 'GET',
    url,
    headers: req.headers,
    ip: req.socket.remoteAddress,
    body: body ?? { kind: 'node', stream: req },
  };
}

/** Sets the decision's headers on a response (security, CORS, rate limits) and removes the unwanted ones. */
export function applyHeaders(res: ServerResponse, decision: Decision): void {
  for (const name of decision.removeHeaders) res.removeHeader(name);
  const headers = decision.headers;
  // Own keys only, without a pair array per header: this runs for every response.
  for (const name of Object.keys(headers)) res.setHeader(name, headers[name]!);
}

/** Sends a response parapet produced; closes the connection when the request body was not read. */
export function sendSpec(req: IncomingMessage, res: ServerResponse, spec: ResponseSpec): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  for (const [name, value] of Object.entries(spec.headers)) res.setHeader(name, value);
  res.statusCode = spec.status;
  res.end(spec.body);
  if (spec.headers['connection'] === 'close') res.once('finish', () => req.socket.destroy());
}

type WriteCallback = (error?: Error | null) => void;

function chunkOf(chunk: unknown, encoding: unknown): string | Uint8Array {
  if (typeof chunk === 'string') {
    return typeof encoding === 'string' && encoding !== 'utf8' && encoding !== 'utf-8'
      ? Buffer.from(chunk, encoding as BufferEncoding)
      : chunk;
  }
  return chunk as Uint8Array;
}

/**
 * Wraps `res.writeHead`, `res.write` and `res.end` so the downstream body
 * passes through the session's output guard. Headers are merged into the
 * response first, so the guard sees the final Content-Type; when it
 * transforms, Content-Length and ETag are dropped (the body changes).
 */
export function guardResponseWriter(res: ServerResponse, session: Session): void {
  const writeHead = res.writeHead.bind(res) as (status: number) => ServerResponse;
  const write = res.write.bind(res) as (
    chunk: string,
    encoding: BufferEncoding,
    cb?: WriteCallback,
  ) => boolean;
  const end = res.end.bind(res) as (
    chunk?: string,
    encoding?: BufferEncoding,
    cb?: () => void,
  ) => ServerResponse;
  let transform: OutputTransform | undefined | null = null;
  const decide = (): OutputTransform | undefined => {
    if (transform === null) {
      const type = res.getHeader('content-type');
      const encoding = res.getHeader('content-encoding');
      transform = session.guardOutput(
        typeof type === 'string' ? type : undefined,
        typeof encoding === 'string' ? encoding : undefined,
      );
      // Only headers that are there: removing an absent Content-Length
      // still stops Node.js from computing one, which forces chunked encoding.
      if (transform !== undefined && !res.headersSent) {
        if (res.hasHeader('content-length')) res.removeHeader('content-length');
        if (res.hasHeader('etag')) res.removeHeader('etag');
      }
    }
    return transform;
  };
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    const headers = rest.find((r) => typeof r === 'object' && r !== null) as
      | OutgoingHttpHeaders
      | readonly string[]
      | undefined;
    if (Array.isArray(headers)) {
      for (let i = 0; i + 1 < headers.length; i += 2)
        res.setHeader(String(headers[i]), String(headers[i + 1]));
    } else if (headers !== undefined) {
      for (const [name, value] of Object.entries(headers))
        if (value !== undefined) res.setHeader(name, value);
    }
    decide();
    return writeHead(status);
  }) as ServerResponse['writeHead'];
  res.write = ((chunk: unknown, encoding?: unknown, cb?: unknown) => {
    const callback = (typeof encoding === 'function' ? encoding : cb) as WriteCallback | undefined;
    const t = decide();
    const out = t === undefined ? chunkOf(chunk, encoding) : t.write(chunkOf(chunk, encoding));
    if (typeof out === 'string' && out === '') {
      callback?.();
      return true;
    }
    return write(out as string, 'utf8', callback);
  }) as ServerResponse['write'];
  res.end = ((chunk?: unknown, encoding?: unknown, cb?: unknown) => {
    const callback = [chunk, encoding, cb].find((a) => typeof a === 'function') as
      | (() => void)
      | undefined;
    const body =
      typeof chunk === 'function' || chunk === undefined || chunk === null
        ? undefined
        : chunkOf(chunk, encoding);
    const t = decide();
    if (t === undefined) return end(body as string | undefined, 'utf8', callback);
    const out = (body === undefined ? '' : t.write(body)) + t.end();
    // The whole guarded body in one piece: send it with its length (one write, no chunking).
    if (!res.headersSent && res.statusCode !== 204 && res.statusCode !== 304) {
      res.setHeader('content-length', Buffer.byteLength(out, 'utf8'));
    }
    return end(out, 'utf8', callback);
  }) as ServerResponse['end'];
}
