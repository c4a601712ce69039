/**
 * Types of the framework-agnostic HTTP guard pipeline: the plain request an
 * adapter builds, and the decision the pipeline returns.
 *
 * @module
 */

import type { Finding, FindingCategory, Severity, TextSource, Verdict } from '../types.js';

/** A header value as frameworks expose it. */
export type HeaderValue = string | readonly string[] | undefined;

/** Request headers with lower-case names, or a WHATWG `Headers` object. */
export type RequestHeaders = Readonly<Record<string, HeaderValue>> | Headers;

/**
 * Where the request body comes from. The pipeline reads it once, enforcing
 * the size limit and the read timeout while reading.
 */
export type BodySource =
  /** A Node.js readable (an `IncomingMessage`): bytes counted as they arrive. */
  | { readonly kind: 'node'; readonly stream: NodeReadableLike }
  /** A WHATWG stream (`Request.body`). */
  | { readonly kind: 'web'; readonly stream: ReadableStream<Uint8Array> }
  /** Bytes or text already read. */
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array | string }
  /** A value a framework already parsed; `size` is its byte size when known. */
  | { readonly kind: 'parsed'; readonly value: unknown; readonly size?: number };

/**
 * The part of a Node.js `Readable` the body reader uses. Reading stops (the
 * stream is paused, not destroyed) at the size limit or timeout, so the
 * adapter can still answer 413 or 408 on the same connection.
 */
export interface NodeReadableLike {
  on(event: 'data', listener: (chunk: Uint8Array | string) => void): unknown;
  on(event: 'end' | 'close' | 'aborted', listener: () => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  removeListener(event: string, listener: (...args: never[]) => void): unknown;
  pause(): unknown;
  readonly readableEnded?: boolean;
}

/** The plain request an adapter hands to `parapet.evaluate`. */
export interface ParapetRequest {
  /** HTTP method, any case. */
  readonly method: string;
  /** Path and query as received, e.g. `/v1/chat/completions?stream=true`. */
  readonly url: string;
  readonly headers: RequestHeaders;
  /** Address of the TCP peer (not from headers; proxy headers are read only if `trustProxy` allows). */
  readonly ip?: string | undefined;
  readonly body?: BodySource | undefined;
}

/** Who made the request, after authentication. */
export interface Principal {
  /** `api_key` (id of the matching configured key) or `jwt` (the token's `sub`). */
  readonly kind: 'api_key' | 'jwt';
  readonly id: string;
  /** Verified JWT claims (only for `jwt`). */
  readonly claims?: Readonly<Record<string, unknown>>;
}

/** One piece of request text that was inspected. */
export interface InspectedPart {
  /** Where the text sits in the body, e.g. `messages[2].content[0].text`. */
  readonly path: string;
  readonly source: TextSource;
  /** The detector's verdict for this part (offsets into the part's original text). */
  readonly verdict: Verdict;
  /** Secrets and PII found, by type (values never included). */
  readonly redactions: Readonly<Record<string, number>>;
  /** True when sanitising or redaction changed this part. */
  readonly rewritten: boolean;
}

/** What the pipeline found in a request body. */
export interface Inspection {
  /** The request format that was recognised. */
  readonly format: RequestFormat;
  readonly parts: readonly InspectedPart[];
  /** The worst verdict over all parts. */
  readonly verdict: Verdict;
  /** Secrets and PII found over all parts, by type. */
  readonly redactions: Readonly<Record<string, number>>;
  /** Estimated prompt size in tokens, for the limiter. */
  readonly promptChars: number;
}

/** Request formats the pipeline understands. */
export type RequestFormat =
  | 'openai-chat'
  | 'openai-responses'
  | 'openai-completions'
  | 'openai-embeddings'
  | 'anthropic-messages'
  | 'custom'
  | 'unknown';

/** Why a request was answered by parapet instead of reaching the handler. */
export type BlockReason =
  | 'preflight'
  | 'origin_not_allowed'
  | 'unauthenticated'
  | 'forbidden'
  | 'rate_limited'
  | 'body_too_large'
  | 'body_timeout'
  | 'unsupported_media_type'
  | 'invalid_json'
  | 'json_too_complex'
  | 'prompt_injection'
  | 'secret_in_prompt'
  | 'pii_in_prompt'
  | 'invalid_request'
  | 'internal_error';

/** Fields every decision has. */
interface DecisionBase {
  /** Request id: echoed in the `x-request-id` response header and every audit event. */
  readonly requestId: string;
  /** Headers to set on the response, whatever it is: security headers, CORS, rate limits. */
  readonly headers: Readonly<Record<string, string>>;
  /** Names of headers to remove from the response (e.g. `x-powered-by`). */
  readonly removeHeaders: readonly string[];
  readonly principal: Principal | undefined;
}

/** The request may proceed; `body` is what the handler should see. */
export interface AllowDecision extends DecisionBase {
  /** `rewrite`: sanitising or redaction changed the body. */
  readonly action: 'allow' | 'rewrite';
  /** The parsed, possibly rewritten JSON body (undefined when there was none or it was not JSON). */
  readonly body: unknown;
  /** The body as text, re-serialised when rewritten (undefined when there was none). */
  readonly bodyText: string | undefined;
  readonly inspection: Inspection | undefined;
  /**
   * Settles the token price with the provider's reported `usage` (refunds the
   * over-estimate or charges the difference). Output guarding calls it on its
   * own when it sees `usage` in the response; call it yourself otherwise.
   */
  readonly settle: (usage: unknown) => Promise<void>;
}

/** parapet answers the request itself (a block, or a CORS preflight). */
export interface RespondDecision extends DecisionBase {
  readonly action: 'block' | 'preflight';
  readonly status: number;
  readonly reason: BlockReason;
  /** Response body (an OpenAI-compatible error object as JSON, or empty for a preflight). */
  readonly body: string;
  readonly inspection: Inspection | undefined;
}

/** What `parapet.evaluate(request)` decides. */
export type Decision = AllowDecision | RespondDecision;

/** The `guardrails` object added to block bodies. */
export interface GuardrailsSummary {
  readonly flagged: boolean;
  readonly blocked: boolean;
  readonly reason: BlockReason;
  readonly categories: readonly FindingCategory[];
  readonly requestId: string;
}

/** An audit event: one per request, plus one per downstream error. Never carries prompt text or secrets. */
export interface AuditEvent {
  readonly type: 'request' | 'error' | 'output';
  readonly requestId: string;
  /** Milliseconds since the epoch. */
  readonly time: number;
  readonly method: string;
  /** Path without the query string. */
  readonly route: string;
  readonly principal: string | undefined;
  readonly ip: string | undefined;
  readonly decision: 'allow' | 'rewrite' | 'block' | 'preflight' | 'error';
  readonly status: number;
  readonly reason: BlockReason | undefined;
  readonly ruleIds: readonly string[];
  readonly categories: readonly FindingCategory[];
  readonly severity: Severity;
  /** Secrets and PII found (request) or redacted (output), by type. */
  readonly redactions: Readonly<Record<string, number>>;
  /** Lower-case hex SHA-256 of the inspected text (parts joined by U+0000), when any was inspected. */
  readonly contentSha256: string | undefined;
  readonly contentChars: number;
  readonly bodyBytes: number;
  readonly timings: {
    readonly totalMs: number;
    readonly bodyMs: number;
    readonly inspectMs: number;
  };
  /** `code` of the error behind an `error` event. */
  readonly errorCode: string | undefined;
  /** Error message with secrets redacted (only in `error` events; never sent to clients). */
  readonly errorMessage: string | undefined;
  /** What output guarding did to the response: redactions by type, whether it was blocked, or left unguarded (compressed or too large). */
  readonly output:
    | {
        readonly redactions: Readonly<Record<string, number>>;
        readonly blocked: boolean;
        readonly unguarded: boolean;
      }
    | undefined;
}

/** Re-exported for adapter authors. */
export type { Finding };
