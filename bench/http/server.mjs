// One benchmark server: `node bench/http/server.mjs <framework> <variant>`.
// framework: node | express | fastify | hono; variant: bare | parapet | baseline.
// Prints the port on stdout. Uses the built bundle (npm run build first).
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';

const [framework, variant] = process.argv.slice(2);
const KEY = 'bench-key';
const parapetOptions = {
  auth: { apiKeys: [{ id: 'bench', sha256: createHash('sha256').update(KEY).digest('hex') }] },
  cors: { origins: ['https://app.example.com'] },
  rateLimit: { policies: [{ name: 'requests', capacity: 1e9, refillPerSecond: 1e6 }] },
  server: { diagnosticsChannel: false },
};
const answer = (body) =>
  JSON.stringify({
    id: 'chatcmpl-bench',
    object: 'chat.completion',
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: `ok ${body?.messages?.length ?? 0}` },
        finish_reason: 'stop',
      },
    ],
  });

async function readJson(req) {
  let text = '';
  for await (const chunk of req) text += chunk;
  return JSON.parse(text);
}

async function start() {
  if (framework === 'node') {
    if (variant === 'parapet') {
      const { parapet } = await import('../../dist/node.js');
      return createServer(
        parapet(parapetOptions, (req, res) => {
          res.setHeader('content-type', 'application/json');
          res.end(answer(req.parapet.body));
        }),
      );
    }
    let guard = (_req, _res, next) => next();
    if (variant === 'baseline') {
      const helmet = (await import('helmet')).default();
      const cors = (await import('cors')).default({ origin: ['https://app.example.com'] });
      const { RateLimiterMemory } = await import('rate-limiter-flexible');
      const limiter = new RateLimiterMemory({ points: 1e9, duration: 1 });
      guard = (req, res, next) =>
        helmet(req, res, () =>
          cors(req, res, () =>
            limiter.consume(req.socket.remoteAddress).then(
              () => next(),
              () => {
                res.statusCode = 429;
                res.end();
              },
            ),
          ),
        );
    }
    return createServer((req, res) =>
      guard(req, res, async () => {
        const body = await readJson(req);
        res.setHeader('content-type', 'application/json');
        res.end(answer(body));
      }),
    );
  }
  if (framework === 'express') {
    const express = (await import('express')).default;
    const app = express();
    if (variant === 'parapet') {
      const { parapet } = await import('../../dist/express.js');
      app.use(parapet(parapetOptions));
    } else {
      if (variant === 'baseline') {
        app.use((await import('helmet')).default());
        app.use((await import('cors')).default({ origin: ['https://app.example.com'] }));
        const { rateLimit } = await import('express-rate-limit');
        app.use(
          rateLimit({
            windowMs: 60_000,
            limit: 1e9,
            standardHeaders: 'draft-8',
            legacyHeaders: false,
          }),
        );
      }
      app.use(express.json({ limit: '1mb' }));
    }
    app.post('/v1/chat/completions', (req, res) => {
      res.type('application/json').send(answer(req.body));
    });
    return createServer(app);
  }
  if (framework === 'fastify') {
    const Fastify = (await import('fastify')).default;
    const app = Fastify();
    if (variant === 'parapet') {
      const { parapet } = await import('../../dist/fastify.js');
      await app.register(parapet, parapetOptions);
    } else if (variant === 'baseline') {
      await app.register((await import('@fastify/helmet')).default);
      await app.register((await import('@fastify/cors')).default, {
        origin: ['https://app.example.com'],
      });
      await app.register((await import('@fastify/rate-limit')).default, {
        max: 1e9,
        timeWindow: 60_000,
      });
    }
    app.post('/v1/chat/completions', async (request, reply) =>
      reply.type('application/json').send(answer(request.body)),
    );
    await app.ready();
    return app.server;
  }
  const { Hono } = await import('hono');
  const { getRequestListener } = await import('@hono/node-server');
  const app = new Hono();
  if (variant === 'parapet') {
    const { parapet } = await import('../../dist/hono.js');
    app.use('*', parapet(parapetOptions));
  } else if (variant === 'baseline') {
    const { secureHeaders } = await import('hono/secure-headers');
    const { cors } = await import('hono/cors');
    const { rateLimiter } = await import('hono-rate-limiter');
    app.use('*', secureHeaders());
    app.use('*', cors({ origin: ['https://app.example.com'] }));
    app.use(
      '*',
      rateLimiter({
        windowMs: 60_000,
        limit: 1e9,
        keyGenerator: (c) => c.req.header('authorization') ?? 'anon',
      }),
    );
  }
  app.post('/v1/chat/completions', async (c) =>
    c.body(answer(await c.req.json()), 200, { 'content-type': 'application/json' }),
  );
  return createServer(getRequestListener(app.fetch));
}

const server = await start();
if (!server.listening) await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
process.stdout.write(`${server.address().port}\n`);
