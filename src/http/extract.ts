import { isRecord } from '../internal/guards.js';
import type { TextSource } from '../types.js';
import type { RequestFormat } from './types.js';

/** A location inside a JSON body: object keys and array indexes. */
export type BodyPath = readonly (string | number)[];

/** One piece of text found in a request body. */
export interface TextPart {
  readonly path: BodyPath;
  readonly text: string;
  readonly source: TextSource;
  /** A system or developer message (OpenAI `system`/`developer` roles, Anthropic `system`, Responses `instructions`). */
  readonly system?: boolean;
}

/** What a custom extractor returns for each text it wants inspected. */
export interface ExtractedText {
  readonly text: string;
  /** @default 'user' */
  readonly source?: TextSource;
  /** Where the text sits in the body; without it the text is inspected but never rewritten. */
  readonly path?: BodyPath;
}

/**
 * A custom extractor: returns the texts of `body` to inspect, or undefined
 * to fall back to auto-detection.
 *
 * @example
 * ```ts
 * const extract: Extractor = (body) =>
 *   isRecord(body) && typeof body.question === 'string' ? [{ text: body.question, path: ['question'] }] : undefined;
 * ```
 */
export type Extractor = (
  body: unknown,
  request: { readonly method: string; readonly path: string },
) => readonly ExtractedText[] | undefined;

/** Request formats to recognise: one of them, or `auto`. */
export type FormatOption = Exclude<RequestFormat, 'custom' | 'unknown'> | 'auto';

/** Extraction result. */
export interface Extraction {
  readonly format: RequestFormat;
  readonly parts: readonly TextPart[];
}

const MAX_PARTS = 10_000;

/** Guesses the request format from the path and the body's shape. */
export function detectFormat(
  body: unknown,
  path: string,
  anthropicVersion: boolean,
): RequestFormat {
  if (!isRecord(body)) return 'unknown';
  if (path.endsWith('/chat/completions')) return 'openai-chat';
  if (path.endsWith('/responses')) return 'openai-responses';
  if (path.endsWith('/embeddings')) return 'openai-embeddings';
  if (path.endsWith('/completions')) return 'openai-completions';
  if (path.endsWith('/messages')) return 'anthropic-messages';
  if (Array.isArray(body['messages'])) {
    if (anthropicVersion || 'system' in body || hasAnthropicBlocks(body['messages']))
      return 'anthropic-messages';
    return 'openai-chat';
  }
  if ('input' in body) {
    const input = body['input'];
    if (Array.isArray(input) && input.some(isRecord)) return 'openai-responses';
    if ('instructions' in body || 'max_output_tokens' in body || 'tools' in body)
      return 'openai-responses';
    return 'openai-embeddings';
  }
  if ('prompt' in body) return 'openai-completions';
  return 'unknown';
}

function hasAnthropicBlocks(messages: readonly unknown[]): boolean {
  for (const message of messages) {
    if (!isRecord(message) || !Array.isArray(message['content'])) continue;
    for (const block of message['content']) {
      if (
        isRecord(block) &&
        (block['type'] === 'tool_result' ||
          block['type'] === 'tool_use' ||
          block['type'] === 'document')
      ) {
        return true;
      }
    }
  }
  return false;
}

/**
 * Finds the texts to inspect in a request body. Tool results are reported
 * with `source: 'tool'`, documents (embeddings input, Anthropic document
 * blocks) with `source: 'document'`, system and developer messages (and
 * Responses `instructions`) with `source: 'system'`, everything else with
 * `source: 'user'`. In a proxy even a client's system message is untrusted:
 * it is inspected by the same rules, only its wording as orders to the
 * model does not count against it (see `DetectOptions.source`).
 */
export function extractParts(
  body: unknown,
  format: FormatOption,
  path: string,
  anthropicVersion: boolean,
): Extraction {
  const resolved = format === 'auto' ? detectFormat(body, path, anthropicVersion) : format;
  const parts: TextPart[] = [];
  if (!isRecord(body)) return { format: resolved === 'unknown' ? 'unknown' : resolved, parts };
  const add = (text: unknown, at: BodyPath, source: TextSource, system = false): void => {
    if (typeof text === 'string' && text !== '' && parts.length < MAX_PARTS) {
      parts.push(
        system
          ? { path: at, text, source: source === 'user' ? 'system' : source, system }
          : { path: at, text, source },
      );
    }
  };
  const addSystem = (text: unknown, at: BodyPath, source: TextSource): void =>
    add(text, at, source, true);
  switch (resolved) {
    case 'openai-chat':
    case 'anthropic-messages':
      if (resolved === 'anthropic-messages') blocks(body['system'], ['system'], 'user', addSystem);
      if (Array.isArray(body['messages'])) {
        body['messages'].forEach((message, i) => {
          if (!isRecord(message)) return;
          const role = message['role'];
          const source: TextSource = role === 'tool' || role === 'function' ? 'tool' : 'user';
          const system = role === 'system' || role === 'developer';
          blocks(message['content'], ['messages', i, 'content'], source, system ? addSystem : add);
        });
      }
      break;
    case 'openai-responses':
      addSystem(body['instructions'], ['instructions'], 'user');
      if (typeof body['input'] === 'string') add(body['input'], ['input'], 'user');
      else if (Array.isArray(body['input'])) {
        body['input'].forEach((item, i) => {
          if (!isRecord(item)) return;
          if (item['type'] === 'function_call_output')
            add(item['output'], ['input', i, 'output'], 'tool');
          else {
            const system = item['role'] === 'system' || item['role'] === 'developer';
            blocks(item['content'], ['input', i, 'content'], 'user', system ? addSystem : add);
          }
        });
      }
      break;
    case 'openai-completions':
      strings(body['prompt'], ['prompt'], 'user', add);
      break;
    case 'openai-embeddings':
      strings(body['input'], ['input'], 'document', add);
      break;
    default:
      break;
  }
  return { format: resolved, parts };
}

type Add = (text: unknown, at: BodyPath, source: TextSource) => void;

/** A string, or an array of strings. */
function strings(value: unknown, at: BodyPath, source: TextSource, add: Add): void {
  if (typeof value === 'string') add(value, at, source);
  else if (Array.isArray(value)) {
    value.forEach((item, i) => {
      add(item, [...at, i], source);
    });
  }
}

/** Message content: a string, or content blocks (OpenAI parts, Anthropic blocks). */
function blocks(content: unknown, at: BodyPath, source: TextSource, add: Add): void {
  if (typeof content === 'string') {
    add(content, at, source);
    return;
  }
  if (!Array.isArray(content)) return;
  content.forEach((block, i) => {
    if (typeof block === 'string') {
      add(block, [...at, i], source);
      return;
    }
    if (!isRecord(block)) return;
    const type = block['type'];
    if (type === 'tool_result') {
      blocks(block['content'], [...at, i, 'content'], 'tool', add);
    } else if (type === 'document' && isRecord(block['source'])) {
      add(block['source']['data'], [...at, i, 'source', 'data'], 'document');
    } else {
      add(block['text'], [...at, i, 'text'], source);
    }
  });
}

/** Replaces the string at `path` inside `body` (which must be the parsed object the path came from). */
export function writePart(body: unknown, path: BodyPath, text: string): void {
  if (path.length === 0) return;
  let node: unknown = body;
  for (let k = 0; k < path.length - 1; k++) {
    if (typeof node !== 'object' || node === null) return;
    node = (node as Record<string | number, unknown>)[path[k]!];
  }
  if (typeof node === 'object' && node !== null) {
    const last = path[path.length - 1]!;
    if (typeof (node as Record<string | number, unknown>)[last] === 'string') {
      (node as Record<string | number, unknown>)[last] = text;
    }
  }
}

/** Formats a body path for reports: `messages[2].content[0].text`. */
export function formatPath(path: BodyPath): string {
  let out = '';
  for (const part of path)
    out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  return out;
}
