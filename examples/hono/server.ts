/**
 * An OpenAI-compatible endpoint on Hono (served by @hono/node-server),
 * guarded by parapet.
 *
 *   npx tsx examples/hono/server.ts
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { parapet } from 'parapet/hono';
import { exampleOptions } from '../config.js';
import { fakeModel } from '../fake-model.js';
import { runIfMain, type Started } from '../run.js';

export async function start(port = 0, options = exampleOptions()): Promise<Started> {
  const app = new Hono();
  app.use('*', parapet(options));
  app.get('/health', (c) => c.json({ ok: true }));
  app.post('/v1/chat/completions', async (c) => {
    // c.req.json() returns the sanitised, redacted body; c.get('parapet').decision holds the decision.
    const reply = fakeModel(await c.req.json());
    return new Response(reply.chunks.join(''), {
      status: reply.status,
      headers: { 'content-type': reply.contentType },
    });
  });
  const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }) as Server;
  await new Promise<void>((resolve) =>
    server.listening ? resolve() : server.once('listening', () => resolve()),
  );
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

runIfMain(import.meta.url, start);
