/**
 * The framework-agnostic pipeline (`parapet.guard`) without HTTP: one chat
 * request with a fresh 1 KB user message, and the requests of a 20-turn
 * conversation whose client resends the whole history every turn, with the
 * inspection cache (`inspect.cacheChars`, on by default) and without it.
 * parapet comes from the built bundle (`npm run build` first).
 *
 *   npx vitest bench --run bench/pipeline.bench.ts
 */
import { createParapet, type Parapet } from 'parapet';
import { bench, describe } from 'vitest';

const sentence =
  'Please summarise the quarterly report for the board and list the three main risks. ';
const TURNS = 20;

function guarded(cacheChars?: number): Parapet {
  return createParapet({
    rateLimit: false,
    server: { diagnosticsChannel: false },
    ...(cacheChars === undefined ? {} : { inspect: { cacheChars } }),
  });
}

/** Runs one request through the pipeline to its end. */
async function guard(parapet: Parapet, body: unknown): Promise<void> {
  const session = await parapet.guard({
    method: 'POST',
    url: '/v1/chat/completions',
    headers: { 'content-type': 'application/json' },
    body: { kind: 'bytes', bytes: JSON.stringify(body) },
  });
  if (session.decision.action !== 'allow') throw new Error('a benign request was not allowed');
  session.complete(200);
}

let serial = 0;
/** A conversation never seen before: each message is new text. */
function conversation(): { role: string; content: string }[][] {
  const id = serial++;
  const requests: { role: string; content: string }[][] = [];
  const history = [
    { role: 'system', content: 'You are a helpful assistant for the finance team.' },
  ];
  for (let turn = 0; turn < TURNS; turn++) {
    history.push({ role: 'user', content: `(${id}.${turn}) ${sentence.repeat(4)}` });
    requests.push([...history]);
    history.push({ role: 'assistant', content: `Answer ${id}.${turn}: ${sentence.repeat(3)}` });
  }
  return requests;
}

for (const [name, cacheChars] of [
  ['cache on (default)', undefined],
  ['cache off (cacheChars: 0)', 0],
] as const) {
  const parapet = guarded(cacheChars);
  describe(`pipeline, ${name}`, () => {
    bench('one request, fresh 1 KB user message', async () => {
      await guard(parapet, {
        model: 'gpt-4o-mini',
        messages: [
          { role: 'system', content: 'You are a helpful assistant.' },
          { role: 'user', content: `(${serial++}) ${sentence.repeat(11)}` },
        ],
      });
    });
    bench(
      `a ${TURNS}-turn conversation, history resent every turn (${TURNS} requests)`,
      async () => {
        for (const messages of conversation())
          await guard(parapet, { model: 'gpt-4o-mini', messages });
      },
    );
  });
}
