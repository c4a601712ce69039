import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import express from 'express';
import express4 from 'express4';
import Fastify from 'fastify';
import { Hono } from 'hono';
import { fakeModel } from '../../examples/fake-model.js';
import { listen as listenOn } from '../../examples/run.js';
import { parapet as expressParapet } from '../../src/adapters/express.js';
import { parapet as fastifyParapet } from '../../src/adapters/fastify.js';
import { parapet as honoParapet } from '../../src/adapters/hono.js';
import { parapet as nodeParapet } from '../../src/adapters/node.js';
import type { ParapetOptions } from '../../src/options.js';
import { CANARY } from './adapter.case.js';

/** A running guarded server. */
export interface Running {
  readonly url: string;
  close(): Promise<void>;
}

/** Starts a server guarded by one adapter, with the fake model routes. */
export interface Harness {
  readonly name: string;
  start(options: ParapetOptions): Promise<Running>;
}

/** The error downstream handlers throw: its message carries a database password. */
export const DOWNSTREAM_ERROR =
  'connect ECONNREFUSED postgres://admin:Sup3rS3cretDbPass@db.internal:5432/app';

const pause = () => new Promise((resolve) => setTimeout(resolve, 2));

const listen = (server: Server): Promise<Running> => listenOn(server, 0);

/** Writes the fake model's reply chunk by chunk on a Node.js response. */
async function writeReply(res: import('node:http').ServerResponse, body: unknown): Promise<void> {
  const reply = fakeModel(body, { canary: CANARY.token });
  res.statusCode = reply.status;
  res.setHeader('content-type', reply.contentType);
  for (const chunk of reply.chunks) {
    res.write(chunk);
    await pause();
  }
  res.end();
}

function expressHarness(name: string, factory: typeof express): Harness {
  return {
    name,
    async start(options) {
      const app = factory();
      app.use(expressParapet(options));
      app.post('/v1/chat/completions', (req, res, next) => {
        writeReply(res, req.body).catch(next);
      });
      app.get('/health', (_req, res) => {
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.end('{"ok":true}');
      });
      app.get('/throw', () => {
        throw new Error(DOWNSTREAM_ERROR);
      });
      return listen(createServer(app));
    },
  };
}

export const harnesses: readonly Harness[] = [
  {
    name: 'node',
    async start(options) {
      return listen(
        createServer(
          nodeParapet(options, async (req, res) => {
            if (req.url === '/throw') throw new Error(DOWNSTREAM_ERROR);
            if (req.url === '/health') {
              res.setHeader('content-type', 'application/json; charset=utf-8');
              res.end('{"ok":true}');
              return;
            }
            await writeReply(res, req.parapet?.body);
          }),
        ),
      );
    },
  },
  expressHarness('express 5', express),
  expressHarness('express 4', express4 as unknown as typeof express),
  {
    name: 'fastify',
    async start(options) {
      const app = Fastify();
      await app.register(fastifyParapet, options);
      app.post('/v1/chat/completions', async (request, reply) => {
        const answer = fakeModel(request.body, { canary: CANARY.token });
        reply.code(answer.status).header('content-type', answer.contentType);
        if (answer.contentType.startsWith('text/event-stream')) {
          const { Readable } = await import('node:stream');
          return reply.send(
            Readable.from(
              (async function* () {
                for (const chunk of answer.chunks) {
                  yield chunk;
                  await pause();
                }
              })(),
            ),
          );
        }
        return reply.send(answer.chunks.join(''));
      });
      app.get('/health', async (_request, reply) =>
        reply.header('content-type', 'application/json; charset=utf-8').send('{"ok":true}'),
      );
      app.get('/throw', async () => {
        throw new Error(DOWNSTREAM_ERROR);
      });
      await app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = app.server.address() as AddressInfo;
      return { url: `http://127.0.0.1:${port}`, close: () => app.close() };
    },
  },
  {
    name: 'hono',
    async start(options) {
      const app = new Hono();
      app.use('*', honoParapet(options));
      app.post('/v1/chat/completions', async (c) => {
        const answer = fakeModel(await c.req.json(), { canary: CANARY.token });
        const encoder = new TextEncoder();
        const body = new ReadableStream<Uint8Array>({
          async start(controller) {
            for (const chunk of answer.chunks) {
              controller.enqueue(encoder.encode(chunk));
              await pause();
            }
            controller.close();
          },
        });
        return new Response(body, {
          status: answer.status,
          headers: { 'content-type': answer.contentType },
        });
      });
      app.get(
        '/health',
        () =>
          new Response('{"ok":true}', {
            headers: { 'content-type': 'application/json; charset=utf-8' },
          }),
      );
      app.get('/throw', () => {
        throw new Error(DOWNSTREAM_ERROR);
      });
      const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }) as Server;
      await new Promise<void>((resolve) =>
        server.listening ? resolve() : server.once('listening', () => resolve()),
      );
      const { port } = server.address() as AddressInfo;
      return {
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
          }),
      };
    },
  },
];
