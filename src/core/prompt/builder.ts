import { ParapetInputError } from '../../errors.js';
import { deepFreeze, parseOptions } from '../../internal/config.js';
import type { TextSource, Verdict } from '../../types.js';
import { compileSanitizer, type SanitizeChangeKind } from '../sanitize/sanitize.js';
import { randomBytes } from '../vault/bytes.js';
import { parseDependencies } from '../vault/schema.js';
import { lintSystemPrompt, type SystemPromptLint } from './lint.js';
import {
  type PromptBuilderDependencies,
  type PromptBuilderOptions,
  type PromptCallOptions,
  promptCallOptionsSchema,
  promptDependenciesSchema,
  promptOptionsSchema,
  type ResolvedPromptOptions,
} from './options.js';
import { createSpotlight, type SpotlightMode } from './spotlight.js';

/** A retrieved document: text only, or text with a title (the title is untrusted too). */
export type PromptDocument = string | { readonly content: string; readonly title?: string };

/** Output of a tool the model called; `name` is the tool's registered name. */
export interface PromptToolResult {
  readonly name: string;
  readonly content: string;
}

/** An earlier turn of the conversation. */
export interface PromptHistoryMessage {
  readonly role: 'user' | 'assistant';
  readonly content: string;
}

/**
 * What a prompt is built from. Only `system` is trusted.
 *
 * @example
 * ```ts
 * const input: PromptInput = {
 *   system: 'Answer from the documents only.',
 *   user: 'When is the next release?',
 *   documents: [{ title: 'Roadmap', content: roadmapText }],
 * };
 * ```
 */
export interface PromptInput {
  /** Developer instructions. Trusted: not sanitised, but linted (OWASP LLM07). */
  readonly system: string;
  /** The user's message: sanitised and inspected, kept in its own part, not spotlighted (it is the request). */
  readonly user: string;
  /** Retrieved documents: sanitised, inspected as `document`, spotlighted. */
  readonly documents?: readonly PromptDocument[];
  /** Tool outputs: sanitised, inspected as `tool`, spotlighted. */
  readonly toolResults?: readonly PromptToolResult[];
  /** Earlier turns, oldest first: sanitised; user turns are inspected too. */
  readonly history?: readonly PromptHistoryMessage[];
}

/** One text part of an OpenAI or Anthropic message. */
export interface PromptTextPart {
  readonly type: 'text';
  readonly text: string;
}

/** An OpenAI Chat Completions message. */
export interface OpenAIPromptMessage {
  readonly role: 'system' | 'user' | 'assistant';
  readonly content: string | readonly PromptTextPart[];
}

/** An Anthropic Messages API message (the system prompt travels separately). */
export interface AnthropicPromptMessage {
  readonly role: 'user' | 'assistant';
  readonly content: string | readonly PromptTextPart[];
}

/** A role and plain text, for APIs without content parts. */
export interface TextPromptMessage {
  readonly role: 'system' | 'user' | 'assistant';
  readonly content: string;
}

/** The detector's verdict on one untrusted part. */
export interface PromptPartVerdict {
  /** `user`, `documents[0]`, `toolResults[1]`, `history[2]`. */
  readonly part: string;
  readonly source: TextSource;
  /** Offsets point into that part's original text. */
  readonly verdict: Verdict;
}

/** What the sanitiser changed in one part. */
export interface PromptPartSanitized {
  readonly part: string;
  readonly kinds: readonly SanitizeChangeKind[];
}

interface PromptBuildCommon {
  /** True when a critical verdict (with `onCritical: 'block'`) or a blocking lint stopped the build; `messages` is then empty. */
  readonly blocked: boolean;
  /** Parts that caused the block: part ids, and `system` for the lint. */
  readonly blockedBy: readonly string[];
  /** Whether a detector inspected the untrusted parts. False means nothing was checked. */
  readonly inspected: boolean;
  /** One verdict per inspected part, in input order (empty when `inspected` is false). */
  readonly verdicts: readonly PromptPartVerdict[];
  /** Parts the sanitiser changed, and how. */
  readonly sanitized: readonly PromptPartSanitized[];
  /** System-prompt lint; undefined when `lintSystemPrompt` is `off`. */
  readonly lint: SystemPromptLint | undefined;
  readonly spotlighting: SpotlightMode;
  /** This build's random boundary; seeing it in model output means the prompt leaked. */
  readonly boundary: string;
}

/**
 * A built prompt; switch on `format` for the message shape.
 *
 * @example
 * ```ts
 * if (result.blocked) throw new Error(`blocked: ${result.blockedBy.join(', ')}`);
 * if (result.format === 'anthropic') await anthropic.messages.create({ model, system: result.system, messages: result.messages, max_tokens: 512 });
 * ```
 */
export type PromptBuildResult =
  | (PromptBuildCommon & {
      readonly format: 'openai';
      /** System message first, then history, then one user message whose parts are the wrapped blocks and the user text. */
      readonly messages: readonly OpenAIPromptMessage[];
    })
  | (PromptBuildCommon & {
      readonly format: 'anthropic';
      /** The `system` parameter of the Messages API. */
      readonly system: string;
      readonly messages: readonly AnthropicPromptMessage[];
    })
  | (PromptBuildCommon & {
      readonly format: 'text';
      /** System text first; the last user message joins the blocks and the user text. */
      readonly messages: readonly TextPromptMessage[];
    });

/**
 * A compiled prompt builder.
 *
 * @example
 * ```ts
 * const { messages, blocked } = builder.build({ system, user, documents });
 * ```
 */
export interface PromptBuilder {
  readonly options: ResolvedPromptOptions;
  /** Builds messages from `input`; `call` overrides format and spotlighting for this call. */
  build(input: PromptInput, call?: PromptCallOptions): PromptBuildResult;
}

interface Part {
  readonly id: string;
  readonly source: TextSource | undefined;
  readonly text: string;
}

const TOOL_NAME = /^[A-Za-z0-9_.:-]{1,64}$/;

/**
 * Creates a secure prompt builder. System instructions and untrusted content
 * never share a message part; documents and tool results are wrapped in
 * tags carrying a fresh 128-bit random boundary and marked per the
 * spotlighting mode; every untrusted part is sanitised (chat-template tokens
 * neutralised, hidden characters removed) and has the boundary and
 * wrapper-shaped tags neutralised, so no content can close or forge a
 * wrapper. Each untrusted part goes through the detector, and the system
 * prompt through the lint.
 *
 * @example
 * ```ts
 * const builder = createPromptBuilder({ detector, scanner, format: 'openai', spotlighting: 'datamark' });
 * const result = builder.build({
 *   system: 'You answer questions about the attached report.',
 *   user: 'Summarise it in three bullets.',
 *   documents: [{ title: 'Q3 report', content: reportText }],
 * });
 * if (result.blocked) return refuse(result.blockedBy);
 * await openai.chat.completions.create({ model, messages: result.messages });
 * ```
 *
 * @throws {ParapetConfigError} when an option is invalid.
 */
export function createPromptBuilder(options: PromptBuilderOptions = {}): PromptBuilder {
  const { detector, scanner, ...rest } = options;
  const deps = parseDependencies(
    promptDependenciesSchema,
    {
      ...(detector === undefined ? {} : { detector }),
      ...(scanner === undefined ? {} : { scanner }),
    },
    'prompt builder',
  );
  return compilePromptBuilder(parseOptions(promptOptionsSchema, rest, 'prompt builder'), deps);
}

/**
 * Builds a prompt builder from resolved options and its dependencies (used by
 * `createParapet`, which passes its own detector and redactor).
 *
 * @example
 * ```ts
 * const builder = compilePromptBuilder(resolved.prompt, { detector, scanner: redactor });
 * ```
 */
export function compilePromptBuilder(
  options: ResolvedPromptOptions,
  dependencies: PromptBuilderDependencies = {},
): PromptBuilder {
  return buildPromptBuilder(options, dependencies, randomBytes);
}

/** The builder with an injectable random source; internal, for tests that need a known boundary. */
export function buildPromptBuilder(
  options: ResolvedPromptOptions,
  dependencies: PromptBuilderDependencies,
  random: (length: number) => Uint8Array,
): PromptBuilder {
  const sanitizer = compileSanitizer(options.sanitize);
  const { detector, scanner } = dependencies;

  const build = (input: PromptInput, call?: PromptCallOptions): PromptBuildResult => {
    const overrides =
      call === undefined ? {} : parseOptions(promptCallOptionsSchema, call, 'buildPrompt call');
    const format = overrides.format ?? options.format;
    const mode = overrides.spotlighting ?? options.spotlighting;
    const { system, parts, documents, toolResults, history } = readInput(input);
    const spotlight = createSpotlight(mode, random);

    const verdicts: PromptPartVerdict[] = [];
    const sanitized: PromptPartSanitized[] = [];
    const blockedBy: string[] = [];
    const clean = (part: Part): string => {
      const result = sanitizer.sanitize(part.text);
      if (result.rejected) {
        throw new ParapetInputError(`${part.id} is longer than sanitize.maxLength`);
      }
      if (result.changes.length > 0) {
        sanitized.push({ part: part.id, kinds: [...new Set(result.changes.map((c) => c.kind))] });
      }
      if (detector !== undefined && part.source !== undefined) {
        // The detector reads the original text: its spans then point into
        // the caller's string, and hidden characters are evidence too.
        const verdict = detector.detect(part.text, { source: part.source });
        verdicts.push({ part: part.id, source: part.source, verdict });
        if (options.onCritical === 'block' && verdict.severity === 'critical')
          blockedBy.push(part.id);
      }
      return spotlight.neutralize(result.text);
    };
    const cleaned = new Map<string, string>();
    for (const part of parts) cleaned.set(part.id, clean(part));

    const lint =
      options.lintSystemPrompt === 'off'
        ? undefined
        : lintSystemPrompt(system, {
            ...(scanner === undefined ? {} : { scanner }),
            block: options.lintSystemPrompt === 'block',
          });
    if (lint?.verdict.blocked === true) blockedBy.push('system');

    const common = {
      blocked: blockedBy.length > 0,
      blockedBy,
      inspected: detector !== undefined,
      verdicts,
      sanitized,
      lint,
      spotlighting: mode,
      boundary: spotlight.boundary,
    };
    if (common.blocked) {
      return deepFreeze(
        format === 'anthropic'
          ? { ...common, format, system: '', messages: [] }
          : { ...common, format, messages: [] },
      );
    }

    const blocks: string[] = [];
    documents.forEach((doc, index) => {
      const id = `documents[${index}]`;
      const body = cleaned.get(id)!;
      const title = doc.title === undefined ? undefined : oneLine(cleaned.get(`${id}.title`)!);
      blocks.push(
        spotlight.wrap(
          title === undefined ? body : `Title: ${title}\n\n${body}`,
          'document',
          index + 1,
        ),
      );
    });
    toolResults.forEach((result, index) => {
      blocks.push(
        spotlight.wrap(
          cleaned.get(`toolResults[${index}]`)!,
          'tool_result',
          index + 1,
          result.name,
        ),
      );
    });
    const userText = cleaned.get('user')!;
    const systemText = blocks.length === 0 ? system : `${system}\n\n${spotlight.instructions}`;
    const turns = history.map((turn, index) => ({
      role: turn.role,
      content: cleaned.get(`history[${index}]`)!,
    }));

    if (format === 'text') {
      return deepFreeze({
        ...common,
        format,
        messages: [
          { role: 'system' as const, content: systemText },
          ...turns,
          { role: 'user' as const, content: [...blocks, userText].join('\n\n') },
        ],
      });
    }
    const last = {
      role: 'user' as const,
      content: [...blocks, userText].map((text) => ({ type: 'text' as const, text })),
    };
    if (format === 'anthropic') {
      return deepFreeze({ ...common, format, system: systemText, messages: [...turns, last] });
    }
    return deepFreeze({
      ...common,
      format,
      messages: [{ role: 'system' as const, content: systemText }, ...turns, last],
    });
  };

  return Object.freeze({ options, build });
}

function readInput(input: PromptInput) {
  if (typeof input !== 'object' || input === null)
    throw new ParapetInputError('buildPrompt expects an input object');
  if (typeof input.system !== 'string') throw new ParapetInputError('system must be a string');
  if (typeof input.user !== 'string') throw new ParapetInputError('user must be a string');
  const parts: Part[] = [{ id: 'user', source: 'user', text: input.user }];
  const documents: { readonly title: string | undefined }[] = [];
  for (const [index, doc] of arrayOf(input.documents, 'documents').entries()) {
    const id = `documents[${index}]`;
    if (typeof doc === 'string') {
      parts.push({ id, source: 'document', text: doc });
      documents.push({ title: undefined });
      continue;
    }
    if (typeof doc !== 'object' || doc === null || typeof doc.content !== 'string') {
      throw new ParapetInputError(`${id} must be a string or { content, title? }`);
    }
    if (doc.title !== undefined && typeof doc.title !== 'string') {
      throw new ParapetInputError(`${id}.title must be a string`);
    }
    parts.push({ id, source: 'document', text: doc.content });
    // The title is inspected with its document; sanitised on its own.
    if (doc.title !== undefined)
      parts.push({ id: `${id}.title`, source: 'document', text: doc.title });
    documents.push({ title: doc.title });
  }
  const toolResults = arrayOf(input.toolResults, 'toolResults');
  toolResults.forEach((result, index) => {
    const id = `toolResults[${index}]`;
    if (typeof result !== 'object' || result === null || typeof result.content !== 'string') {
      throw new ParapetInputError(`${id} must be { name, content }`);
    }
    if (typeof result.name !== 'string' || !TOOL_NAME.test(result.name)) {
      throw new ParapetInputError(`${id}.name must be 1 to 64 characters from A-Z a-z 0-9 _ . : -`);
    }
    parts.push({ id, source: 'tool', text: result.content });
  });
  const history = arrayOf(input.history, 'history');
  history.forEach((turn, index) => {
    const id = `history[${index}]`;
    if (typeof turn !== 'object' || turn === null || typeof turn.content !== 'string') {
      throw new ParapetInputError(`${id} must be { role, content }`);
    }
    if (turn.role !== 'user' && turn.role !== 'assistant') {
      throw new ParapetInputError(`${id}.role must be 'user' or 'assistant'`);
    }
    // Earlier user turns are untrusted like the current one; assistant turns
    // are the model's own output and are sanitised but not inspected.
    parts.push({ id, source: turn.role === 'user' ? 'user' : undefined, text: turn.content });
  });
  return { system: input.system, parts, documents, toolResults, history };
}

function arrayOf<T>(value: readonly T[] | undefined, name: string): readonly T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new ParapetInputError(`${name} must be an array`);
  return value;
}

function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ');
}

let defaultBuilder: PromptBuilder | undefined;
const builders = new WeakMap<object, PromptBuilder>();

/**
 * Builds a prompt with `options` (defaults when omitted); options objects
 * are validated once and remembered. Without a `detector` nothing is
 * inspected and the result says `inspected: false`; prefer
 * `createParapet().buildPrompt`, which is wired to the real detector and
 * redactor.
 *
 * @example
 * ```ts
 * const result = buildPrompt(
 *   { system: 'Answer from the documents only.', user: question, documents: chunks },
 *   { detector, format: 'anthropic', spotlighting: 'encode' },
 * );
 * if (!result.blocked && result.format === 'anthropic') {
 *   await anthropic.messages.create({ model, system: result.system, messages: result.messages, max_tokens: 1024 });
 * }
 * ```
 *
 * @throws {ParapetConfigError} when an option is invalid.
 * @throws {ParapetInputError} when the input is malformed or a part exceeds `sanitize.maxLength`.
 */
export function buildPrompt(input: PromptInput, options?: PromptBuilderOptions): PromptBuildResult {
  if (options === undefined) {
    defaultBuilder ??= createPromptBuilder();
    return defaultBuilder.build(input);
  }
  let builder = builders.get(options);
  if (builder === undefined) {
    builder = createPromptBuilder(options);
    builders.set(options, builder);
  }
  return builder.build(input);
}
