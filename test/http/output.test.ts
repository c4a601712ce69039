import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { composeOutputFilters, type OutputStage } from '../../src/http/filters.js';
import { compileLinks, linkOptionsSchema } from '../../src/http/links.js';
import {
  createSseGuard,
  guardJson,
  outputOptionsSchema,
  type StreamFormat,
} from '../../src/http/output.js';

/**
 * A stand-in stage for the mechanics: it replaces `SECRET123` with `[R]`
 * (holding back a possible prefix, like the stream redactor) and blocks on
 * `CANARY`.
 */
const SECRET = 'SECRET123';
const stage: OutputStage = {
  whole(text) {
    const parts = text.split(SECRET);
    return {
      text: parts.join('[R]'),
      blocked: text.includes('CANARY'),
      counts: { secret: parts.length - 1 },
    };
  },
  stream() {
    let held = '';
    let seen = '';
    const counts = { secret: 0 };
    const safe = (final: boolean) => {
      let text = held.split(SECRET).join('[R]');
      counts.secret += held.split(SECRET).length - 1;
      let keep = '';
      if (!final) {
        for (let n = Math.min(SECRET.length - 1, text.length); n > 0; n--) {
          if (SECRET.startsWith(text.slice(-n))) {
            keep = text.slice(-n);
            text = text.slice(0, -n);
            break;
          }
        }
      }
      held = keep;
      return text;
    };
    return {
      push(chunk) {
        held += chunk;
        seen += chunk;
        return { text: safe(false), blocked: seen.includes('CANARY') };
      },
      flush() {
        return { text: safe(true), blocked: seen.includes('CANARY') };
      },
      get counts() {
        return counts;
      },
    };
  },
};

const links = compileLinks(linkOptionsSchema.parse({}));
const filters = () => composeOutputFilters(links, [stage]);
const options = outputOptionsSchema.parse({});

function openaiStream(text: string, pieces: number[]): string[] {
  const events: string[] = [];
  let at = 0;
  for (const size of pieces) {
    if (at >= text.length) break;
    const piece = text.slice(at, at + size);
    at += size;
    events.push(
      `data: ${JSON.stringify({ id: 'x', choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] })}\n\n`,
    );
  }
  if (at < text.length) {
    events.push(
      `data: ${JSON.stringify({ id: 'x', choices: [{ index: 0, delta: { content: text.slice(at) }, finish_reason: null }] })}\n\n`,
    );
  }
  events.push(
    `data: ${JSON.stringify({ id: 'x', choices: [{ index: 0, delta: {}, finish_reason: 'stop' }], usage: { total_tokens: 9 } })}\n\n`,
  );
  events.push('data: [DONE]\n\n');
  return events;
}

function run(
  format: StreamFormat,
  chunks: readonly string[],
  cut = 0,
): { out: string; blocked: boolean; usage: unknown } {
  const guard = createSseGuard(filters(), options, format, undefined);
  let out = '';
  const whole = chunks.join('');
  if (cut > 0) {
    for (let i = 0; i < whole.length; i += cut) out += guard.push(whole.slice(i, i + cut));
  } else {
    for (const chunk of chunks) out += guard.push(chunk);
  }
  out += guard.end();
  return { out, blocked: guard.blocked, usage: guard.usage };
}

function openaiText(sse: string): string {
  let text = '';
  for (const line of sse.split('\n')) {
    if (!line.startsWith('data: ') || line === 'data: [DONE]') continue;
    for (const c of (JSON.parse(line.slice(6)) as { choices: { delta?: { content?: string } }[] })
      .choices)
      text += c.delta?.content ?? '';
  }
  return text;
}

describe('SSE output guard', () => {
  it('redacts across chunk boundaries and releases held text before the finish chunk', () => {
    const { out, usage } = run(
      'openai-chat',
      openaiStream(`key ${SECRET} end SECRE`, [3, 3, 3, 3, 3]),
    );
    expect(openaiText(out)).toBe('key [R] end SECRE');
    expect(out).not.toContain(SECRET);
    const finish = out.indexOf('"finish_reason":"stop"');
    expect(out.lastIndexOf('SECRE', finish)).toBeGreaterThan(-1);
    expect(out.trimEnd().endsWith('data: [DONE]')).toBe(true);
    expect(usage).toEqual({ total_tokens: 9 });
  });

  test.prop([
    fc.string({ maxLength: 40 }),
    fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 12 }),
    fc.integer({ min: 0, max: 40 }),
  ])('what the client reads does not depend on chunking', (prefix, pieces, cut) => {
    const text = `${prefix}${SECRET}${prefix}`;
    const one = run('openai-chat', openaiStream(text, [text.length]));
    const many = run('openai-chat', openaiStream(text, pieces), cut);
    expect(openaiText(many.out)).toBe(openaiText(one.out));
    expect(many.out).not.toContain(SECRET);
  });

  it('guards Anthropic message streams and releases text at content_block_stop', () => {
    const e = (type: string, body: object) =>
      `event: ${type}\ndata: ${JSON.stringify({ type, ...body })}\n\n`;
    const chunks = [
      e('message_start', { message: { id: 'm', usage: { input_tokens: 5 } } }),
      e('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }),
      e('content_block_delta', { index: 0, delta: { type: 'text_delta', text: 'a SEC' } }),
      e('content_block_delta', { index: 0, delta: { type: 'text_delta', text: 'RET123 b SECR' } }),
      e('content_block_stop', { index: 0 }),
      e('message_delta', { delta: { stop_reason: 'end_turn' }, usage: { output_tokens: 7 } }),
      e('message_stop', {}),
    ];
    const { out, usage } = run('auto', chunks);
    const texts = [...out.matchAll(/"text":"([^"]*)"/g)].map((m) => m[1]).join('');
    expect(texts).toBe('a [R] b SECR');
    expect(out.indexOf('b SECR')).toBeLessThan(out.indexOf('content_block_stop'));
    expect(usage).toEqual({ input_tokens: 5, output_tokens: 7 });
  });

  it('guards OpenAI Responses streams, including the full text repeated in done events', () => {
    const e = (type: string, body: object) =>
      `event: ${type}\ndata: ${JSON.stringify({ type, ...body })}\n\n`;
    const full = `x ${SECRET} y`;
    const chunks = [
      e('response.created', { response: { id: 'r', status: 'in_progress' } }),
      e('response.output_text.delta', {
        item_id: 'i',
        output_index: 0,
        content_index: 0,
        delta: 'x SECRE',
      }),
      e('response.output_text.delta', {
        item_id: 'i',
        output_index: 0,
        content_index: 0,
        delta: 'T123 y',
      }),
      e('response.output_text.done', {
        item_id: 'i',
        output_index: 0,
        content_index: 0,
        text: full,
      }),
      e('response.completed', {
        response: {
          id: 'r',
          status: 'completed',
          output: [{ id: 'i', content: [{ type: 'output_text', text: full }] }],
          usage: { total_tokens: 3 },
        },
      }),
    ];
    const { out, usage } = run('openai-responses', chunks);
    expect(out).not.toContain(SECRET);
    expect(out.match(/x \[R\] y/g)).toHaveLength(2);
    expect(usage).toEqual({ total_tokens: 3 });
  });

  it.each(['openai-chat', 'anthropic-messages', 'openai-responses'] as const)(
    'ends a blocked %s stream with the block message and a terminal event',
    (format) => {
      const chunks =
        format === 'openai-chat'
          ? openaiStream('hello CANARY and more text after', [4, 4, 4, 4])
          : format === 'anthropic-messages'
            ? [
                `event: content_block_delta\ndata: ${JSON.stringify({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'hi CANARY' } })}\n\n`,
                `event: content_block_delta\ndata: ${JSON.stringify({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'never sent' } })}\n\n`,
              ]
            : [
                `event: response.output_text.delta\ndata: ${JSON.stringify({ type: 'response.output_text.delta', item_id: 'i', content_index: 0, delta: 'hi CANARY' })}\n\n`,
                `event: response.output_text.delta\ndata: ${JSON.stringify({ type: 'response.output_text.delta', item_id: 'i', content_index: 0, delta: 'never sent' })}\n\n`,
              ];
      const { out, blocked } = run(format, chunks);
      expect(blocked).toBe(true);
      expect(out).toContain(options.blockMessage);
      expect(out).not.toContain('CANARY');
      expect(out).not.toContain('never sent');
      expect(out).not.toContain('after');
      const terminal = {
        'openai-chat': 'data: [DONE]',
        'anthropic-messages': 'message_stop',
        'openai-responses': 'response.incomplete',
      }[format];
      expect(out).toContain(terminal);
      expect(out.match(new RegExp(terminal.replace(/[[\]]/g, '\\$&'), 'g'))?.length).toBe(
        format === 'openai-responses' ? 2 : format === 'anthropic-messages' ? 2 : 1,
      );
    },
  );

  it('releases each channel once, and survives text after the end (regression)', () => {
    let flushed = 0;
    const strict: OutputStage = {
      whole: (text) => ({ text, blocked: false, counts: {} }),
      stream() {
        let ended = false;
        return {
          push(chunk) {
            if (ended) throw new Error('push after end');
            return { text: chunk, blocked: false };
          },
          flush() {
            if (ended) throw new Error('flush after end');
            ended = true;
            flushed++;
            return { text: '', blocked: false };
          },
          counts: {},
        };
      },
    };
    const guard = createSseGuard(
      composeOutputFilters(links, [strict]),
      options,
      'openai-chat',
      undefined,
    );
    const chunks = openaiStream('hello there', [5, 6]);
    const late = `data: ${JSON.stringify({ id: 'x', choices: [{ index: 0, delta: { content: 'late' }, finish_reason: null }] })}\n\n`;
    let out = '';
    for (const chunk of [...chunks.slice(0, -1), late, chunks[chunks.length - 1]!])
      out += guard.push(chunk);
    out += guard.end();
    expect(openaiText(out)).toBe('hello therelate');
    expect(flushed).toBe(2);
  });

  it('only reports in log mode', () => {
    const guard = createSseGuard(
      filters(),
      outputOptionsSchema.parse({ mode: 'log' }),
      'openai-chat',
      undefined,
    );
    let out = '';
    for (const chunk of openaiStream('hi CANARY there', [3, 3, 3])) out += guard.push(chunk);
    out += guard.end();
    expect(guard.blocked).toBe(true);
    expect(openaiText(out)).toBe('hi CANARY there');
  });

  it('sends a guardrails meta event first when configured', () => {
    const guard = createSseGuard(
      filters(),
      outputOptionsSchema.parse({ metaEvent: true }),
      'openai-chat',
      () => ({ requestId: 'r1' }),
    );
    const out = guard.push(openaiStream('hi', [2])[0]!);
    expect(out.startsWith('event: parapet.guardrails\ndata: {"requestId":"r1"}\n\n')).toBe(true);
  });

  it('passes comments and unknown events through untouched', () => {
    const { out } = run('auto', [': keep-alive\n\n', 'event: ping\ndata: {}\n\n']);
    expect(out).toBe(': keep-alive\ndata: \n\nevent: ping\ndata: {}\n\n');
  });
});

describe('JSON output guard', () => {
  it('guards OpenAI, Responses and Anthropic response bodies', () => {
    const openai = {
      choices: [{ message: { content: `a ${SECRET}` } }, { text: SECRET }],
      usage: { total_tokens: 1 },
    };
    const responses = {
      output: [
        {
          content: [
            { type: 'output_text', text: SECRET },
            { type: 'refusal', refusal: SECRET },
          ],
        },
      ],
    };
    const anthropic = {
      content: [
        { type: 'text', text: `![x](https://evil.test/p?d=1) ${SECRET}` },
        { type: 'tool_use', input: {} },
      ],
    };
    const g1 = guardJson(openai, filters(), options);
    expect(g1).toMatchObject({ changed: true, blocked: false, usage: { total_tokens: 1 } });
    expect(openai.choices[0]!.message!.content).toBe('a [R]');
    expect(openai.choices[1]!.text).toBe('[R]');
    guardJson(responses, filters(), options);
    expect(responses.output[0]!.content[0]).toEqual({ type: 'output_text', text: '[R]' });
    expect(responses.output[0]!.content[1]).toEqual({ type: 'refusal', refusal: SECRET });
    guardJson(anthropic, filters(), options);
    expect(anthropic.content[0]!.text).toBe('[image removed] [R]');
  });

  it('replaces every text of a blocked answer in enforce mode', () => {
    const json = {
      choices: [{ message: { content: 'CANARY here' } }, { message: { content: 'other' } }],
    };
    expect(guardJson(json, filters(), options).blocked).toBe(true);
    expect(json.choices.map((c) => c.message.content)).toEqual([
      options.blockMessage,
      options.blockMessage,
    ]);
  });

  it('leaves other JSON alone', () => {
    const json = { data: [{ embedding: [0.1] }] };
    expect(guardJson(json, filters(), options)).toEqual({
      json,
      changed: false,
      blocked: false,
      usage: undefined,
    });
    expect(guardJson('text', filters(), options).changed).toBe(false);
  });
});
