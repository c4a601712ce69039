/**
 * An OpenAI-compatible endpoint on Express, guarded by parapet.
 *
 *   npx tsx examples/express/server.ts
 */
import { createServer } from 'node:http';
import express from 'express';
import { parapet } from 'parapet/express';
import { exampleOptions } from '../config.js';
import { fakeModel } from '../fake-model.js';
import { listen, runIfMain, type Started } from '../run.js';

export function start(port = 0, options = exampleOptions()): Promise<Started> {
  const app = express();
  app.use(parapet(options));
  app.get('/health', (_req, res) => {
    res.json({ ok: true });
  });
  app.post('/v1/chat/completions', (req, res) => {
    // req.body is parsed, sanitised, with credentials redacted; res.locals.parapet holds the decision.
    const reply = fakeModel(req.body);
    res.status(reply.status).type(reply.contentType);
    for (const chunk of reply.chunks) res.write(chunk);
    res.end();
  });
  return listen(createServer(app), port);
}

runIfMain(import.meta.url, start);
