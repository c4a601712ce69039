/**
 * An OpenAI-compatible endpoint on Fastify, guarded by parapet.
 *
 *   npx tsx examples/fastify/server.ts
 */
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { parapet } from 'parapet/fastify';
import { exampleOptions } from '../config.js';
import { fakeModel } from '../fake-model.js';
import { runIfMain, type Started } from '../run.js';

export async function start(port = 0, options = exampleOptions()): Promise<Started> {
  const app = Fastify();
  await app.register(parapet, options);
  app.get('/health', async () => ({ ok: true }));
  app.post('/v1/chat/completions', async (request, reply) => {
    // request.body is parsed, sanitised, with credentials redacted; request.parapet holds the decision.
    const answer = fakeModel(request.body);
    return reply
      .code(answer.status)
      .header('content-type', answer.contentType)
      .send(answer.chunks.join(''));
  });
  await app.listen({ port, host: '127.0.0.1' });
  return {
    url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`,
    close: () => app.close(),
  };
}

runIfMain(import.meta.url, start);
