import { z } from 'zod';
import type { BodySource, NodeReadableLike } from './types.js';

/**
 * Limits on request bodies, enforced while reading.
 *
 * @example
 * ```ts
 * createParapet({ body: { maxBytes: 256 * 1024, readTimeoutMs: 5_000 } });
 * ```
 */
export const bodyOptionsSchema = z.strictObject({
  /** Largest body accepted, in bytes; larger ones get 413 and are not read further. @default 1_048_576 (1 MiB) */
  maxBytes: z
    .number()
    .int()
    .positive()
    .max(1024 * 1024 * 1024)
    .default(1024 * 1024),
  /** Time allowed to receive the whole body; slower ones get 408. @default 10_000 */
  readTimeoutMs: z
    .number()
    .int()
    .positive()
    .max(10 * 60_000)
    .default(10_000),
  /** Deepest JSON nesting accepted; deeper bodies get 400. @default 64 */
  maxDepth: z.number().int().min(1).max(10_000).default(64),
  /** Most object members accepted over the whole JSON body; more gets 400. @default 10_000 */
  maxKeys: z.number().int().min(1).max(10_000_000).default(10_000),
  /** A `__proto__` or `constructor.prototype` key: refuse the body (`error`) or accept it (`ignore`). @default 'error' */
  protoKeys: z.enum(['error', 'ignore']).default('error'),
});

/** Options accepted for body limits. */
export type BodyOptions = z.input<typeof bodyOptionsSchema>;
/** Body limits with defaults applied. */
export type ResolvedBodyOptions = z.output<typeof bodyOptionsSchema>;

/** Outcome of reading a body. */
export type BodyReadResult =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly size: number }
  | {
      readonly ok: false;
      readonly reason: 'too_large' | 'timeout' | 'aborted';
      readonly size: number;
    };

const EMPTY = new Uint8Array(0);
let encoder: InstanceType<typeof TextEncoder> | undefined;

function toBytes(chunk: Uint8Array | string): Uint8Array {
  if (typeof chunk !== 'string') return chunk;
  encoder ??= new TextEncoder();
  return encoder.encode(chunk);
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * Reads a request body, counting bytes as they arrive whatever
 * `Content-Length` claims, and stops at `maxBytes` or after `timeoutMs`.
 * `declaredLength` (from `Content-Length`, only when there is no
 * `Transfer-Encoding`) lets an oversized body be refused before any byte is read.
 */
export function readBody(
  source: BodySource,
  maxBytes: number,
  timeoutMs: number,
  declaredLength: number | undefined,
): Promise<BodyReadResult> | BodyReadResult {
  if (declaredLength !== undefined && declaredLength > maxBytes) {
    return { ok: false, reason: 'too_large', size: declaredLength };
  }
  switch (source.kind) {
    case 'bytes': {
      const bytes = toBytes(source.bytes);
      return bytes.length > maxBytes
        ? { ok: false, reason: 'too_large', size: bytes.length }
        : { ok: true, bytes, size: bytes.length };
    }
    case 'parsed':
      return { ok: true, bytes: EMPTY, size: source.size ?? 0 };
    case 'node':
      return readNode(source.stream, maxBytes, timeoutMs);
    case 'web':
      return readWeb(source.stream, maxBytes, timeoutMs);
  }
}

function readNode(
  stream: NodeReadableLike,
  maxBytes: number,
  timeoutMs: number,
): Promise<BodyReadResult> {
  if (stream.readableEnded === true) return Promise.resolve({ ok: true, bytes: EMPTY, size: 0 });
  return new Promise((resolve) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    let settled = false;
    const finish = (result: BodyReadResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      stream.removeListener('data', onData);
      stream.removeListener('end', onEnd);
      stream.removeListener('error', onError);
      stream.removeListener('aborted', onAborted);
      stream.removeListener('close', onClose);
      // Stop reading without destroying the socket: the adapter still answers 413/408.
      if (!result.ok) stream.pause();
      resolve(result);
    };
    const onData = (chunk: Uint8Array | string): void => {
      const bytes = toBytes(chunk);
      size += bytes.length;
      if (size > maxBytes) finish({ ok: false, reason: 'too_large', size });
      else chunks.push(bytes);
    };
    const onEnd = (): void => finish({ ok: true, bytes: concat(chunks, size), size });
    const onError = (): void => finish({ ok: false, reason: 'aborted', size });
    const onAborted = (): void => finish({ ok: false, reason: 'aborted', size });
    const onClose = (): void => finish({ ok: false, reason: 'aborted', size });
    const timer = setTimeout(() => finish({ ok: false, reason: 'timeout', size }), timeoutMs);
    (timer as { unref?: () => void }).unref?.();
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('error', onError);
    stream.on('aborted', onAborted);
    stream.on('close', onClose);
  });
}

async function readWeb(
  stream: ReadableStream<Uint8Array>,
  maxBytes: number,
  timeoutMs: number,
): Promise<BodyReadResult> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
    (timer as { unref?: () => void }).unref?.();
  });
  try {
    for (;;) {
      const next = await Promise.race([reader.read(), timeout]);
      if (next === 'timeout') {
        reader.cancel().catch(() => undefined);
        return { ok: false, reason: 'timeout', size };
      }
      if (next.done) break;
      size += next.value.length;
      if (size > maxBytes) {
        reader.cancel().catch(() => undefined);
        return { ok: false, reason: 'too_large', size };
      }
      chunks.push(next.value);
    }
    return { ok: true, bytes: concat(chunks, size), size };
  } catch {
    return { ok: false, reason: 'aborted', size };
  } finally {
    clearTimeout(timer);
    reader.releaseLock();
  }
}

/** The declared body length, trusted only without `Transfer-Encoding` (RFC 9112 section 6.3). */
export function declaredLength(
  contentLength: string | undefined,
  transferEncoding: string | undefined,
): number | undefined {
  if (transferEncoding !== undefined || contentLength === undefined) return undefined;
  if (!/^\d{1,15}$/.test(contentLength)) return undefined;
  return Number(contentLength);
}
