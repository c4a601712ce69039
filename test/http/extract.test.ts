import { describe, expect, it } from 'vitest';
import { detectFormat, extractParts, formatPath, writePart } from '../../src/http/extract.js';

const texts = (body: unknown, path = '/', format: Parameters<typeof extractParts>[1] = 'auto') =>
  extractParts(body, format, path, false).parts.map((p) => [formatPath(p.path), p.source, p.text]);

describe('extractParts', () => {
  it('reads OpenAI chat messages, string and part content, system messages as system and tool messages as tool source', () => {
    const body = {
      model: 'gpt',
      messages: [
        { role: 'system', content: 'be nice' },
        {
          role: 'user',
          content: [
            { type: 'text', text: 'hello' },
            { type: 'image_url', image_url: { url: 'x' } },
          ],
        },
        { role: 'tool', tool_call_id: 't', content: 'tool says' },
      ],
    };
    expect(texts(body, '/v1/chat/completions')).toEqual([
      ['messages[0].content', 'system', 'be nice'],
      ['messages[1].content[0].text', 'user', 'hello'],
      ['messages[2].content', 'tool', 'tool says'],
    ]);
  });

  it('reads Anthropic messages: system, text blocks, tool_result and document blocks', () => {
    const body = {
      system: [{ type: 'text', text: 'sys' }],
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'q' },
            { type: 'document', source: { type: 'text', data: 'doc' } },
          ],
        },
        {
          role: 'user',
          content: [
            { type: 'tool_result', tool_use_id: 'x', content: [{ type: 'text', text: 'res' }] },
          ],
        },
      ],
    };
    expect(detectFormat(body, '/x', false)).toBe('anthropic-messages');
    expect(texts(body)).toEqual([
      ['system[0].text', 'system', 'sys'],
      ['messages[0].content[0].text', 'user', 'q'],
      ['messages[0].content[1].source.data', 'document', 'doc'],
      ['messages[1].content[0].content[0].text', 'tool', 'res'],
    ]);
  });

  it('reads OpenAI Responses input and instructions, with function outputs as tool source', () => {
    const body = {
      instructions: 'inst',
      input: [
        { role: 'user', content: [{ type: 'input_text', text: 'hi' }] },
        { type: 'function_call_output', call_id: 'c', output: 'out' },
      ],
    };
    expect(texts(body)).toEqual([
      ['instructions', 'system', 'inst'],
      ['input[0].content[0].text', 'user', 'hi'],
      ['input[1].output', 'tool', 'out'],
    ]);
    expect(texts({ input: 'just text', instructions: 'x' })[1]).toEqual([
      'input',
      'user',
      'just text',
    ]);
  });

  it('reads completions prompts and embeddings inputs (as documents)', () => {
    expect(texts({ prompt: ['a', 'b', 3] })).toEqual([
      ['prompt[0]', 'user', 'a'],
      ['prompt[1]', 'user', 'b'],
    ]);
    expect(texts({ input: ['d1', 'd2'] }, '/v1/embeddings')).toEqual([
      ['input[0]', 'document', 'd1'],
      ['input[1]', 'document', 'd2'],
    ]);
  });

  it('finds nothing in unknown shapes', () => {
    expect(extractParts({ question: 'x' }, 'auto', '/', false)).toEqual({
      format: 'unknown',
      parts: [],
    });
    expect(extractParts('text', 'auto', '/', false).parts).toEqual([]);
    expect(extractParts(null, 'openai-chat', '/', false).parts).toEqual([]);
  });

  it('writes a rewritten part back in place and ignores paths that do not lead to a string', () => {
    const body = { messages: [{ role: 'user', content: [{ type: 'text', text: 'secret' }] }] };
    writePart(body, ['messages', 0, 'content', 0, 'text'], 'redacted');
    expect(body.messages[0]!.content[0]!.text).toBe('redacted');
    writePart(body, ['messages', 5, 'content'], 'x');
    writePart(body, ['messages', 0, 'content'], 'x');
    expect(body.messages[0]!.content[0]!.text).toBe('redacted');
  });
});
