import { maxSeverity } from '../core/severity.js';
import { CLEAN_VERDICT as NO_VERDICT } from '../core/verdict.js';
import { ParapetInputError } from '../errors.js';
import { sha256Hex } from '../internal/hash.js';
import type { FindingCategory, Severity, TextSource, Verdict } from '../types.js';
import type { Authenticator } from './auth.js';
import { declaredLength, type ResolvedBodyOptions, readBody } from './body.js';
import type { CorsPolicy } from './cors.js';
import { extractParts, formatPath, type TextPart, writePart } from './extract.js';
import type { SecurityHeaders } from './headers.js';
import { decodeUtf8, isJsonContentType, parseJsonBounded } from './json.js';
import type { Metrics } from './metrics.js';
import { matchesAny, type ResolvedInspectOptions, type ResolvedServerOptions } from './options.js';
import type { OutputFilters, ResolvedOutputOptions } from './output.js';
import { BLOCK_REASONS, errorBody } from './respond.js';
import { auditConsumed, newFacts, noSettle, type ResponseSpec, Session } from './session.js';
import type {
  AllowDecision,
  BlockReason,
  InspectedPart,
  Inspection,
  ParapetRequest,
  RequestFormat,
  RespondDecision,
} from './types.js';

/** What inspecting one part of a request produced. */
export interface PartResult {
  readonly verdict: Verdict;
  /** The text the model should see (sanitised and redacted per policy). */
  readonly text: string;
  /** Credentials found, by type. */
  readonly secrets: Readonly<Record<string, number>>;
  /** Personal data found, by type. */
  readonly pii: Readonly<Record<string, number>>;
}

/** Inspects one text part; built from the sanitiser, detector and redactor. */
export type PartInspector = (text: string, source: TextSource) => PartResult;

/** Outcome of a rate-limit check. */
export interface LimitOutcome {
  readonly allowed: boolean;
  /** `RateLimit`, `RateLimit-Policy`, `Retry-After` (and optionally legacy) headers. */
  readonly headers: Readonly<Record<string, string>>;
}

/** Who the limiter keys a request by: only verified identities, never a presented but unchecked key. */
export interface LimitIdentity {
  readonly ip: string | undefined;
  /** Id of the API key that authenticated the request. */
  readonly apiKey: string | undefined;
  /** `sub` of a verified JWT. */
  readonly jwtSubject: string | undefined;
}

/** The rate limiter as the pipeline uses it: prices the request (1 and its estimated tokens) once the body is known. */
export type HttpLimiter = (
  identity: LimitIdentity,
  body: unknown,
) => Promise<LimitOutcome & { readonly settle: (usage: unknown) => Promise<void> }>;

/** Everything the pipeline is built from. */
export interface PipelineParts {
  readonly server: ResolvedServerOptions;
  readonly body: ResolvedBodyOptions;
  readonly inspect: ResolvedInspectOptions;
  readonly headers: SecurityHeaders;
  readonly cors: CorsPolicy;
  readonly auth: Authenticator | undefined;
  readonly limiter: HttpLimiter | undefined;
  readonly inspector: PartInspector | undefined;
  readonly output: ResolvedOutputOptions;
  /** Fresh output filters for one response; undefined when output guarding has nothing to do. */
  readonly outputFilters: (() => OutputFilters) | undefined;
  readonly metrics: Metrics;
  /** Redacts secrets from an error message before it reaches the audit hook. */
  readonly scrub: (text: string) => string;
  readonly now: () => number;
}

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;

/** Reads one header as a single string (joined with ", " when repeated). */
export function headerReader(
  headers: ParapetRequest['headers'],
): (name: string) => string | undefined {
  if (
    typeof (headers as Headers).get === 'function' &&
    typeof (headers as Headers).forEach === 'function'
  ) {
    const h = headers as Headers;
    return (name) => h.get(name) ?? undefined;
  }
  const record = headers as Readonly<Record<string, string | readonly string[] | undefined>>;
  return (name) => {
    const value = record[name];
    if (value === undefined) return undefined;
    return typeof value === 'string' ? value : value.join(', ');
  };
}

/** The path part of a request target, without query or fragment. */
export function pathOf(url: string): string {
  let end = url.length;
  const q = url.indexOf('?');
  if (q !== -1) end = q;
  const f = url.indexOf('#');
  if (f !== -1 && f < end) end = f;
  let path = url.slice(0, end);
  // Absolute-form targets (proxies): keep only the path.
  const scheme = /^[a-z][a-z0-9+.-]*:\/\/[^/]*/i.exec(path);
  if (scheme !== null) path = path.slice(scheme[0].length);
  return path === '' ? '/' : path;
}

function clientIp(
  request: ParapetRequest,
  header: (name: string) => string | undefined,
  trust: boolean | number,
): string | undefined {
  if (trust === false) return request.ip;
  const forwarded = header('x-forwarded-for');
  if (forwarded === undefined) return request.ip;
  const hops = forwarded
    .split(',')
    .map((h) => h.trim())
    .filter((h) => h !== '');
  if (hops.length === 0) return request.ip;
  if (trust === true) return hops[0];
  // With N trusted proxies, the client is the N-th address from the right.
  return hops[Math.max(0, hops.length - trust)];
}

function newRequestId(): string {
  return crypto.randomUUID();
}

/** The compiled pipeline. */
export interface Pipeline {
  /** Runs every stage for one request and returns the session the adapter drives. */
  begin(request: ParapetRequest): Promise<Session>;
  /**
   * The answer to an error that happened before a session existed (the
   * pipeline itself failed): a generic 500, with the detail audited.
   */
  crash(error: unknown, request: ParapetRequest | undefined): ResponseSpec;
}

/** Compiles the pipeline from its parts. */
export function compilePipeline(parts: PipelineParts): Pipeline {
  return {
    begin: (request) => runPipeline(parts, request),
    crash(error, request) {
      const requestId = newRequestId();
      const facts = newFacts(
        request === undefined ? '' : pathOf(request.url),
        request?.method.toUpperCase() ?? '',
        request?.ip,
      );
      const decision: AllowDecision = {
        requestId,
        headers: { ...parts.headers.set, 'x-request-id': requestId },
        removeHeaders: parts.headers.remove,
        principal: undefined,
        action: 'allow',
        body: undefined,
        bodyText: undefined,
        inspection: undefined,
        settle: noSettle,
      };
      return new Session(parts, decision, facts, parts.now()).fail(error);
    },
  };
}

const BODY_KINDS: Readonly<Record<string, string>> = {
  node: 'stream',
  web: 'stream',
  bytes: 'bytes',
  parsed: 'value',
};

/**
 * Throws a {@link ParapetInputError} naming the first field of `request`
 * that is not what {@link ParapetRequest} says, so a hand-built request
 * fails with a clear message rather than a `TypeError` from deep inside.
 */
function checkRequest(request: ParapetRequest): void {
  const fail = (what: string): never => {
    throw new ParapetInputError(`evaluate: request.${what}`);
  };
  if (typeof request !== 'object' || request === null) fail('must be an object');
  if (typeof request.method !== 'string') fail('method must be a string');
  if (typeof request.url !== 'string') fail('url must be a string');
  if (typeof request.headers !== 'object' || request.headers === null)
    fail('headers must be an object or a Headers');
  if (request.ip !== undefined && typeof request.ip !== 'string') fail('ip must be a string');
  const body: unknown = request.body;
  if (body === undefined) return;
  const kind = typeof body === 'object' && body !== null && 'kind' in body ? body.kind : undefined;
  const field =
    typeof kind === 'string' && Object.hasOwn(BODY_KINDS, kind) ? BODY_KINDS[kind] : undefined;
  if (field === undefined || !(field in (body as object)))
    fail(
      "body must be { kind: 'node', stream }, { kind: 'web', stream }, { kind: 'bytes', bytes } or { kind: 'parsed', value }",
    );
  const value = (body as Record<string, unknown>)[field as string];
  const ok =
    field === 'stream'
      ? typeof value === 'object' && value !== null
      : field === 'bytes'
        ? typeof value === 'string' || value instanceof Uint8Array
        : true;
  if (!ok) fail(`body.${field} has the wrong type`);
}

async function runPipeline(parts: PipelineParts, request: ParapetRequest): Promise<Session> {
  checkRequest(request);
  const started = parts.now();
  const header = headerReader(request.headers);
  const method = request.method.toUpperCase();
  const route = pathOf(request.url);
  const incomingId = parts.server.trustRequestId ? header('x-request-id') : undefined;
  const requestId =
    incomingId !== undefined && REQUEST_ID.test(incomingId) ? incomingId : newRequestId();
  const headers: Record<string, string> = { ...parts.headers.set, 'x-request-id': requestId };
  const facts = newFacts(route, method, clientIp(request, header, parts.server.trustProxy));
  const respond = (
    reason: BlockReason,
    inspection: Inspection | undefined = undefined,
    flagged = false,
  ): Session => {
    const categories: FindingCategory[] = [];
    for (const finding of inspection?.verdict.findings ?? []) {
      if (!categories.includes(finding.category)) categories.push(finding.category);
    }
    // Spelled out rather than spread from a shared part: V8 builds a literal
    // of known shape in one step, a spread plus further fields one by one.
    const decision: RespondDecision = {
      requestId,
      headers,
      removeHeaders: parts.headers.remove,
      principal: facts.principal,
      action: reason === 'preflight' ? 'preflight' : 'block',
      status: BLOCK_REASONS[reason].status,
      reason,
      body: errorBody(reason, requestId, categories, flagged),
      inspection,
    };
    return new Session(parts, decision, facts, started);
  };

  // 1-2. Security headers (already in `headers`) and CORS.
  const cors = parts.cors.check(
    method,
    header('origin'),
    header('host'),
    header('access-control-request-method'),
  );
  Object.assign(headers, cors.headers);
  if (cors.kind === 'denied') return respond('origin_not_allowed');
  if (cors.kind === 'allowed' && cors.preflight) return respond('preflight');

  // 3. Authentication.
  if (parts.auth !== undefined) {
    const result = await parts.auth.authenticate(request, route, header);
    if (!result.ok) {
      if (result.challenge !== undefined) headers['www-authenticate'] = result.challenge;
      return respond(result.status === 401 ? 'unauthenticated' : 'forbidden');
    }
    facts.principal = result.principal;
  }

  // 5. Body.
  const inspected =
    matchesAny(route, parts.inspect.paths) && !matchesAny(route, parts.inspect.exclude);
  const contentLength = header('content-length');
  const transferEncoding = header('transfer-encoding');
  const declared = declaredLength(contentLength, transferEncoding);
  if (declared !== undefined && declared > parts.body.maxBytes) return respond('body_too_large');
  const hasBody =
    request.body !== undefined &&
    (request.body.kind === 'parsed' ? request.body.value !== undefined : true) &&
    (BODY_METHODS.has(method) || (declared ?? 0) > 0 || transferEncoding !== undefined) &&
    !(declared === 0 && transferEncoding === undefined);
  let body: unknown;
  let bodyText: string | undefined;
  if (inspected && hasBody && request.body !== undefined) {
    const contentType = header('content-type');
    const isJson = contentType !== undefined && isJsonContentType(contentType);
    const wrongType = parts.inspect.requireJson && !isJson && request.body.kind !== 'parsed';
    // A declared non-empty body of the wrong type is refused unread; an empty one is no body at all.
    if (wrongType && declared !== undefined && declared > 0)
      return respond('unsupported_media_type');
    const readStart = parts.now();
    const read = await readBody(
      request.body,
      parts.body.maxBytes,
      parts.body.readTimeoutMs,
      declared,
    );
    facts.bodyMs = parts.now() - readStart;
    facts.bodyBytes = read.size;
    if (!read.ok) return respond(read.reason === 'too_large' ? 'body_too_large' : 'body_timeout');
    if (request.body.kind === 'parsed') {
      body = request.body.value;
      if (typeof body === 'string') bodyText = body;
    } else if (read.size > 0) {
      if (wrongType) return respond('unsupported_media_type');
      const text = decodeUtf8(read.bytes);
      if (text === undefined) return respond('invalid_json');
      bodyText = text;
      if (isJson) {
        const parsed = parseJsonBounded(
          text,
          parts.body.maxDepth,
          parts.body.maxKeys,
          parts.body.protoKeys,
        );
        if (!parsed.ok) return respond(parsed.reason);
        body = parsed.value;
      }
    }
  }

  // 4. Rate limit, priced per request and in estimated tokens (needs the body;
  // runs before inspection so a flood never costs inspection work).
  let settle: ((usage: unknown) => Promise<void>) | undefined;
  if (parts.limiter !== undefined) {
    const principal = facts.principal;
    const outcome = await parts.limiter(
      {
        ip: facts.ip,
        apiKey: principal?.kind === 'api_key' ? principal.id : undefined,
        jwtSubject: principal?.kind === 'jwt' ? principal.id : undefined,
      },
      body,
    );
    Object.assign(headers, outcome.headers);
    if (!outcome.allowed) return respond('rate_limited');
    settle = outcome.settle;
  }

  // 6-7. Extract the text, sanitise, detect, redact.
  let inspection: Inspection | undefined;
  let rewritten = false;
  if (inspected && body !== undefined && parts.inspector !== undefined) {
    const inspectStart = parts.now();
    const result = inspectBody(body, route, method, header, parts);
    inspection = result.inspection;
    rewritten = result.rewritten;
    facts.inspectMs = parts.now() - inspectStart;
    facts.contentChars = result.contentChars;
    // Hashing costs: only when someone reads the audit events.
    if (result.joined !== '' && auditConsumed(parts.server))
      facts.contentSha256 = sha256Hex(result.joined);
    const blocked = inspection.verdict.blocked;
    if (blocked) return respond('prompt_injection', inspection, true);
    if (parts.inspect.secrets === 'block' && result.secretCount > 0)
      return respond('secret_in_prompt', inspection, true);
    if (parts.inspect.pii === 'block' && result.piiCount > 0)
      return respond('pii_in_prompt', inspection, true);
  }

  if (rewritten) bodyText = JSON.stringify(body);
  const decision: AllowDecision = {
    requestId,
    headers,
    removeHeaders: parts.headers.remove,
    principal: facts.principal,
    action: rewritten ? 'rewrite' : 'allow',
    body,
    bodyText,
    inspection,
    settle: settle ?? noSettle,
  };
  return new Session(parts, decision, facts, started);
}

function inspectBody(
  body: unknown,
  route: string,
  method: string,
  header: (name: string) => string | undefined,
  parts: PipelineParts,
): {
  inspection: Inspection;
  rewritten: boolean;
  secretCount: number;
  piiCount: number;
  contentChars: number;
  joined: string;
} {
  const inspector = parts.inspector!;
  let format: RequestFormat = 'unknown';
  let found: readonly TextPart[] = [];
  const custom = parts.inspect.extract?.(body, { method, path: route });
  if (custom !== undefined) {
    format = 'custom';
    found = custom.map((t) => ({ path: t.path ?? [], text: t.text, source: t.source ?? 'user' }));
  } else {
    const extraction = extractParts(
      body,
      parts.inspect.format,
      route,
      header('anthropic-version') !== undefined,
    );
    format = extraction.format;
    found = extraction.parts;
  }
  const reports: InspectedPart[] = [];
  const redactions: Record<string, number> = {};
  let worst: Verdict = NO_VERDICT;
  let severity: Severity = 'none';
  let rewritten = false;
  let secretCount = 0;
  let piiCount = 0;
  let contentChars = 0;
  let joined = '';
  const trusted = parts.inspect.trustedSystemPrompts;
  for (const part of found) {
    // The operator's own system prompt, byte for byte: nothing to inspect.
    if (part.system === true && trusted.length > 0 && trusted.includes(sha256Hex(part.text)))
      continue;
    const source =
      part.source === 'system' && parts.inspect.systemSource === 'user' ? 'user' : part.source;
    const result = inspector(part.text, source);
    contentChars += part.text.length;
    joined += joined === '' ? part.text : `\u0000${part.text}`;
    const partRedactions: Record<string, number> = {};
    for (const [type, n] of Object.entries(result.secrets)) {
      secretCount += n;
      partRedactions[type] = (partRedactions[type] ?? 0) + n;
    }
    for (const [type, n] of Object.entries(result.pii)) {
      piiCount += n;
      partRedactions[type] = (partRedactions[type] ?? 0) + n;
    }
    for (const [type, n] of Object.entries(partRedactions))
      redactions[type] = (redactions[type] ?? 0) + n;
    const changed = result.text !== part.text && part.path.length > 0;
    if (changed) {
      writePart(body, part.path, result.text);
      rewritten = true;
    }
    if (result.verdict.score > worst.score || (result.verdict.blocked && !worst.blocked))
      worst = result.verdict;
    severity = maxSeverity(severity, result.verdict.severity);
    reports.push({
      path: formatPath(part.path),
      source,
      verdict: result.verdict,
      redactions: partRedactions,
      rewritten: changed,
    });
  }
  const verdict: Verdict =
    reports.length <= 1
      ? worst
      : {
          ...worst,
          severity,
          flagged: reports.some((r) => r.verdict.flagged),
          blocked: reports.some((r) => r.verdict.blocked),
          findings: reports.flatMap((r) => r.verdict.findings),
        };
  return {
    inspection: { format, parts: reports, verdict, redactions, promptChars: contentChars },
    rewritten,
    secretCount,
    piiCount,
    contentChars,
    joined,
  };
}
