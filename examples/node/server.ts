/**
 * An OpenAI-compatible endpoint on plain node:http, guarded by parapet,
 * in front of the embedded fake model.
 *
 *   npx tsx examples/node/server.ts
 */
import { createServer } from 'node:http';
import { parapet } from 'parapet/node';
import { exampleOptions } from '../config.js';
import { fakeModel } from '../fake-model.js';
import { listen, runIfMain, type Started } from '../run.js';

export function start(port = 0, options = exampleOptions()): Promise<Started> {
  const server = createServer(
    parapet(options, async (req, res) => {
      if (req.method === 'GET' && req.url === '/health') {
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.end('{"ok":true}');
        return;
      }
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
        res.statusCode = 404;
        res.end();
        return;
      }
      // req.parapet.body is parsed, sanitised, with credentials redacted.
      const reply = fakeModel(req.parapet?.body);
      res.writeHead(reply.status, { 'content-type': reply.contentType });
      for (const chunk of reply.chunks) {
        res.write(chunk);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      res.end();
    }),
  );
  return listen(server, port);
}

runIfMain(import.meta.url, start);
