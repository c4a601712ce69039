import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parapet } from '../../src/adapters/hono.js';
import { createParapet } from '../../src/parapet.js';

// A fake key with a valid shape: the redactor must rewrite it before the handler sees it.
const SECRET = `sk-proj-${'Ab3dE5gH7jK9mN1pQ3sT5vX7zB9cD1fG'.repeat(2)}`;
const chat = JSON.stringify({ messages: [{ role: 'user', content: `my key is ${SECRET}` }] });

/** An app that echoes what its handlers read, inspecting everything but `/upload`. */
function app(): Hono {
  const guard = createParapet({ rateLimit: false, inspect: { exclude: ['/upload'] } });
  const hono = new Hono();
  hono.use('*', parapet(guard));
  hono.post('/v1/chat/completions', async (c) => c.text(await c.req.text()));
  hono.post('/upload', async (c) => c.text(await c.req.text()));
  // Every way a handler reads the body sees the same redacted body.
  hono.post('/v1/json', async (c) => c.json(await c.req.json()));
  hono.post('/v1/raw', async (c) => c.json(await c.req.raw.json()));
  hono.post('/v1/buffer', async (c) => c.text(new TextDecoder().decode(await c.req.arrayBuffer())));
  hono.post('/v1/header', async (c) => c.text(c.req.header('content-type') ?? 'none'));
  // Reading more than once, in different ways, and replacing the request.
  hono.post('/v1/twice', async (c) => {
    const parsed = JSON.stringify(await c.req.json());
    const again = JSON.stringify(await c.req.json());
    const text = await c.req.text();
    const raw = await c.req.raw.text();
    c.req.raw = new Request('http://local/other', { method: 'POST', body: 'replaced' });
    const replaced = await c.req.raw.text();
    return c.json({
      same: parsed === again && text === raw && JSON.stringify(JSON.parse(raw)) === parsed,
      text,
      replaced,
    });
  });
  return hono;
}

/** The two ways a Hono app meets a request: over @hono/node-server and through `app.request`. */
const transports: [string, () => Promise<(path: string, body: string) => Promise<Response>>][] = [
  [
    'over @hono/node-server (the Node.js request is read directly)',
    async () => {
      const server = serve({ fetch: app().fetch, port: 0, hostname: '127.0.0.1' });
      await new Promise((resolve) => server.once('listening', resolve));
      const { port } = server.address() as AddressInfo;
      closers.push(() => new Promise((resolve) => server.close(resolve)));
      return (path, body) =>
        fetch(`http://127.0.0.1:${port}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
    },
  ],
  [
    'through app.request (a web stream, as on other runtimes)',
    async () => {
      const hono = app();
      return (path, body) =>
        Promise.resolve(
          hono.request(path, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
          }),
        );
    },
  ],
];

const closers: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const close of closers) await close();
});

describe.each(transports)('parapet/hono request body %s', (_name, open) => {
  let send: (path: string, body: string) => Promise<Response>;
  beforeAll(async () => {
    send = await open();
  });

  it('hands the handler the redacted body on an inspected path', async () => {
    const response = await send('/v1/chat/completions', chat);
    expect(response.status).toBe(200);
    const seen = await response.text();
    expect(seen).not.toContain(SECRET);
    expect(seen).toContain('[REDACTED:');
    expect(JSON.parse(seen).messages[0].role).toBe('user');
  });

  it('hands the same redacted body to c.req.json(), c.req.raw and c.req.arrayBuffer()', async () => {
    for (const path of ['/v1/json', '/v1/raw', '/v1/buffer']) {
      const response = await send(path, chat);
      expect(response.status, path).toBe(200);
      const seen = JSON.parse(await response.text());
      expect(seen.messages[0].content, path).toMatch(/^my key is \[REDACTED:/);
    }
    const header = await send('/v1/header', chat);
    expect(await header.text()).toBe('application/json');
  });

  it('answers repeated reads of every kind with the same redacted body', async () => {
    const response = await send('/v1/twice', chat);
    expect(response.status).toBe(200);
    const seen = (await response.json()) as { same: boolean; text: string; replaced: string };
    expect(seen.same).toBe(true);
    expect(seen.text).not.toContain(SECRET);
    expect(JSON.parse(seen.text).messages[0].content).toMatch(/^my key is \[REDACTED:/);
    expect(seen.replaced).toBe('replaced');
  });

  it('leaves the body of an excluded path unread, for the handler to read whole', async () => {
    const response = await send('/upload', chat);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(chat);
  });
});
