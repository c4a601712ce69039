import { compileInjectionDetector, type DetectOptions } from './core/injection/detector.js';
import { compileRateLimitGuard } from './core/limit/guard.js';
import {
  compilePromptBuilder,
  type PromptBuildResult,
  type PromptInput,
} from './core/prompt/builder.js';
import type { PromptCallOptions } from './core/prompt/options.js';
import type { ResolvedRedactorOptions } from './core/redact/options.js';
import {
  compileRedactor,
  type RedactionFinding,
  type Redactor,
  type RedactResult,
} from './core/redact/redactor.js';
import { compileSanitizer, type SanitizeResult } from './core/sanitize/sanitize.js';
import { type NormalizedText, normalize } from './core/text/normalize.js';
import { compileAuth } from './http/auth.js';
import { compileCors } from './http/cors.js';
import {
  canaryStage,
  composeOutputFilters,
  type OutputStage,
  redactionStage,
} from './http/filters.js';
import { compileSecurityHeaders } from './http/headers.js';
import { cachedInspector, createPartInspector, partRedaction } from './http/inspect.js';
import { compileLinks } from './http/links.js';
import { Metrics, type MetricsSnapshot } from './http/metrics.js';
import { createSseGuard, type GuardedJson, guardJson, type StreamFormat } from './http/output.js';
import { compilePipeline, type HttpLimiter } from './http/pipeline.js';
import type { ResponseSpec, Session } from './http/session.js';
import type { Decision, ParapetRequest } from './http/types.js';
import { systemClock } from './internal/clock.js';
import { parseOptions } from './internal/config.js';
import {
  type ParapetOptions,
  parapetOptionsSchema,
  type ResolvedParapetOptions,
} from './options.js';
import type { Verdict } from './types.js';

export type { ParapetOptions, ResolvedParapetOptions };

const BRAND: unique symbol = Symbol('parapet.instance');

/** A configured parapet instance. Its methods are the hot path; construct it once. */
export interface Parapet {
  /** The validated, deeply frozen configuration (key material such as `redact.hashKey` left out). */
  readonly options: ResolvedParapetOptions;
  /**
   * Sanitises untrusted text with the configured sanitiser options.
   *
   * @example
   * ```ts
   * parapet.sanitize('hi\u0000 there').text; // 'hi there'
   * ```
   */
  sanitize(text: string): SanitizeResult;
  /**
   * Builds the matching view of `text` (NFKC, case-folded, confusables and
   * invisibles handled) with an offset map back to `text`.
   *
   * @example
   * ```ts
   * parapet.normalize('\uFF29GNORE').text; // 'ignore'
   * ```
   */
  normalize(text: string): NormalizedText;
  /**
   * Inspects `text` for prompt injection and returns the verdict, with
   * findings located in `text`. `source: 'document' | 'tool'` applies the
   * stricter thresholds for indirect injection.
   *
   * @example
   * ```ts
   * const verdict = parapet.detect(retrievedPage, { source: 'document' });
   * if (verdict.blocked) dropDocument();
   * ```
   */
  detect(text: string, options?: DetectOptions): Verdict;
  /**
   * Replaces every credential and enabled kind of personal data in `text`
   * (style per `redact.style`) and reports each finding with its location in
   * `text`, type, rule id and confidence, never its value.
   *
   * @example
   * ```ts
   * const { text, findings, piiScore } = parapet.redact(logLine);
   * ```
   */
  redact(text: string): RedactResult;
  /**
   * Finds credentials and personal data without rewriting anything.
   *
   * @example
   * ```ts
   * if (parapet.scanSecrets(systemPrompt).some((f) => f.category === 'secret')) throw new Error('secret in prompt');
   * ```
   */
  scanSecrets(text: string): readonly RedactionFinding[];
  /**
   * Builds model messages that keep system instructions and untrusted
   * content apart (spotlighting), after sanitising and inspecting every
   * untrusted part with this instance's detector. A critical verdict blocks
   * the build (a result, never an exception) unless `onCritical: 'flag'`.
   *
   * @example
   * ```ts
   * const { messages, blocked } = parapet.buildPrompt({ system: 'Answer from the documents.', user: question, documents: [{ text: page }] });
   * if (!blocked) await openai.chat.completions.create({ model, messages });
   * ```
   */
  buildPrompt(input: PromptInput, options?: PromptCallOptions): PromptBuildResult;
  /**
   * Runs the whole HTTP pipeline for one request (headers, CORS, auth, body,
   * rate limit, inspection) and returns the decision. Emits the request's
   * audit event right away (status 0 for allowed requests, whose final status
   * is not known yet). Adapters use {@link Parapet.guard} instead.
   *
   * @throws {ParapetInputError} (as a rejected promise) when `request` is not
   *   shaped like {@link ParapetRequest}, e.g. a raw `Buffer` as `body`.
   * @example
   * ```ts
   * const decision = await parapet.evaluate({ method: 'POST', url: '/v1/chat/completions', headers, ip, body: { kind: 'bytes', bytes } });
   * if (decision.action === 'block') return new Response(decision.body, { status: decision.status, headers: decision.headers });
   * ```
   */
  evaluate(request: ParapetRequest): Promise<Decision>;
  /**
   * Runs the pipeline and returns the request's session, which an adapter
   * drives: `decision`, `response()` for blocks, `guardOutput()` for the
   * downstream body, `complete(status)` and `fail(error)`.
   *
   * @example
   * ```ts
   * const session = await parapet.guard(request);
   * const block = session.response();
   * if (block) return send(block);
   * ```
   */
  guard(request: ParapetRequest): Promise<Session>;
  /**
   * Guards a parsed model response (OpenAI chat/completions/Responses,
   * Anthropic Messages): redacts, removes exfiltration images, and in
   * enforce mode replaces a blocked answer with the block message.
   *
   * @example
   * ```ts
   * const { json, blocked } = parapet.guardResponse(await upstream.json());
   * ```
   */
  guardResponse(json: unknown): GuardedJson;
  /**
   * Guards a server-sent-events body from a model (OpenAI chat chunks,
   * OpenAI Responses events, Anthropic message events), redacting across
   * chunk boundaries and ending a blocked stream properly.
   *
   * @example
   * ```ts
   * return new Response(parapet.guardStream(upstream.body!, { format: 'openai-chat' }), { headers: upstream.headers });
   * ```
   */
  guardStream(
    stream: ReadableStream<Uint8Array>,
    options?: { readonly format?: StreamFormat },
  ): ReadableStream<Uint8Array>;
  /** Counter values since the instance was created (requests by decision, flags, redactions, limits, errors). */
  metrics(): MetricsSnapshot;
  /**
   * A generic 500 for an error that happened before a request session
   * existed; the detail goes to the audit hook only.
   *
   * @example
   * ```ts
   * const spec = parapet.internalError(error, request);
   * res.writeHead(spec.status, spec.headers).end(spec.body);
   * ```
   */
  internalError(error: unknown, request?: ParapetRequest): ResponseSpec;
  /** @internal Marks real instances for {@link resolveParapet}. */
  readonly [BRAND]: true;
}

/**
 * Validates the whole configuration once, compiles every module, and returns
 * a frozen instance.
 *
 * @example
 * ```ts
 * import { createParapet } from 'parapet';
 *
 * const parapet = createParapet({ cors: { origins: ['https://app.example.com'] } });
 * const { text, changes } = parapet.sanitize(userInput);
 * ```
 *
 * @throws {ParapetConfigError} listing every invalid option by path.
 */
export function createParapet(options?: ParapetOptions): Parapet {
  const resolved = parseOptions(parapetOptionsSchema, options, 'parapet');
  const sanitizer = compileSanitizer(resolved.sanitize);
  const detector = compileInjectionDetector(resolved.detect);
  const redactor = compileRedactor(resolved.redact);
  // Redactors limited to the categories a policy acts on, so allowed PII is neither rewritten nor scanned twice.
  const scoped = (secrets: boolean, pii: boolean): Redactor | undefined =>
    secrets || pii ? compileRedactor(limitRedactor(resolved.redact, secrets, pii)) : undefined;
  const inputRedactor = scoped(
    resolved.inspect.secrets !== 'allow',
    resolved.inspect.pii !== 'allow',
  );
  const outputRedactor = scoped(
    resolved.output.secrets !== 'allow',
    resolved.output.pii !== 'allow',
  );
  const scrubber = scoped(true, false)!;
  const metrics = new Metrics(resolved.server.onMetric);
  const links = compileLinks(resolved.output.links);
  const stages: OutputStage[] = [];
  if (outputRedactor !== undefined) {
    const block = new Set<'secret' | 'pii'>();
    if (resolved.output.secrets === 'block') block.add('secret');
    if (resolved.output.pii === 'block') block.add('pii');
    stages.push(redactionStage(outputRedactor, block));
  }
  if (resolved.output.canaries.length > 0) stages.push(canaryStage(resolved.output.canaries));
  const prompts = compilePromptBuilder(resolved.prompt, { detector, scanner: redactor });
  const outputFilters = () => composeOutputFilters(links, stages);

  let limiter: HttpLimiter | undefined;
  if (resolved.rateLimit !== false) {
    const guard = compileRateLimitGuard(resolved.rateLimit);
    limiter = async (identity, body) => {
      const decision = await guard.check(identity, body);
      return {
        allowed: decision.allowed,
        headers: decision.headers,
        settle: async (usage: unknown) => {
          await decision.settle(usage);
        },
      };
    };
  }

  const pipeline = compilePipeline({
    server: resolved.server,
    body: resolved.body,
    inspect: resolved.inspect,
    headers: compileSecurityHeaders(resolved.headers),
    cors: compileCors(resolved.cors),
    auth: resolved.auth === undefined ? undefined : compileAuth(resolved.auth),
    limiter,
    inspector: cachedInspector(
      createPartInspector(
        resolved.inspect,
        sanitizer,
        resolved.detect.mode === 'off' ? undefined : detector,
        inputRedactor === undefined ? undefined : partRedaction(inputRedactor),
      ),
      resolved.inspect.cacheChars,
    ),
    output: resolved.output,
    outputFilters,
    metrics,
    scrub: (text) => scrubber.redact(text).text,
    now: systemClock,
  });

  const instance: Parapet = {
    [BRAND]: true,
    options: publicOptions(resolved),
    sanitize: sanitizer.sanitize,
    normalize,
    detect: detector.detect,
    redact: (text) => redactor.redact(text),
    scanSecrets: (text) => redactor.scan(text),
    buildPrompt: (input, call) => prompts.build(input, call),
    guard: (request) => pipeline.begin(request),
    async evaluate(request) {
      const session = await pipeline.begin(request);
      session.complete(0);
      return session.decision;
    },
    guardResponse: (json) => guardJson(json, outputFilters(), resolved.output),
    guardStream(stream, streamOptions) {
      const guard = createSseGuard(
        outputFilters(),
        resolved.output,
        streamOptions?.format ?? 'auto',
        undefined,
      );
      const decoder = new TextDecoder();
      const encoder = new TextEncoder();
      return stream.pipeThrough(
        new TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, controller) {
            const out = guard.push(decoder.decode(chunk, { stream: true }));
            if (out !== '') controller.enqueue(encoder.encode(out));
          },
          flush(controller) {
            const out = guard.push(decoder.decode()) + guard.end();
            if (out !== '') controller.enqueue(encoder.encode(out));
          },
        }),
      );
    },
    metrics: () => metrics.snapshot(),
    internalError: (error, request) => pipeline.crash(error, request),
  };
  return Object.freeze(instance);
}

/** The resolved options as the instance exposes them: key material left out, so logging them leaks nothing. */
function publicOptions(resolved: ResolvedParapetOptions): ResolvedParapetOptions {
  if (resolved.redact.hashKey === undefined) return resolved;
  const { hashKey: _hidden, ...redact } = resolved.redact;
  return Object.freeze({ ...resolved, redact: Object.freeze(redact) });
}

/** The redactor options with only the given categories switched on. */
function limitRedactor(
  options: ResolvedRedactorOptions,
  secrets: boolean,
  pii: boolean,
): ResolvedRedactorOptions {
  return {
    ...options,
    secrets: { ...options.secrets, enabled: secrets && options.secrets.enabled },
    pii: { ...options.pii, enabled: pii && options.pii.enabled },
  };
}

/**
 * Returns `value` when it is a parapet instance, or creates one from
 * options. Adapters use it so routes can share one instance (and its
 * limiter state).
 *
 * @example
 * ```ts
 * const shared = createParapet(options);
 * app.use('/v1', parapet(shared)); // parapet/express
 * ```
 */
export function resolveParapet(value: ParapetOptions | Parapet | undefined): Parapet {
  if (typeof value === 'object' && value !== null && BRAND in value) return value as Parapet;
  return createParapet(value as ParapetOptions | undefined);
}
