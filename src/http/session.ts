/**
 * One request's session: the decision, the response parapet sends itself,
 * output guarding of the downstream response, and the audit event.
 */
import { CLEAN_VERDICT as NO_VERDICT } from '../core/verdict.js';
import type { FindingCategory, Verdict } from '../types.js';
import { isJsonContentType } from './json.js';
import type { ResolvedServerOptions } from './options.js';
import { createSseGuard, guardJson } from './output.js';
import type { PipelineParts } from './pipeline.js';
import { errorBody } from './respond.js';
import type { AuditEvent, BlockReason, Decision, Principal } from './types.js';

/** Rewrites a downstream response body as it is written. */
export interface OutputTransform {
  readonly kind: 'json' | 'sse';
  /** Takes downstream bytes or text; returns the text to send now. */
  write(chunk: string | Uint8Array): string;
  /** Ends the body; returns the rest to send. */
  end(): string;
}

/** A response parapet produces itself. */
export interface ResponseSpec {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

type DiagnosticsChannel = { readonly hasSubscribers: boolean; publish(message: unknown): void };
let channel: DiagnosticsChannel | null | undefined;

/** `node:diagnostics_channel` channel `parapet:audit`, where the runtime has it (Node, Deno, Bun). */
function auditChannel(): DiagnosticsChannel | null {
  if (channel !== undefined) return channel;
  channel = null;
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const dc = proc?.getBuiltinModule?.('node:diagnostics_channel') as
    | { channel(name: string): DiagnosticsChannel }
    | undefined;
  if (dc !== undefined) channel = dc.channel('parapet:audit');
  return channel;
}

export function auditConsumed(server: ResolvedServerOptions): boolean {
  if (server.onEvent !== undefined) return true;
  return server.diagnosticsChannel && auditChannel()?.hasSubscribers === true;
}

/** What the audit event reports about a request besides its decision. */
export interface Facts {
  route: string;
  method: string;
  ip: string | undefined;
  principal: Principal | undefined;
  bodyBytes: number;
  bodyMs: number;
  inspectMs: number;
  contentSha256: string | undefined;
  contentChars: number;
}

/** Facts before any stage ran. */
export function newFacts(route: string, method: string, ip: string | undefined): Facts {
  return {
    route,
    method,
    ip,
    principal: undefined,
    bodyBytes: 0,
    bodyMs: 0,
    inspectMs: 0,
    contentSha256: undefined,
    contentChars: 0,
  };
}

/**
 * One request's passage through parapet. The adapter reads `decision`,
 * answers with `response()` when parapet responds itself, reports the final
 * status with `complete(status)`, and turns a downstream error into a safe
 * response with `fail(error)`.
 *
 * @example
 * ```ts
 * // The heart of an adapter, for a framework parapet does not ship one for.
 * const session = await parapet.guard({ method, url, headers, ip, body: { kind: 'bytes', bytes } });
 * const own = session.response(); // a block, a preflight, or undefined
 * if (own !== undefined) return reply(own.status, own.headers, own.body);
 * try {
 *   const answer = await handler(session.decision);
 *   session.complete(answer.status);
 * } catch (error) {
 *   const safe = session.fail(error); // generic 500; the detail goes to the audit hook
 *   return reply(safe.status, safe.headers, safe.body);
 * }
 * ```
 */
export class Session {
  readonly decision: Decision;
  readonly #parts: PipelineParts;
  readonly #facts: Facts;
  readonly #started: number;
  #done = false;
  #failed: ResponseSpec | undefined;
  #output:
    | { redactions: Readonly<Record<string, number>>; blocked: boolean; unguarded: boolean }
    | undefined;

  constructor(parts: PipelineParts, decision: Decision, facts: Facts, started: number) {
    this.#parts = parts;
    this.decision = decision;
    this.#facts = facts;
    this.#started = started;
    if (decision.action === 'block' || decision.action === 'preflight')
      this.complete(decision.status);
  }

  /** The response parapet sends itself, for `block` and `preflight` decisions. */
  response(): ResponseSpec | undefined {
    const d = this.decision;
    if (d.action !== 'block' && d.action !== 'preflight') return undefined;
    const headers: Record<string, string> = { ...d.headers };
    if (d.body !== '') headers['content-type'] = 'application/json; charset=utf-8';
    if (d.reason === 'body_too_large' || d.reason === 'body_timeout')
      headers['connection'] = 'close';
    return { status: d.status, headers, body: d.body };
  }

  /** Records the final status of the response (once) and emits the request's audit event. */
  complete(status: number): void {
    if (this.#done) return;
    this.#done = true;
    const d = this.decision;
    const verdict = d.inspection?.verdict ?? NO_VERDICT;
    const reason = d.action === 'block' || d.action === 'preflight' ? d.reason : undefined;
    this.#emit({
      type: 'request',
      decision: d.action,
      status,
      reason,
      verdict,
      redactions: d.inspection?.redactions ?? {},
      errorCode: undefined,
      errorMessage: undefined,
    });
    this.#parts.metrics.request(d.action, reason, verdict, d.inspection?.redactions);
  }

  /**
   * Turns an error thrown downstream into a generic 500 (OpenAI error shape,
   * with the request id), and sends the detail, secrets redacted, to the
   * audit hook only.
   */
  fail(error: unknown): ResponseSpec {
    // One error, one audit event, even when two error handlers see it.
    if (this.#failed !== undefined) return this.#failed;
    this.#failed = this.#failOnce(error);
    return this.#failed;
  }

  #failOnce(error: unknown): ResponseSpec {
    const d = this.decision;
    // Frameworks raise client errors (a body parser's 400 or 413) with a status:
    // keep the status, never the message.
    const status = clientErrorStatus(error);
    if (status !== undefined) {
      this.complete(status);
      return {
        status,
        headers: { ...d.headers, 'content-type': 'application/json; charset=utf-8' },
        body: errorBody('invalid_request', d.requestId, [], false),
      };
    }
    const code =
      typeof (error as { code?: unknown })?.code === 'string'
        ? (error as { code: string }).code
        : 'ERR_DOWNSTREAM';
    const message =
      error instanceof Error
        ? error.message
        : typeof error === 'string'
          ? error
          : 'non-error thrown';
    this.#emit({
      type: 'error',
      decision: 'error',
      status: 500,
      reason: 'internal_error',
      verdict: d.inspection?.verdict ?? NO_VERDICT,
      redactions: {},
      errorCode: code.slice(0, 64),
      errorMessage: this.#parts.scrub(message).slice(0, 2000),
    });
    this.#parts.metrics.error();
    this.#done = true;
    return {
      status: 500,
      headers: { ...d.headers, 'content-type': 'application/json; charset=utf-8' },
      body: errorBody('internal_error', d.requestId, [], false),
    };
  }

  /**
   * A transformer for the downstream response body, or undefined when the
   * response needs no guarding (output guarding off, a block, a body that is
   * neither JSON nor an event stream, or a compressed body parapet cannot read).
   * JSON is buffered up to `output.maxBufferBytes` and guarded at the end;
   * event streams are guarded as they flow.
   */
  guardOutput(
    contentType: string | undefined,
    contentEncoding: string | undefined,
  ): OutputTransform | undefined {
    const d = this.decision;
    const parts = this.#parts;
    if (d.action !== 'allow' && d.action !== 'rewrite') return undefined;
    if (!parts.output.enabled || parts.outputFilters === undefined || contentType === undefined)
      return undefined;
    if (contentEncoding !== undefined && contentEncoding !== 'identity') {
      this.#output = { redactions: {}, blocked: false, unguarded: true };
      return undefined;
    }
    const sse = /^text\/event-stream\b/i.test(contentType);
    if (!sse && !isJsonContentType(contentType)) return undefined;
    const filters = parts.outputFilters();
    const decoder = new TextDecoder('utf-8');
    const text = (chunk: string | Uint8Array): string =>
      typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    const finish = (blocked: boolean, usage: unknown, unguarded: boolean): void => {
      this.#output = { redactions: { ...filters.counts }, blocked, unguarded };
      parts.metrics.output(filters.counts, blocked);
      if (usage !== undefined && usage !== null) d.settle(usage).catch(() => undefined);
    };
    if (sse) {
      const format = d.inspection?.format;
      const guard = createSseGuard(
        filters,
        parts.output,
        format === 'openai-chat' || format === 'openai-responses' || format === 'anthropic-messages'
          ? format
          : 'auto',
        () => ({
          requestId: d.requestId,
          flagged: d.inspection?.verdict.flagged ?? false,
          redactions: d.inspection?.redactions ?? {},
        }),
      );
      return {
        kind: 'sse',
        write: (chunk) => guard.push(text(chunk)),
        end: () => {
          const rest = guard.push(decoder.decode()) + guard.end();
          finish(guard.blocked, guard.usage, false);
          return rest;
        },
      };
    }
    let buffered = '';
    let bufferedBytes = 0;
    let overflow = false;
    const limit = parts.output.maxBufferBytes;
    return {
      kind: 'json',
      write: (chunk) => {
        if (overflow) return text(chunk);
        bufferedBytes += typeof chunk === 'string' ? utf8Length(chunk) : chunk.length;
        buffered += text(chunk);
        if (bufferedBytes > limit) {
          // Too large to guard: pass it through and report it.
          overflow = true;
          const out = buffered;
          buffered = '';
          return out;
        }
        return '';
      },
      end: () => {
        const rest = buffered + decoder.decode();
        buffered = '';
        if (overflow) {
          finish(false, undefined, true);
          return rest;
        }
        let json: unknown;
        try {
          json = JSON.parse(rest);
        } catch {
          finish(false, undefined, false);
          return rest;
        }
        const guarded = guardJson(json, filters, parts.output);
        finish(guarded.blocked, guarded.usage, false);
        return guarded.changed ? JSON.stringify(guarded.json) : rest;
      },
    };
  }

  /** Milliseconds since the request started. */
  elapsed(): number {
    return this.#parts.now() - this.#started;
  }

  #emit(event: {
    type: AuditEvent['type'];
    decision: AuditEvent['decision'];
    status: number;
    reason: BlockReason | undefined;
    verdict: Verdict;
    redactions: Readonly<Record<string, number>>;
    errorCode: string | undefined;
    errorMessage: string | undefined;
  }): void {
    const { onEvent, diagnosticsChannel } = this.#parts.server;
    const dc = diagnosticsChannel ? auditChannel() : null;
    if (onEvent === undefined && (dc === null || !dc.hasSubscribers)) return;
    const f = this.#facts;
    const ruleIds: string[] = [];
    const categories: FindingCategory[] = [];
    for (const finding of event.verdict.findings) {
      if (!ruleIds.includes(finding.ruleId)) ruleIds.push(finding.ruleId);
      if (!categories.includes(finding.category)) categories.push(finding.category);
    }
    const audit: AuditEvent = {
      type: event.type,
      requestId: this.decision.requestId,
      time: this.#parts.now(),
      method: f.method,
      route: f.route,
      principal: f.principal?.id,
      ip: f.ip,
      decision: event.decision,
      status: event.status,
      reason: event.reason,
      ruleIds,
      categories,
      severity: event.verdict.severity,
      redactions: event.redactions,
      contentSha256: f.contentSha256,
      contentChars: f.contentChars,
      bodyBytes: f.bodyBytes,
      timings: { totalMs: this.elapsed(), bodyMs: f.bodyMs, inspectMs: f.inspectMs },
      errorCode: event.errorCode,
      errorMessage: event.errorMessage,
      output: this.#output,
    };
    // An audit hook that throws must not break the request.
    try {
      onEvent?.(audit);
    } catch {
      /* ignored by design */
    }
    try {
      if (dc?.hasSubscribers === true) dc.publish(audit);
    } catch {
      /* ignored by design */
    }
  }
}

/** Settlement for requests without a rate limiter: nothing to correct. */
export const noSettle = async (): Promise<void> => undefined;

/** UTF-8 size of `text`, counted without encoding it. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        bytes += 2; // 4 bytes for the pair, counted as 2 units already
        i++;
        continue;
      }
      bytes += 2;
    } else bytes += 2;
  }
  return bytes;
}

/** The 4xx status a framework attached to a client error (`status` or `statusCode`), if any. */
export function clientErrorStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as { status?: unknown; statusCode?: unknown };
  const status =
    typeof e.statusCode === 'number'
      ? e.statusCode
      : typeof e.status === 'number'
        ? e.status
        : undefined;
  return status !== undefined && Number.isInteger(status) && status >= 400 && status <= 499
    ? status
    : undefined;
}
