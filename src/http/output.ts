import { z } from 'zod';
import type { Canary } from '../core/prompt/canary.js';
import { isRecord } from '../internal/guards.js';
import { linkOptionsSchema } from './links.js';
import { formatEvent, type SseEvent, SseParser } from './sse.js';

/**
 * Guarding of model output: secrets and chosen PII redacted, images (and
 * optionally links) to hosts not allowed removed, canary leaks detected; in
 * `enforce` mode a blocked answer is replaced by `blockMessage`, and a
 * blocked stream ends with that message and a proper terminal event.
 *
 * @example
 * ```ts
 * createParapet({ output: { secrets: 'block', links: { allowedHosts: ['cdn.example.com'] } } });
 * ```
 */
export const outputOptionsSchema = z.strictObject({
  /** Guard responses produced downstream (adapters wrap the response). @default true */
  enabled: z.boolean().default(true),
  /** `enforce` replaces blocked output; `log` only reports it. @default 'enforce' */
  mode: z.enum(['enforce', 'log']).default('enforce'),
  /** Credentials in model output: `redact`, `block` the answer, or `allow`. @default 'redact' */
  secrets: z.enum(['redact', 'block', 'allow']).default('redact'),
  /** Personal data in model output: `allow`, `redact` or `block`. @default 'allow' */
  pii: z.enum(['allow', 'redact', 'block']).default('allow'),
  links: linkOptionsSchema.prefault({}),
  /** What a blocked answer says instead. @default 'The response was withheld by a content policy.' */
  blockMessage: z
    .string()
    .min(1)
    .max(1000)
    .default('The response was withheld by a content policy.'),
  /**
   * Canaries embedded in your system prompts (`createCanary()`): an answer
   * that contains one leaked the prompt and is blocked.
   * @default []
   */
  canaries: z
    .array(
      z.custom<Canary>(
        (value) =>
          typeof value === 'object' &&
          value !== null &&
          typeof (value as Canary).check === 'function' &&
          typeof (value as Canary).monitor === 'function',
        'expected a canary from createCanary()',
      ),
    )
    .max(100)
    .default([]),
  /** Send a `parapet.guardrails` event before the first event of a stream. @default false */
  metaEvent: z.boolean().default(false),
  /** Largest JSON response buffered for guarding; a larger one passes through unguarded (and is reported). @default 16_777_216 */
  maxBufferBytes: z
    .number()
    .int()
    .positive()
    .max(1024 * 1024 * 1024)
    .default(16 * 1024 * 1024),
});

/** Options accepted for output guarding. */
export type OutputOptions = z.input<typeof outputOptionsSchema>;
/** Output options with defaults applied. */
export type ResolvedOutputOptions = z.output<typeof outputOptionsSchema>;

/** What filtering a piece of output produced. */
export interface FilteredText {
  readonly text: string;
  /** True when policy says the whole answer must be withheld (e.g. a canary leaked). */
  readonly blocked: boolean;
}

/** Incremental filter for one stream of output text (one choice, one content block). */
export interface StreamTextFilter {
  push(chunk: string): FilteredText;
  flush(): FilteredText;
}

/** The output filters, composed from the redactor, link policy and canaries. */
export interface OutputFilters {
  whole(text: string): FilteredText;
  stream(): StreamTextFilter;
  /** Redactions and link rewrites so far, by type (for audit and metrics). */
  readonly counts: Readonly<Record<string, number>>;
}

/** Streaming formats understood by {@link createSseGuard}. */
export type StreamFormat = 'openai-chat' | 'openai-responses' | 'anthropic-messages' | 'auto';

/** Result of guarding a JSON response. */
export interface GuardedJson {
  readonly json: unknown;
  readonly changed: boolean;
  readonly blocked: boolean;
  readonly usage: unknown;
}

/**
 * Guards a parsed JSON response in place: OpenAI chat completions
 * (`choices[].message.content`), legacy completions (`choices[].text`),
 * Responses (`output[].content[].text`) and Anthropic Messages
 * (`content[].text`). In enforce mode a blocked answer's texts become the
 * block message.
 */
export function guardJson(
  json: unknown,
  filters: OutputFilters,
  options: ResolvedOutputOptions,
): GuardedJson {
  if (!isRecord(json)) return { json, changed: false, blocked: false, usage: undefined };
  const slots: { holder: Record<string, unknown>; key: string }[] = [];
  const slot = (holder: unknown, key: string): void => {
    if (isRecord(holder) && typeof holder[key] === 'string') slots.push({ holder, key });
  };
  if (Array.isArray(json['choices'])) {
    for (const choice of json['choices']) {
      if (!isRecord(choice)) continue;
      slot(choice['message'], 'content');
      slot(choice, 'text');
    }
  }
  if (Array.isArray(json['output'])) {
    for (const item of json['output']) {
      if (!isRecord(item) || !Array.isArray(item['content'])) continue;
      for (const part of item['content'])
        if (isRecord(part) && part['type'] === 'output_text') slot(part, 'text');
    }
  }
  if (Array.isArray(json['content'])) {
    for (const block of json['content'])
      if (isRecord(block) && block['type'] === 'text') slot(block, 'text');
  }
  let changed = false;
  let blocked = false;
  const results = slots.map(({ holder, key }) => {
    const result = filters.whole(holder[key] as string);
    if (result.blocked) blocked = true;
    return result;
  });
  const enforce = blocked && options.mode === 'enforce';
  slots.forEach(({ holder, key }, i) => {
    const next = enforce ? options.blockMessage : results[i]!.text;
    if (next !== holder[key]) {
      holder[key] = next;
      changed = true;
    }
  });
  return { json, changed, blocked, usage: json['usage'] };
}

/** A guard over one SSE response body. */
export interface SseGuard {
  /** Feeds decoded text; returns what may be sent now. */
  push(chunk: string): string;
  /** Ends the stream; returns the rest (flushed text, and terminal events after a block). */
  end(): string;
  /** True once the stream was cut for policy. */
  readonly blocked: boolean;
  /** Token usage reported in the stream, when any. */
  readonly usage: unknown;
}

interface Channel {
  filter: StreamTextFilter;
  /** Set once the filter was flushed: a channel is released exactly once. */
  released: boolean;
  /** Safe text emitted so far (Responses `done` events repeat the whole text). */
  emitted: string;
  readonly meta: Record<string, unknown>;
}

/**
 * Creates an SSE guard. Text deltas of each channel (OpenAI choice,
 * Anthropic content block, Responses content part) run through the output
 * filters, which may hold text back until it is safe; held text is released
 * as an extra delta event before the channel's end. When policy blocks in
 * enforce mode, the stream ends with one delta carrying the block message
 * and the format's terminal events; everything after is dropped.
 */
export function createSseGuard(
  filters: OutputFilters,
  options: ResolvedOutputOptions,
  format: StreamFormat,
  meta: (() => unknown) | undefined,
): SseGuard {
  const parser = new SseParser();
  const channels = new Map<string, Channel>();
  let detected: Exclude<StreamFormat, 'auto'> | undefined = format === 'auto' ? undefined : format;
  let blocked = false;
  let finished = false;
  let usage: unknown;
  let metaSent = !options.metaEvent;
  let lastChat: Record<string, unknown> = {};
  let lastResponse: Record<string, unknown> | undefined;

  const channel = (key: string, meta: Record<string, unknown>): Channel => {
    let c = channels.get(key);
    if (c === undefined) {
      c = { filter: filters.stream(), released: false, emitted: '', meta };
      channels.set(key, c);
    } else if (c.released) {
      // Text after the channel ended (a malformed upstream): filter it afresh.
      c.filter = filters.stream();
      c.released = false;
    }
    return c;
  };

  const data = (value: unknown, event?: string): string =>
    formatEvent({ event, data: JSON.stringify(value), extra: [] });

  const deltaEvent = (fmt: Exclude<StreamFormat, 'auto'>, c: Channel, text: string): string => {
    if (fmt === 'openai-chat') {
      return data({
        ...lastChat,
        choices: [{ index: c.meta['index'], delta: { content: text }, finish_reason: null }],
      });
    }
    if (fmt === 'anthropic-messages') {
      return data(
        {
          type: 'content_block_delta',
          index: c.meta['index'],
          delta: { type: 'text_delta', text },
        },
        'content_block_delta',
      );
    }
    return data(
      {
        type: 'response.output_text.delta',
        item_id: c.meta['item_id'],
        output_index: c.meta['output_index'],
        content_index: c.meta['content_index'],
        delta: text,
      },
      'response.output_text.delta',
    );
  };

  /** Flushes one channel; returns an extra delta event for what it held back. */
  const release = (fmt: Exclude<StreamFormat, 'auto'>, key: string): string => {
    const c = channels.get(key);
    if (c === undefined || c.released) return '';
    c.released = true;
    const out = c.filter.flush();
    if (out.blocked) blocked = true;
    if (out.text === '' || blocked) return '';
    c.emitted += out.text;
    return deltaEvent(fmt, c, out.text);
  };

  const terminate = (fmt: Exclude<StreamFormat, 'auto'>): string => {
    finished = true;
    const message = options.blockMessage;
    if (fmt === 'openai-chat') {
      return (
        data({
          ...lastChat,
          choices: [{ index: 0, delta: { content: message }, finish_reason: null }],
        }) +
        data({ ...lastChat, choices: [{ index: 0, delta: {}, finish_reason: 'content_filter' }] }) +
        'data: [DONE]\n\n'
      );
    }
    if (fmt === 'anthropic-messages') {
      const index = channels.size;
      return (
        data(
          { type: 'content_block_start', index, content_block: { type: 'text', text: '' } },
          'content_block_start',
        ) +
        data(
          { type: 'content_block_delta', index, delta: { type: 'text_delta', text: message } },
          'content_block_delta',
        ) +
        data({ type: 'content_block_stop', index }, 'content_block_stop') +
        data(
          {
            type: 'message_delta',
            delta: { stop_reason: 'refusal', stop_sequence: null },
            usage: { output_tokens: 0 },
          },
          'message_delta',
        ) +
        data({ type: 'message_stop' }, 'message_stop')
      );
    }
    const response = {
      ...(lastResponse ?? {}),
      status: 'incomplete',
      incomplete_details: { reason: 'content_filter' },
      output: [],
    };
    return (
      data(
        {
          type: 'response.output_text.delta',
          item_id: 'parapet_blocked',
          output_index: 0,
          content_index: 0,
          delta: message,
        },
        'response.output_text.delta',
      ) + data({ type: 'response.incomplete', response }, 'response.incomplete')
    );
  };

  const handle = (event: SseEvent): string => {
    if (finished) return '';
    let json: unknown;
    if (event.data !== '' && event.data !== '[DONE]') {
      try {
        json = JSON.parse(event.data);
      } catch {
        json = undefined;
      }
    }
    if (detected === undefined && isRecord(json)) {
      const type = json['type'];
      if (typeof type === 'string' && type.startsWith('response.')) detected = 'openai-responses';
      else if (typeof type === 'string') detected = 'anthropic-messages';
      else if (Array.isArray(json['choices'])) detected = 'openai-chat';
    }
    const fmt = detected;
    if (fmt === undefined || !isRecord(json)) {
      if (event.data === '[DONE]' && fmt !== undefined) {
        let out = '';
        for (const key of channels.keys()) out += release(fmt, key);
        if (blocked && options.mode === 'enforce') return terminate(fmt);
        return out + formatEvent(event);
      }
      return formatEvent(event);
    }
    let before = '';
    if (fmt === 'openai-chat') {
      const { choices, usage: u, ...rest } = json;
      lastChat = rest;
      if (u !== undefined && u !== null) usage = u;
      if (Array.isArray(choices)) {
        for (const choice of choices) {
          if (!isRecord(choice)) continue;
          const key = `c${String(choice['index'] ?? 0)}`;
          const delta = choice['delta'];
          const c = channel(key, { index: choice['index'] ?? 0 });
          if (isRecord(delta) && typeof delta['content'] === 'string') {
            const out = c.filter.push(delta['content']);
            if (out.blocked) blocked = true;
            c.emitted += out.text;
            delta['content'] = out.text;
          } else if (typeof choice['text'] === 'string') {
            const out = c.filter.push(choice['text']);
            if (out.blocked) blocked = true;
            c.emitted += out.text;
            choice['text'] = out.text;
          }
          if (choice['finish_reason'] !== null && choice['finish_reason'] !== undefined)
            before += release(fmt, key);
        }
      }
    } else if (fmt === 'anthropic-messages') {
      const type = json['type'];
      if (type === 'message_start' && isRecord(json['message']))
        usage = json['message']['usage'] ?? usage;
      if (type === 'message_delta' && json['usage'] !== undefined)
        usage = mergeUsage(usage, json['usage']);
      if (
        type === 'content_block_delta' &&
        isRecord(json['delta']) &&
        typeof json['delta']['text'] === 'string'
      ) {
        const c = channel(`b${String(json['index'])}`, { index: json['index'] });
        const out = c.filter.push(json['delta']['text']);
        if (out.blocked) blocked = true;
        c.emitted += out.text;
        json['delta']['text'] = out.text;
      }
      if (type === 'content_block_stop') before += release(fmt, `b${String(json['index'])}`);
      if (type === 'message_stop') for (const key of channels.keys()) before += release(fmt, key);
    } else {
      const type = json['type'];
      if (isRecord(json['response'])) {
        lastResponse = { ...json['response'] };
        if (json['response']['usage'] !== undefined && json['response']['usage'] !== null)
          usage = json['response']['usage'];
      }
      const key = `r${String(json['item_id'])}:${String(json['content_index'] ?? 0)}`;
      if (type === 'response.output_text.delta' && typeof json['delta'] === 'string') {
        const c = channel(key, {
          item_id: json['item_id'],
          output_index: json['output_index'],
          content_index: json['content_index'] ?? 0,
        });
        const out = c.filter.push(json['delta']);
        if (out.blocked) blocked = true;
        c.emitted += out.text;
        json['delta'] = out.text;
      }
      if (type === 'response.output_text.done') {
        before += release(fmt, key);
        json['text'] = channels.get(key)?.emitted ?? json['text'];
      }
      if (
        type === 'response.content_part.done' &&
        isRecord(json['part']) &&
        typeof json['part']['text'] === 'string'
      ) {
        json['part']['text'] = channels.get(key)?.emitted ?? json['part']['text'];
      }
      if (type === 'response.output_item.done' && isRecord(json['item']))
        replaceResponseTexts([json['item']], channels);
      if (
        (type === 'response.completed' || type === 'response.incomplete') &&
        isRecord(json['response'])
      ) {
        for (const k of channels.keys()) before += release(fmt, k);
        if (Array.isArray(json['response']['output']))
          replaceResponseTexts(json['response']['output'], channels);
      }
    }
    if (blocked && options.mode === 'enforce') return terminate(fmt);
    return (
      before + formatEvent({ event: event.event, data: JSON.stringify(json), extra: event.extra })
    );
  };

  const prefix = (): string => {
    if (metaSent) return '';
    metaSent = true;
    return formatEvent({
      event: 'parapet.guardrails',
      data: JSON.stringify(meta?.() ?? {}),
      extra: [],
    });
  };

  return {
    push(chunk: string): string {
      let out = prefix();
      for (const event of parser.push(chunk)) out += handle(event);
      return out;
    },
    end(): string {
      let out = prefix();
      for (const event of parser.flush()) out += handle(event);
      if (!finished && detected !== undefined) {
        for (const key of channels.keys()) out += release(detected, key);
        if (blocked && options.mode === 'enforce') out += terminate(detected);
      }
      return out;
    },
    get blocked() {
      return blocked;
    },
    get usage() {
      return usage;
    },
  };
}

function replaceResponseTexts(
  items: readonly unknown[],
  channels: ReadonlyMap<string, Channel>,
): void {
  for (const item of items) {
    if (!isRecord(item) || !Array.isArray(item['content'])) continue;
    item['content'].forEach((part, i) => {
      if (!isRecord(part) || part['type'] !== 'output_text') return;
      const c = channels.get(`r${String(item['id'])}:${i}`);
      if (c !== undefined) part['text'] = c.emitted;
    });
  }
}

function mergeUsage(previous: unknown, next: unknown): unknown {
  return isRecord(previous) && isRecord(next) ? { ...previous, ...next } : next;
}
