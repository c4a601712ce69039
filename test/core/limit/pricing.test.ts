import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../../src/core/limit/limiter.js';
import {
  createTokenEstimator,
  estimateRequestTokens,
  settle,
  usageTokens,
} from '../../../src/core/limit/pricing.js';
import { ParapetConfigError, ParapetInputError } from '../../../src/errors.js';
import { testClock } from './clock.js';

/** Prompt tokens at 4 characters a token for the given strings. */
const chars = (...parts: string[]): number => Math.ceil(parts.join('').length / 4);

describe('estimateRequestTokens', () => {
  it('prices an OpenAI chat completion: every message string plus max_tokens', () => {
    const body = {
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: 'You are terse.' },
        { role: 'user', content: 'What is the capital of France?' },
      ],
      max_tokens: 50,
      temperature: 0.2,
    };
    expect(estimateRequestTokens(body)).toBe(
      chars('system', 'You are terse.', 'user', 'What is the capital of France?') + 50,
    );
  });

  it('prefers max_completion_tokens, then max_output_tokens, then max_tokens', () => {
    const messages = [{ role: 'user', content: 'hi' }];
    const base = chars('user', 'hi');
    expect(estimateRequestTokens({ messages, max_completion_tokens: 7, max_tokens: 900 })).toBe(
      base + 7,
    );
    expect(estimateRequestTokens({ messages, max_output_tokens: 8, max_tokens: 900 })).toBe(
      base + 8,
    );
    expect(estimateRequestTokens({ messages })).toBe(base + 4096);
    // Invalid limits are ignored, never trusted.
    expect(estimateRequestTokens({ messages, max_tokens: -5 })).toBe(base + 4096);
    expect(estimateRequestTokens({ messages, max_tokens: '10' })).toBe(base + 4096);
  });

  it('multiplies the output by n and best_of', () => {
    const body = { prompt: 'Say hi', max_tokens: 10, n: 3 };
    expect(estimateRequestTokens(body)).toBe(chars('Say hi') + 30);
    expect(estimateRequestTokens({ ...body, best_of: 5 })).toBe(chars('Say hi') + 50);
    expect(estimateRequestTokens({ ...body, n: 1e9 })).toBe(chars('Say hi') + 1280);
  });

  it('prices a Responses API body: instructions, input items and max_output_tokens', () => {
    const body = {
      model: 'gpt-4.1',
      instructions: 'Answer in French.',
      input: [
        { role: 'user', content: [{ type: 'input_text', text: 'Good morning' }] },
        {
          role: 'user',
          content: [{ type: 'input_image', image_url: 'data:image/png;base64,AAAA' }],
        },
      ],
      max_output_tokens: 100,
    };
    const text = chars(
      'Answer in French.',
      'user',
      'input_text',
      'Good morning',
      'user',
      'input_image',
    );
    expect(estimateRequestTokens(body)).toBe(text + 1000 + 100);
  });

  it('prices an Anthropic message: system blocks, content blocks, images as media', () => {
    const body = {
      model: 'claude-sonnet-4-5',
      system: [{ type: 'text', text: 'Be brief.' }],
      messages: [
        {
          role: 'user',
          content: [
            {
              type: 'image',
              source: { type: 'base64', media_type: 'image/png', data: 'iVBORw0KGgo'.repeat(1000) },
            },
            { type: 'text', text: 'Describe it.' },
          ],
        },
      ],
      max_tokens: 300,
    };
    expect(estimateRequestTokens(body)).toBe(
      chars('text', 'Be brief.', 'user', 'image', 'text', 'Describe it.') + 1000 + 300,
    );
  });

  it('counts tool definitions and ignores fields the model does not read', () => {
    const tools = [
      { type: 'function', function: { name: 'get_weather', description: 'Weather by city' } },
    ];
    const body = {
      messages: [],
      tools,
      max_tokens: 1,
      user: 'x'.repeat(10_000),
      metadata: { a: 'b'.repeat(999) },
    };
    expect(estimateRequestTokens(body)).toBe(
      chars('function', 'get_weather', 'Weather by city') + 1,
    );
  });

  it('treats a string body as prompt and anything else as empty', () => {
    expect(estimateRequestTokens('x'.repeat(9))).toBe(3 + 4096);
    expect(estimateRequestTokens(undefined)).toBe(4096);
    expect(estimateRequestTokens(42)).toBe(4096);
  });

  it('survives a cyclic object by bounding the walk', () => {
    const messages: unknown[] = [];
    messages.push({ content: 'loop', again: messages });
    expect(Number.isFinite(estimateRequestTokens({ messages, max_tokens: 1 }))).toBe(true);
  });

  it('uses the configured ratio, defaults and token counter', () => {
    const body = { messages: [{ role: 'user', content: 'abcdef' }] };
    expect(estimateRequestTokens(body, { charsPerToken: 2, defaultMaxOutputTokens: 10 })).toBe(
      5 + 10,
    );
    const countTokens = (text: string): number => text.split(' ').length;
    const estimate = createTokenEstimator({ countTokens, defaultMaxOutputTokens: 0 });
    expect(estimate({ messages: [{ role: 'user', content: 'one two three' }] })).toBe(1 + 3);
  });

  it('rejects a token counter that returns nonsense', () => {
    const estimate = createTokenEstimator({ countTokens: () => Number.NaN });
    expect(() => estimate({ prompt: 'x' })).toThrow(ParapetInputError);
    expect(() => estimate({ prompt: 'x' })).toThrow('countTokens must return a finite number >= 0');
  });

  it('validates options once and reports them by path', () => {
    expect(() => createTokenEstimator({ charsPerToken: 0 })).toThrow(ParapetConfigError);
    expect(() => estimateRequestTokens({}, { charPerToken: 3 } as never)).toThrow(
      /charPerToken: unknown option; did you mean `charsPerToken`\?/,
    );
  });
});

describe('usageTokens', () => {
  it('reads OpenAI, Anthropic and Gemini usage, bare or inside a response', () => {
    expect(usageTokens({ prompt_tokens: 9, completion_tokens: 12, total_tokens: 21 })).toBe(21);
    expect(usageTokens({ input_tokens: 5, output_tokens: 6, total_tokens: 11 })).toBe(11);
    expect(
      usageTokens({
        input_tokens: 12,
        output_tokens: 40,
        cache_creation_input_tokens: 100,
        cache_read_input_tokens: 2048,
      }),
    ).toBe(2200);
    expect(usageTokens({ id: 'chatcmpl-1', usage: { total_tokens: 33 } })).toBe(33);
    expect(usageTokens({ usageMetadata: { promptTokenCount: 3, totalTokenCount: 10 } })).toBe(10);
    expect(usageTokens({ output_tokens: 7 })).toBe(7);
    expect(usageTokens(17.2)).toBe(18);
  });

  it('returns undefined when there is nothing usable', () => {
    for (const usage of [
      undefined,
      null,
      'lots',
      {},
      { total_tokens: -1 },
      { usage: {} },
      Number.NaN,
      -3,
    ]) {
      expect(usageTokens(usage)).toBeUndefined();
    }
  });
});

describe('settle', () => {
  function tokens() {
    return createRateLimiter({
      name: 'tokens',
      unit: 'tokens',
      capacity: 1000,
      refillPerSecond: 1,
      now: testClock(),
    });
  }

  it('refunds an over-estimate', async () => {
    const limiter = tokens();
    await limiter.take('k', 600);
    const settled = await settle(limiter, 'k', 600, {
      prompt_tokens: 100,
      completion_tokens: 50,
      total_tokens: 150,
    });
    expect(settled).toMatchObject({ actualTokens: 150, adjustment: -450 });
    expect(settled.result?.remaining).toBe(850);
  });

  it('charges an under-estimate, into debt if need be', async () => {
    const limiter = tokens();
    await limiter.take('k', 900);
    const settled = await settle(limiter, 'k', 900, { input_tokens: 1500, output_tokens: 0 });
    expect(settled.adjustment).toBe(600);
    expect(settled.result).toMatchObject({ allowed: true, remaining: 0, resetMs: 1_500_000 });
    expect((await limiter.take('k', 1)).retryAfterMs).toBe(501_000);
  });

  it('does nothing when the estimate was right or usage is unreadable', async () => {
    const limiter = tokens();
    await limiter.take('k', 100);
    expect(await settle(limiter, 'k', 100, 100)).toEqual({
      actualTokens: 100,
      adjustment: 0,
      result: undefined,
    });
    expect(await settle(limiter, 'k', 100, { weird: true })).toEqual({
      actualTokens: undefined,
      adjustment: 0,
      result: undefined,
    });
    expect((await limiter.peek('k')).remaining).toBe(900);
  });

  it('refunds everything when told the call used nothing', async () => {
    const limiter = tokens();
    await limiter.take('k', 400);
    await settle(limiter, 'k', 400, 0);
    expect((await limiter.peek('k')).remaining).toBe(1000);
  });

  it('rejects a bad estimate', async () => {
    await expect(settle(tokens(), 'k', -1, 10)).rejects.toMatchObject({
      code: 'ERR_PARAPET_INPUT',
      message: 'estimatedTokens must be a finite number >= 0',
    });
  });
});
